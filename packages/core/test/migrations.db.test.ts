import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreMigrations, type MigrationSource, openDatabase, orderSources, queryRows } from '../src/index.js';
import {
  createEmptyServerDatabase,
  createTestDatabase,
  type TestDatabase,
  testServerUrl,
} from '../src/testing/index.js';
import { allMigrations, notesMigrations, reportsMigrations } from './helpers.js';

describe('migration ordering', () => {
  it('puts every module after the modules it depends on', () => {
    const order = orderSources([reportsMigrations, notesMigrations, coreMigrations]).map((s) => s.module);
    expect(order).toEqual(['core', 'notes', 'reports']);
  });

  it('names a missing dependency and a cycle', () => {
    expect(() => orderSources([reportsMigrations])).toThrow(
      expect.objectContaining({
        code: 'migrations.unknown_dependency',
        details: { module: 'reports', missing: 'notes' },
      }),
    );
    const a: MigrationSource = { module: 'a', dir: '.', dependsOn: ['b'] };
    const b: MigrationSource = { module: 'b', dir: '.', dependsOn: ['a'] };
    expect(() => orderSources([a, b])).toThrow(expect.objectContaining({ code: 'migrations.cycle' }));
  });
});

describe('migration runner', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrations: allMigrations });
  });
  afterAll(() => t?.close());

  it('records each module migration once, in dependency order', async () => {
    const rows = await t.system((tx) =>
      queryRows<{ module: string; tag: string }>(
        tx,
        sql`SELECT module, tag FROM qspace_migrations ORDER BY applied_at, module`,
      ),
    );
    expect(rows.map((r) => `${r.module}/${r.tag}`)).toEqual([
      'core/0000_jobs',
      'core/0001_events',
      'notes/0000_notes',
      'reports/0000_reports',
    ]);
  });

  it('is idempotent: opening again applies nothing', async () => {
    // On PGlite the test database was loaded from a migrated snapshot and the runner ran again on
    // open; on a server, open a second handle on the same database.
    const again = t.url ? await openDatabase({ url: t.url, migrations: allMigrations }) : t;
    expect(again.migrations?.applied).toEqual([]);
    expect(again.migrations?.total).toBe(4);
    if (again !== t) await again.close();
  });
});

describe('edited migrations', () => {
  it('refuses to start when an applied migration was changed afterwards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qspace-mig-'));
    cpSync(notesMigrations.dir, dir, { recursive: true });
    const notes = { ...notesMigrations, dir };
    const server = testServerUrl();
    const empty = server ? await createEmptyServerDatabase(server) : null;
    const options = empty ? { url: empty.url } : { dataDir: join(dir, 'data') };
    try {
      const first = await openDatabase({ ...options, migrations: [coreMigrations, notes] });
      expect(first.migrations?.applied.map((m) => m.tag)).toEqual(['0000_jobs', '0001_events', '0000_notes']);
      await first.close();
      writeFileSync(
        join(dir, '0000_notes.sql'),
        'CREATE TABLE "test_notes" ("id" uuid PRIMARY KEY, "app_id" uuid);',
      );
      await expect(openDatabase({ ...options, migrations: [coreMigrations, notes] })).rejects.toMatchObject({
        code: 'migrations.edited',
        details: { module: 'notes', tag: '0000_notes' },
      });
      // Nothing was lost: the original table is still there, with its original shape.
      const again = await openDatabase({ ...options });
      const cols = await again.system((tx) =>
        queryRows<{ column_name: string }>(
          tx,
          sql`SELECT column_name FROM information_schema.columns WHERE table_name = 'test_notes' ORDER BY 1`,
        ),
      );
      expect(cols.map((c) => c.column_name)).toEqual(['app_id', 'body', 'id']);
      await again.close();
    } finally {
      await empty?.drop();
    }
  }, 60_000);
});
