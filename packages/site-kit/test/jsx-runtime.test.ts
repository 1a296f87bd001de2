import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const PRAGMA = '/** @jsxRuntime automatic @jsxImportSource react */';

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsxFiles(full);
    return name.endsWith('.tsx') ? [full] : [];
  });
}

describe('JSX runtime pragma', () => {
  // tsx (npm start, scripts) takes compiler options from the root tsconfig.json, which lists no
  // files; without the pragma esbuild falls back to React.createElement and every section
  // silently renders nothing.
  it('opens every .tsx file of the package', () => {
    const missing = tsxFiles(SRC).filter((f) => !readFileSync(f, 'utf8').startsWith(PRAGMA));
    expect(missing).toEqual([]);
  });
});
