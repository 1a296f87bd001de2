/**
 * One database API over two drivers: an embedded PostgreSQL (PGlite, the default, data on local
 * disk) or a PostgreSQL server (`DATABASE_URL`, through `pg`). Both speak the same SQL, so every
 * module has a single code path.
 *
 * Security model: after migrations, every runtime query runs as the unprivileged `qspace_app` role,
 * so row-level security applies even on PGlite (which connects as a superuser). Tenant tables are
 * therefore invisible unless a unit of work runs inside `tenant(ctx, fn)`. Cross-tenant maintenance
 * must say so explicitly with `system(fn)`.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { Client as PgClient } from 'pg';
import { CoreErrors } from '../errors.js';
import { isId } from '../ids.js';
import type { Logger } from '../logger.js';
import { type MigrationReport, runMigrations } from '../migrations/runner.js';
import type { MigrationSource } from '../migrations/source.js';
import type { TenantContext } from '../tenancy/context.js';
import { ACTOR_SETTING, APP_ROLE, APP_SETTING } from '../tenancy/rls.js';
import { acquireDirLock, type DirLock } from './dir-lock.js';
import type { SqlClient } from './sql-client.js';

/** What services query through: the database handle or a transaction (same API). */
export type Executor = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /** Runtime handle (role `qspace_app`): tenant tables show no rows outside `tenant()`. */
  readonly db: Executor;
  /** A plain transaction as the runtime role. */
  transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** A transaction scoped to one App: RLS policies see only that App's rows. */
  tenant<T>(ctx: TenantContext, fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** A transaction as the owner role, bypassing RLS. For migrations-adjacent and cross-tenant work only. */
  system<T>(fn: (tx: Executor) => Promise<T>): Promise<T>;
  /** Throws when the database cannot answer. */
  ping(): Promise<void>;
  /**
   * Calls `handler` with the payload of every `NOTIFY channel` (sent by any process on this
   * database; with NOTIFY in a transaction, only after it commits). Returns an unsubscribe function.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /** Migrations applied by this process at open, and how many exist. */
  readonly migrations: MigrationReport | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL server URL; when absent the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder (default `./.qspace/data`). Use `memory://` for a throwaway database. */
  dataDir?: string;
  /** An already-created PGlite instance (tests load migrated snapshots this way). */
  pglite?: PGlite;
  poolSize?: number;
  /** Module migrations to apply before the handle is returned. */
  migrations?: readonly MigrationSource[];
  logger?: Logger;
}

/** Runs a raw SQL fragment on an executor and returns its rows (both drivers return `{ rows }`). */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return options.url ? openServer(options.url, options) : openEmbedded(options);
}

// Each driver is loaded only when used: a process needs one of them, and loading both costs start-up time.
async function openEmbedded(options: OpenDatabaseOptions): Promise<Database> {
  const [{ PGlite }, { drizzle: drizzlePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
  ]);
  let lock: DirLock | null = null;
  let client = options.pglite;
  if (!client) {
    const dataDir = options.dataDir ?? './.qspace/data';
    if (dataDir.startsWith('memory://')) {
      client = new PGlite(dataDir);
    } else {
      const dir = resolve(dataDir);
      mkdirSync(dir, { recursive: true });
      lock = acquireDirLock(dir);
      try {
        client = new PGlite(dir);
      } catch (error) {
        lock.release();
        throw error;
      }
    }
  }
  const pglite = client;
  try {
    await pglite.waitReady;
    const migrations = options.migrations ? await runMigrations(pglite, options.migrations) : null;
    // From here on, this (single) connection acts as the unprivileged runtime role.
    await pglite.exec(`SET ROLE ${APP_ROLE}`);
    const db = drizzlePglite({ client: pglite }) as unknown as Executor;
    const listen: Listen = (channel, handler) => pglite.listen(channel, handler);
    return makeDatabase('pglite', db, migrations, listen, async () => {
      await pglite.close();
      lock?.release();
    });
  } catch (error) {
    await pglite.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}

async function openServer(url: string, options: OpenDatabaseOptions): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  let migrations: MigrationReport | null = null;
  if (options.migrations) {
    // Migrations run on a dedicated connection as the connecting (owner) role.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      migrations = await runMigrations(asSqlClient(client), options.migrations);
    } finally {
      await client.end();
    }
  }
  // The runtime role is a connection start-up parameter, so no query on any pooled connection
  // can ever run as the owner by accident (and a missing role fails the connection loudly).
  const existing = new URL(url).searchParams.get('options');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    options: [existing, `-c role=${APP_ROLE}`].filter(Boolean).join(' '),
  });
  pool.on('error', (error) => options.logger?.error({ err: error }, 'idle database connection failed'));
  const db = drizzlePg({ client: pool }) as unknown as Executor;
  const listener = serverListener(() => new pg.Client({ connectionString: url }), options.logger);
  return makeDatabase('postgres', db, migrations, listener.listen, async () => {
    await listener.close();
    await pool.end();
  });
}

