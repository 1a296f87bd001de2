import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchema, SCHEMA_FILE } from '../scripts/openapi.js';

describe('src/api/schema.d.ts', () => {
  it('matches the server’s current route definitions (run `npm run api:types -w apps/dashboard` when it fails)', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const current = await generateSchema();
    // One readable assertion instead of a 4,000-line diff: name the first line that differs.
    if (committed !== current) {
      const a = committed.split('\n');
      const b = current.split('\n');
      const first = a.findIndex((l, i) => l !== b[i]);
      const line = first === -1 ? Math.min(a.length, b.length) : first;
      expect.fail(
        `schema.d.ts is stale from line ${line + 1}:\n  committed: ${a[line]?.trim()}\n  server:    ${b[line]?.trim()}\n` +
          'Run `npm run api:types -w apps/dashboard` and commit the result.',
      );
    }
  });
});
