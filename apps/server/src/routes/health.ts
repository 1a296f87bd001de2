/**
 * Liveness and readiness. `/healthz` answers as long as the process can serve HTTP (restart me if
 * not); `/readyz` says whether this instance should get traffic: database reachable, every known
 * migration applied, jobs worker running, and not shutting down.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type Database, queryRows } from '@qspace/core';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../http/types.js';

export interface ReadinessProbe {
  database: Database;
  /** Migrations this server knows about (all must be applied). */
  expectedMigrations: number;
  /** Null when the worker is disabled in this process. */
  workerRunning: (() => boolean) | null;
  stopping: () => boolean;
}

const Check = z.object({ ok: z.boolean(), detail: z.string().optional() });
const Readiness = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.object({ database: Check, migrations: Check, worker: Check, accepting: Check }),
  })
  .openapi('Readiness');

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Health'],
  summary: 'Liveness: the process is up',
  responses: {
    200: {
      description: 'The process is alive.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }).openapi('Liveness') } },
    },
  },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Health'],
  summary: 'Readiness: database, migrations and worker are up',
  responses: {
    200: { description: 'Ready to receive traffic.', content: { 'application/json': { schema: Readiness } } },
    503: {
      description: 'Not ready; `checks` says why.',
      content: { 'application/json': { schema: Readiness } },
    },
  },
});

export function healthRoutes(app: OpenAPIHono<AppEnv>, probe: ReadinessProbe): void {
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));

  app.openapi(readyz, async (c) => {
    const database = await check(async () => {
      await probe.database.ping();
    });
    const migrations = await check(async () => {
      const [row] = await queryRows<{ n: number }>(
        probe.database.db,
        sql`SELECT count(*)::int AS n FROM qspace_migrations`,
      );
      const applied = row?.n ?? 0;
      if (applied < probe.expectedMigrations) {
        throw new Error(`${applied} of ${probe.expectedMigrations} migrations applied`);
      }
    });
    const worker = probe.workerRunning
      ? probe.workerRunning()
        ? { ok: true }
        : { ok: false, detail: 'jobs worker is not running' }
      : { ok: true, detail: 'disabled in this process' };
    const accepting = probe.stopping() ? { ok: false, detail: 'shutting down' } : { ok: true };
    const checks = { database, migrations, worker, accepting };
    const ready = Object.values(checks).every((v) => v.ok);
    return c.json({ status: ready ? ('ready' as const) : ('not_ready' as const), checks }, ready ? 200 : 503);
  });
}

async function check(fn: () => Promise<void>): Promise<{ ok: boolean; detail?: string }> {
  try {
    await fn();
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
