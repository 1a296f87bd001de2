import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreMigrations } from '../src/index.js';
import { createTestDatabase, type TestDatabase, waitFor } from '../src/testing/index.js';

describe('database.listen', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrations: [coreMigrations] });
  });
  afterAll(() => t?.close());

  it('delivers a NOTIFY sent inside a transaction only after it commits', async () => {
    const got: string[] = [];
    const stop = await t.listen('qspace_test', (p) => got.push(p));
    await t.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('qspace_test', 'one')`);
      await new Promise((r) => setTimeout(r, 50));
      expect(got).toEqual([]);
    });
    await waitFor(async () => (got.length === 1 ? got : null));
    expect(got).toEqual(['one']);
    await stop();
  });

  it('delivers nothing after a rollback, and nothing after unsubscribing', async () => {
    const got: string[] = [];
    const stop = await t.listen('qspace_test2', (p) => got.push(p));
    await t
      .transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('qspace_test2', 'lost')`);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    await t.db.execute(sql`select pg_notify('qspace_test2', 'kept')`);
    await waitFor(async () => (got.length > 0 ? got : null));
    await stop();
    await t.db.execute(sql`select pg_notify('qspace_test2', 'after')`);
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual(['kept']);
  });
});
