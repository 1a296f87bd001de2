import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImports, checkWorkspaces } from '../check-deps.js';
import { listWorkspaces, root, type Workspace } from '../workspace.js';

const ws = (name: string, path: string, layer: Workspace['layer'], deps: string[] = []): Workspace => ({
  name,
  path,
  dir: join(root, path),
  layer,
  manifest: { name, version: '0.0.0', dependencies: Object.fromEntries(deps.map((d) => [d, '*'])) },
});

describe('dependency direction', () => {
  it('holds for this repository', () => {
    const all = listWorkspaces();
    expect([...checkWorkspaces(all), ...checkImports(all)]).toEqual([]);
  });

  it('refuses core depending on a module, a module depending on an app, and cycles — saying why', () => {
    const problems = checkWorkspaces([
      ws('@qspace/core', 'packages/core', 'core', ['@qspace/content']),
      ws('@qspace/content', 'packages/content', 'module', ['@qspace/server', '@qspace/site-kit']),
      ws('@qspace/site-kit', 'packages/site-kit', 'module', ['@qspace/content']),
      ws('@qspace/server', 'apps/server', 'app', ['@qspace/content']),
    ]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /@qspace\/core depends on @qspace\/content: core must not depend on any workspace\. DESIGN\.md/,
        ),
        expect.stringMatching(
          /@qspace\/content depends on the app @qspace\/server: nothing may depend on an app/,
        ),
        expect.stringMatching(/dependency cycle: .*@qspace\/content → @qspace\/site-kit → @qspace\/content/),
      ]),
    );
  });
});

describe('Biome import rules', () => {
  // Biome applies path overrides to files on disk, so each probe is a real file removed afterwards.
  const lint = (path: string, code: string) => {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
    try {
      return spawnSync('npx', ['biome', 'lint', file], { cwd: root, encoding: 'utf8' });
    } finally {
      rmSync(file);
      if (path.startsWith('packages/zz-'))
        rmSync(join(root, path.split('/').slice(0, 2).join('/')), { recursive: true });
    }
  };

  it('flags core importing a module, with the reason', () => {
    const result = lint(
      `packages/core/src/zz-probe-${process.pid}.ts`,
      "import { x } from '@qspace/content';\nexport const y = x;\n",
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('must not import any module or app');
  });

  it('flags a module reaching into another package’s internals', () => {
    const result = lint(
      `packages/zz-probe-${process.pid}/src/probe.ts`,
      "import { x } from '@qspace/core/src/db/database.js';\nexport const y = x;\n",
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('public entry');
  });

  it('allows a module to import core’s public entry', () => {
    const result = lint(
      `packages/zz-probe-${process.pid}/src/probe.ts`,
      "import { newId } from '@qspace/core';\nexport const y = newId;\n",
    );
    expect(result.status).toBe(0);
  });
});