function asSqlClient(client: PgClient): SqlClient {
  return {
    query: async <T>(text: string, params?: unknown[]) => {
      const result = await client.query(text, params);
      return { rows: result.rows as T[] };
    },
  };
}

type Listen = Database['listen'];

/**
 * LISTEN on a PostgreSQL server needs one dedicated connection (pooled ones are shared). It is
 * opened on first use; when it drops, it reconnects and re-subscribes every channel.
 */
function serverListener(makeClient: () => PgClient, logger?: Logger) {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: Promise<PgClient> | null = null;
  let closed = false;
  const quote = (channel: string) => `"${channel.replace(/"/g, '""')}"`;
  const connect = (): Promise<PgClient> => {
    client ??= (async () => {
      const c = makeClient();
      c.on('notification', (m) => {
        for (const h of handlers.get(m.channel) ?? []) h(m.payload ?? '');
      });
      c.on('error', (error) => {
        logger?.error({ err: error }, 'database listener connection failed; reconnecting');
        client = null;
        if (!closed) setTimeout(() => void resubscribe(), 500).unref();
      });
      await c.connect();
      for (const channel of handlers.keys()) await c.query(`LISTEN ${quote(channel)}`);
      return c;
    })();
    return client;
  };
  const resubscribe = async () => {
    if (closed || handlers.size === 0) return;
    await connect().catch((error) => logger?.error({ err: error }, 'database listener reconnect failed'));
  };
  const listen: Listen = async (channel, handler) => {
    const set = handlers.get(channel) ?? new Set();
    const fresh = !handlers.has(channel);
    set.add(handler);
    handlers.set(channel, set);
    const c = await connect();
    if (fresh) await c.query(`LISTEN ${quote(channel)}`);
    return async () => {
      set.delete(handler);
      if (set.size === 0) {
        handlers.delete(channel);
        await c.query(`UNLISTEN ${quote(channel)}`).catch(() => undefined);
      }
    };
  };
  const close = async () => {
    closed = true;
    const c = client;
    client = null;
    if (c) await (await c).end().catch(() => undefined);
  };
  return { listen, close };
}

function makeDatabase(
  kind: Database['kind'],
  db: Executor,
  migrations: MigrationReport | null,
  listen: Listen,
  close: () => Promise<void>,
): Database {
  let closed: Promise<void> | null = null;
  return {
    kind,
    db,
    migrations,
    transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Executor)),
    tenant: (ctx, fn) => {
      if (!isId(ctx.appId)) return Promise.reject(CoreErrors.tenant_required({ appId: ctx.appId }));
      return db.transaction(async (tx) => {
        await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
        await tx.execute(
          sql`SELECT set_config(${APP_SETTING}, ${ctx.appId}, true), set_config(${ACTOR_SETTING}, ${`${ctx.actor.type}:${ctx.actor.id}`}, true)`,
        );
        return fn(tx as unknown as Executor);
      });
    },
    system: (fn) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL ROLE NONE`);
        return fn(tx as unknown as Executor);
      }),
    ping: async () => {
      await db.execute(sql`SELECT 1`);
    },
    listen,
    close: () => {
      closed ??= close();
      return closed;
    },
  };
}
