import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, newId, POLICY_NAME, queryRows } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/index.js';
import { APP_A, APP_B, allMigrations } from './helpers.js';

const ctx = (appId: string) => ({
  appId,
  actor: { type: 'user' as const, id: 'u1' },
  role: 'editor' as const,
});

describe('row-level security', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrations: allMigrations });
    await t.tenant(ctx(APP_A), (tx) =>
      tx.execute(
        sql`INSERT INTO test_notes (id, app_id, body) VALUES (${newId()}, ${APP_A}, 'a1'), (${newId()}, ${APP_A}, 'a2')`,
      ),
    );
    await t.tenant(ctx(APP_B), (tx) =>
      tx.execute(sql`INSERT INTO test_notes (id, app_id, body) VALUES (${newId()}, ${APP_B}, 'b1')`),
    );
  });
  afterAll(() => t?.close());

  it('runs runtime queries as the unprivileged role', async () => {
    const [row] = await queryRows<{ user: string; sup: boolean }>(
      t.db,
      sql`SELECT current_user AS "user", (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS sup`,
    );
    expect(row).toEqual({ user: APP_ROLE, sup: false });
  });

  it('a query on a tenant table outside a tenant context returns no rows', async () => {
    expect(await queryRows(t.db, sql`SELECT * FROM test_notes`)).toEqual([]);
    expect(await t.transaction((tx) => queryRows(tx, sql`SELECT * FROM test_notes`))).toEqual([]);
  });

  it("inside App A's context never returns App B's rows", async () => {
    const rows = await t.tenant(ctx(APP_A), (tx) =>
      queryRows<{ body: string; app_id: string }>(tx, sql`SELECT body, app_id FROM test_notes ORDER BY body`),
    );
    expect(rows.map((r) => r.body)).toEqual(['a1', 'a2']);
    expect(new Set(rows.map((r) => r.app_id))).toEqual(new Set([APP_A]));
    // Even an explicit filter for B's id finds nothing.
    const probe = await t.tenant(ctx(APP_A), (tx) =>
      queryRows(tx, sql`SELECT * FROM test_notes WHERE app_id = ${APP_B}`),
    );
    expect(probe).toEqual([]);
  });

  it("refuses to write a row into another App from App A's context", async () => {
    await expect(
      t.tenant(ctx(APP_A), (tx) =>
        tx.execute(sql`INSERT INTO test_notes (id, app_id, body) VALUES (${newId()}, ${APP_B}, 'smuggled')`),
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/row-level security/) } });
    const updated = await t.tenant(ctx(APP_A), (tx) =>
      queryRows(tx, sql`UPDATE test_notes SET body = 'hijacked' WHERE app_id = ${APP_B} RETURNING id`),
    );
    expect(updated).toEqual([]);
    const bRows = await t.tenant(ctx(APP_B), (tx) =>
      queryRows<{ body: string }>(tx, sql`SELECT body FROM test_notes`),
    );
    expect(bRows.map((r) => r.body)).toEqual(['b1']);
  });

  it('the tenant setting does not leak past the transaction', async () => {
    await t.tenant(ctx(APP_A), (tx) => queryRows(tx, sql`SELECT 1`));
    expect(await queryRows(t.db, sql`SELECT * FROM test_notes`)).toEqual([]);
  });

  it('cannot escape the role from inside a tenant transaction', async () => {
    await expect(
      t.tenant(ctx(APP_A), (tx) => tx.execute(sql`ALTER TABLE test_notes DISABLE ROW LEVEL SECURITY`)),
    ).rejects.toThrow();
  });

  it('rejects a tenant context without a valid App id', async () => {
    await expect(t.tenant(ctx('not-a-uuid'), async () => 1)).rejects.toMatchObject({
      code: 'core.tenant_required',
    });
  });

  it('system work sees every App, explicitly', async () => {
    const rows = await t.system((tx) =>
      queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM test_notes`),
    );
    expect(rows[0]?.n).toBe(3);
  });

  it('every table with an app_id column has forced RLS and the isolation policy', async () => {
    const tables = await t.system((tx) =>
      queryRows<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
        tx,
        sql`SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   (SELECT count(*)::int FROM pg_policies p WHERE p.tablename = c.relname AND p.policyname = ${POLICY_NAME}) AS policies
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'app_id' AND NOT a.attisdropped
             WHERE c.relkind = 'r' ORDER BY 1`,
      ),
    );
    // qspace_events is core's own tenant table (the internal events outbox).
    expect(tables.map((r) => r.relname)).toEqual(['qspace_events', 'test_notes', 'test_reports']);
    for (const table of tables) {
      expect(table).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, policies: 1 });
    }
  });
});
