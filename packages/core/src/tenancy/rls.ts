/**
 * Row-level security, applied in one place so no module can forget it.
 *
 * Convention: a table in the `public` schema with an `app_id` column is a tenant table. After every
 * migration run, the runner calls `applyTenantPolicies`, which enables and FORCES row-level security
 * on each such table and attaches the single isolation policy: a row is visible (and writable) only
 * when its `app_id` equals the App set for the current transaction. Outside a tenant transaction the
 * setting is empty, so the policy matches nothing.
 *
 * Policies do not bind superusers or table owners unless forced, and PGlite always connects as a
 * superuser — so runtime queries run as the unprivileged `qspace_app` role (see database.ts).
 */
import type { SqlClient } from '../db/sql-client.js';

/** The unprivileged role every runtime query runs as. Cluster-wide on a PostgreSQL server. */
export const APP_ROLE = 'qspace_app';
/** The transaction-local setting holding the current App id. */
export const APP_SETTING = 'qspace.app_id';
export const ACTOR_SETTING = 'qspace.actor_id';
export const POLICY_NAME = 'qspace_tenant_isolation';

/** Creates the runtime role (idempotent, safe when several databases migrate at once). */
export async function ensureAppRole(client: SqlClient): Promise<void> {
  await client.query(`DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
    CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database on this server created it concurrently
END $$`);
  // A non-superuser owner must be a member of the role to switch to it.
  await client.query(`DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
  END IF;
END $$`);
  await client.query(`CREATE OR REPLACE FUNCTION qspace_current_app_id() RETURNS uuid
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('${APP_SETTING}', true), '')::uuid $$`);
}

/** Grants the runtime role data access to every table and sequence (not DDL). */
export async function grantAppRole(client: SqlClient): Promise<void> {
  await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
  await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
  await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
}

/** Lists tenant tables: every public table that has an `app_id` column. */
export async function listTenantTables(client: SqlClient): Promise<string[]> {
  const { rows } = await client.query<{ table: string }>(
    `SELECT c.relname AS "table"
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND a.attname = 'app_id' AND NOT a.attisdropped
      ORDER BY 1`,
  );
  return rows.map((r) => r.table);
}

/** Enables + forces RLS and attaches the isolation policy on every tenant table (idempotent). */
export async function applyTenantPolicies(client: SqlClient): Promise<string[]> {
  const tables = await listTenantTables(client);
  for (const table of tables) {
    const ident = `"${table.replaceAll('"', '""')}"`;
    await client.query(`ALTER TABLE ${ident} ENABLE ROW LEVEL SECURITY`);
    await client.query(`ALTER TABLE ${ident} FORCE ROW LEVEL SECURITY`);
    const { rows } = await client.query(
      'SELECT 1 FROM pg_policies WHERE schemaname = $1 AND tablename = $2 AND policyname = $3',
      ['public', table, POLICY_NAME],
    );
    if (rows.length === 0) {
      await client.query(
        `CREATE POLICY ${POLICY_NAME} ON ${ident}
           USING (app_id = qspace_current_app_id())
           WITH CHECK (app_id = qspace_current_app_id())`,
      );
    }
  }
  return tables;
}
