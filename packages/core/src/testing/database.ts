/**
 * Test databases: each call gives a fresh, isolated, migrated database.
 *
 * - PGlite (default): migrations run once per set of migration files; the migrated data folder is
 *   dumped to a snapshot (cached on disk, shared by every test worker of the run) and each test
 *   database is loaded from it — far faster than running migrations each time.
 * - PostgreSQL server (`TEST_DATABASE_URL` set): a throwaway database is created per call, migrated
 *   and dropped on close.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../db/database.js';
import type { Logger } from '../logger.js';
import { runMigrations } from '../migrations/runner.js';
import { type MigrationSource, orderSources, readMigrations } from '../migrations/source.js';

export interface TestDatabase extends Database {
  /** `pglite` or `postgres`, for test names and skips. */
  readonly label: string;
  /** The server URL of this throwaway database (postgres only). */
  readonly url?: string;
}

export interface TestDatabaseOptions {
  migrations: readonly MigrationSource[];
  logger?: Logger;
}

/** The PostgreSQL server tests should use, if any. */
export function testServerUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

export async function createTestDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const server = testServerUrl();
  return server ? createServerDatabase(server, options) : createEmbeddedDatabase(options);
}

// ---- PGlite ----------------------------------------------------------------------------------

const snapshots = new Map<string, Promise<Blob>>();

function fingerprint(sources: readonly MigrationSource[]): string {
  const hash = createHash('sha256');
  // The runner and the RLS helper shape the migrated database too.
  for (const file of ['../migrations/runner.ts', '../tenancy/rls.ts']) {
    hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  }
  for (const m of orderSources(sources).flatMap(readMigrations))
    hash.update(`${m.module}/${m.tag}/${m.hash}`);
  return hash.digest('hex').slice(0, 24);
}

async function buildSnapshot(sources: readonly MigrationSource[], file: string): Promise<Blob> {
  const pglite = new PGlite();
  await runMigrations(pglite, sources);
  const blob = await pglite.dumpDataDir('none');
  await pglite.close();
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
  renameSync(tmp, file); // atomic: concurrent workers never read a half-written snapshot
  return blob;
}

function snapshotFor(sources: readonly MigrationSource[]): Promise<Blob> {
  const key = fingerprint(sources);
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    const dir = join(tmpdir(), 'qspace-test-snapshots');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${key}.tar`);
    snapshot = (async () => {
      try {
        return new Blob([readFileSync(file)]);
      } catch {
        return buildSnapshot(sources, file);
      }
    })();
    snapshots.set(key, snapshot);
  }
  return snapshot;
}

async function createEmbeddedDatabase(options: TestDatabaseOptions): Promise<TestDatabase> {
  const pglite = new PGlite({ loadDataDir: await snapshotFor(options.migrations) });
  const database = await openDatabase({ pglite, migrations: options.migrations, logger: options.logger });
  return Object.assign(database, { label: 'pglite' });
}

// ---- PostgreSQL server -----------------------------------------------------------------------

async function admin<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createServerDatabase(serverUrl: string, options: TestDatabaseOptions): Promise<TestDatabase> {
  const empty = await createEmptyServerDatabase(serverUrl);
  let database: Database;
  try {
    database = await openDatabase({
      url: empty.url,
      migrations: options.migrations,
      poolSize: 4,
      logger: options.logger,
    });
  } catch (error) {
    await empty.drop();
    throw error;
  }
  const close = database.close;
  return Object.assign(database, {
    label: 'postgres',
    url: empty.url,
    close: async () => {
      await close();
      await empty.drop();
    },
  });
}

/** Creates an empty throwaway database on the test server and returns its URL and a dropper. */
export async function createEmptyServerDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `qspace_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
