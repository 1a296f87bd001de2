/**
 * The one migration runner. Applies every module's pending migrations in dependency order, each in
 * its own transaction, under a PostgreSQL advisory lock so processes starting together apply them
 * exactly once (the others wait, then find nothing left to do). Afterwards it (re)applies the
 * runtime role's grants and the tenant isolation policies.
 */
import type { SqlClient } from '../db/sql-client.js';
import { applyTenantPolicies, ensureAppRole, grantAppRole } from '../tenancy/rls.js';
import {
  type Migration,
  MigrationErrors,
  type MigrationSource,
  orderSources,
  readMigrations,
} from './source.js';

/** Arbitrary constant: the advisory-lock key reserved for schema migrations. */
const LOCK_KEY = 7_240_031_337;

export interface MigrationReport {
  applied: Array<{ module: string; tag: string }>;
  /** Number of migrations known for these sources (applied now or before). */
  total: number;
  tenantTables: string[];
}

export interface MigrateOptions {
  onApply?: (migration: Migration) => void;
}

export async function runMigrations(
  client: SqlClient,
  sources: readonly MigrationSource[],
  options: MigrateOptions = {},
): Promise<MigrationReport> {
  const migrations = orderSources(sources).flatMap(readMigrations);
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS qspace_migrations (
      module text NOT NULL,
      tag text NOT NULL,
      hash text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (module, tag)
    )`);
    await ensureAppRole(client);
    const { rows } = await client.query<{ module: string; tag: string; hash: string }>(
      'SELECT module, tag, hash FROM qspace_migrations',
    );
    const done = new Map(rows.map((r) => [`${r.module}/${r.tag}`, r.hash]));
    const applied: MigrationReport['applied'] = [];
    for (const migration of migrations) {
      const previous = done.get(`${migration.module}/${migration.tag}`);
      if (previous !== undefined) {
        if (previous !== migration.hash) {
          throw MigrationErrors.edited({ module: migration.module, tag: migration.tag });
        }
        continue;
      }
      await applyOne(client, migration);
      options.onApply?.(migration);
      applied.push({ module: migration.module, tag: migration.tag });
    }
    await grantAppRole(client);
    const tenantTables = await applyTenantPolicies(client);
    return { applied, total: migrations.length, tenantTables };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}

async function applyOne(client: SqlClient, migration: Migration): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const statement of migration.statements) await client.query(statement);
    await client.query('INSERT INTO qspace_migrations (module, tag, hash) VALUES ($1, $2, $3)', [
      migration.module,
      migration.tag,
      migration.hash,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Counts applied migrations among `total` known ones; used by readiness checks. */
export async function countAppliedMigrations(client: SqlClient): Promise<number> {
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM qspace_migrations');
  return rows[0]?.n ?? 0;
}
