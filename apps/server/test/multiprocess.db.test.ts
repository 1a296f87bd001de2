import { createEmptyServerDatabase, testServerUrl } from '@qspace/core/testing';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { exitOf, freePort, spawnServer, waitReady } from './harness.js';

const server = testServerUrl();

describe.skipIf(!server)('two server processes on one PostgreSQL database (needs TEST_DATABASE_URL)', () => {
  it('apply migrations exactly once and both become ready', async () => {
    const db = await createEmptyServerDatabase(server as string);
    const ports = [String(await freePort()), String(await freePort())];
    const children = ports.map((port) => spawnServer({ PORT: port, DATABASE_URL: db.url }));
    try {
      await Promise.all(children.map((child, i) => waitReady(`http://127.0.0.1:${ports[i]}/readyz`, child)));
      const appliers = children.filter((c) => c.output().includes('database migrations applied'));
      expect(appliers).toHaveLength(1);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query(
        'SELECT module, tag, count(*)::int AS n FROM qspace_migrations GROUP BY 1, 2',
      );
      await client.end();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row.n).toBe(1);
    } finally {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map(exitOf));
      await db.drop();
    }
  }, 90_000);
});
