/**
 * Analytics reads at scale: the overview query (visitors, page views, visits, bounce rate and
 * duration for the last 30 days, with the previous 30 days) over N raw events of one App — seeded
 * with INSERT … SELECT generate_series, rolled up by the real rollup job, plus a live hour of raw
 * events after the last rollup — timed as the `overview()` service call the API makes (tenant
 * transaction, settings, rollups + raw tail). Reference in the same run: `SELECT 1` round trips.
 *
 *   npm run bench:analytics-query                  (PostgreSQL at postgres://postgres@127.0.0.1:5432, EVENTS=10000000)
 *   BENCH_PGLITE=1 EVENTS=1000000 npm run bench:analytics-query
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyticsMigrations, overview, runRollup } from '@qspace/analytics';
import { authMigrations, createApp, users } from '@qspace/auth';
import { coreMigrations, newId, openDatabase, queryRows, systemContext } from '@qspace/core';
import { sql } from 'drizzle-orm';
import pg from 'pg';

const EVENTS = Number(process.env.EVENTS ?? 10_000_000);
const RUNS = Number(process.env.RUNS ?? 100);
const PGLITE = process.env.BENCH_PGLITE === '1';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DAYS = 30;

const pct = (list: number[], p: number) =>
  [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

let dropDb: (() => Promise<void>) | null = null;
let url: string | undefined;
if (!PGLITE) {
  const name = `qspace_bench_q_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  url = u.toString();
  dropDb = async () => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}
const database = await openDatabase({
  url,
  dataDir: PGLITE ? join(mkdtempSync(join(tmpdir(), 'qspace-bench-q-')), 'data') : undefined,
  migrations: [coreMigrations, authMigrations, analyticsMigrations],
});
try {
  const userId = newId();
  await database.system((tx) =>
    tx.insert(users).values({ id: userId, name: 'Bench', email: 'bench@example.test', emailVerified: true }),
  );
  const app = await createApp(database, userId, { name: 'Bench', slug: 'bench-analytics' });
  const ctx = { appId: app.id, actor: { type: 'user' as const, id: userId }, role: 'owner' as const };
  const now = new Date();
  const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const start = new Date(hour.getTime() - DAYS * 86_400_000);
  const visits = Math.floor(EVENTS / 4);
  const span = (hour.getTime() - start.getTime()) / 1000; // seconds of history before the current hour
  const t0 = performance.now();
  // Each visit: 4 page views a minute apart, one visitor, one session; 30 pages, 8 sources, 3 devices.
  await database.system(async (tx) => {
    await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    await tx.execute(
      sql.raw(`
      INSERT INTO analytics_sessions (id, app_id, visitor_id, started_at, last_seen, entry_path, exit_path, pageviews, events,
                                      first_visit, hostname, source, channel, device, browser, os, screen)
      SELECT md5(v::text)::uuid, '${app.id}', v + 1, '${start.toISOString()}'::timestamptz + (v * ${span / visits}) * interval '1 second',
             '${start.toISOString()}'::timestamptz + (v * ${span / visits}) * interval '1 second' + interval '3 minutes',
             '/p' || (v % 30), '/p' || ((v + 3) % 30), 4, 4, true, 'bench.test',
             (ARRAY['', 'Google', 'Instagram', 'Facebook', 'WhatsApp', 'X', 'Bing', 'nation.africa'])[1 + v % 8],
             (ARRAY['Direct', 'Organic Search', 'Organic Social', 'Organic Social', 'Organic Social', 'Organic Social', 'Organic Search', 'Referral'])[1 + v % 8],
             (ARRAY['Mobile', 'Desktop', 'Tablet'])[1 + v % 3], 'Chrome', 'Android', 'Mobile'
        FROM generate_series(0, ${visits - 1}) AS v`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO analytics_events (app_id, event_id, ts, name, visitor_id, session_id, hostname, pathname, source, channel, device, browser, os, screen)
      SELECT '${app.id}', 'e' || g, '${start.toISOString()}'::timestamptz + ((g / 4) * ${span / visits}) * interval '1 second' + (g % 4) * interval '1 minute',
             'pageview', g / 4 + 1, md5((g / 4)::text)::uuid, 'bench.test', '/p' || ((g / 4 + g % 4) % 30),
             (ARRAY['', 'Google', 'Instagram', 'Facebook', 'WhatsApp', 'X', 'Bing', 'nation.africa'])[1 + (g / 4) % 8],
             (ARRAY['Direct', 'Organic Search', 'Organic Social', 'Organic Social', 'Organic Social', 'Organic Social', 'Organic Search', 'Referral'])[1 + (g / 4) % 8],
             (ARRAY['Mobile', 'Desktop', 'Tablet'])[1 + (g / 4) % 3], 'Chrome', 'Android', 'Mobile'
        FROM generate_series(0, ${visits * 4 - 1}) AS g`),
    );
    await tx.execute(
      sql`INSERT INTO analytics_pending_hours (app_id, hour, marked_at) VALUES (${app.id}, ${start.toISOString()}::timestamptz, now())`,
    );
  });
  const seeded = performance.now();
  await database.system(async (tx) => {
    await tx.execute(sql`ANALYZE analytics_events`);
    await tx.execute(sql`ANALYZE analytics_sessions`);
  });
  const rolled = await runRollup(database, { retentionDays: 60 });
  const rolledAt = performance.now();
  // A live hour after the last rollup, as busy as an average hour: read raw by every query.
  const tail = Math.floor(EVENTS / (DAYS * 24));
  const tailVisits = Math.max(1, Math.floor(tail / 4));
  const step = Math.max(0.001, (now.getTime() - hour.getTime()) / 1000 / tailVisits);
  await database.tenant(systemContext(app.id, 'bench'), async (tx) => {
    await tx.execute(
      sql.raw(`
      INSERT INTO analytics_sessions (id, app_id, visitor_id, started_at, last_seen, entry_path, exit_path, pageviews, events,
                                      first_visit, hostname, source, channel, device)
      SELECT md5('t' || v)::uuid, '${app.id}', 900000000 + v, '${hour.toISOString()}'::timestamptz + v * ${step} * interval '1 second',
             '${hour.toISOString()}'::timestamptz + v * ${step} * interval '1 second', '/p' || (v % 30), '/p' || (v % 30), 4, 4, true,
             'bench.test', '', 'Direct', 'Mobile'
        FROM generate_series(0, ${tailVisits - 1}) AS v`),
    );
    await tx.execute(
      sql.raw(`
      INSERT INTO analytics_events (app_id, event_id, ts, name, visitor_id, session_id, hostname, pathname, source, channel, device)
      SELECT '${app.id}', 't' || g, '${hour.toISOString()}'::timestamptz + (g / 4) * ${step} * interval '1 second',
             'pageview', 900000000 + g / 4, md5('t' || (g / 4))::uuid, 'bench.test', '/p' || (g % 30), '', 'Direct', 'Mobile'
        FROM generate_series(0, ${tailVisits * 4 - 1}) AS g`),
    );
  });
  const [counted] = await database.tenant(systemContext(app.id, 'bench'), (tx) =>
    queryRows<{ n: number; r: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM analytics_events) AS n, (SELECT count(*)::int FROM analytics_rollups) AS r`,
    ),
  );
  const times: number[] = [];
  const pings: number[] = [];
  let last = await overview(database, ctx, { period: '30d' });
  for (let i = 0; i < RUNS; i++) {
    const a = performance.now();
    last = await overview(database, ctx, { period: '30d' });
    times.push(performance.now() - a);
    const b = performance.now();
    await database.ping();
    pings.push(performance.now() - b);
  }
  console.log(
    `\nAnalytics overview query (${PGLITE ? 'PGlite, embedded' : 'PostgreSQL server'}), node ${process.version}`,
  );
  console.log(
    `Seeded ${counted?.n} raw events of one App over ${DAYS} days in ${((seeded - t0) / 1000).toFixed(0)} s; the rollup job took ${((rolledAt - seeded) / 1000).toFixed(0)} s for ${rolled.hours} hours → ${counted?.r} rollup rows; ${tailVisits * 4} events in the live hour (${tailVisits} visits).`,
  );
  console.log(
    `Result: ${last.visitors.value} visitors, ${last.pageviews.value} page views, ${last.visits.value} visits.\n`,
  );
  console.log('| measure | p50 | p95 | max |');
  console.log('|---|---|---|---|');
  console.log(
    `| overview(period=30d) with previous period, ${RUNS} runs | ${ms(pct(times, 0.5))} | ${ms(pct(times, 0.95))} | ${ms(Math.max(...times))} |`,
  );
  console.log(
    `| SELECT 1 round trip (reference) | ${ms(pct(pings, 0.5))} | ${ms(pct(pings, 0.95))} | ${ms(Math.max(...pings))} |`,
  );
} finally {
  await database.close();
  await dropDb?.();
}
