/**
 * The hourly rollup job (a durable job in core's queue). Each run, for every App whose raw events
 * changed in an hour that has ended: imports the hour's contact-form submissions from core's event
 * outbox (so a submission counts even when the visitor was not tracked), re-aggregates the touched
 * hours — including the start hours of sessions that were still growing — into
 * `analytics_rollups`, and moves the App's watermark. Then it applies raw-event retention, deletes
 * spent salts, and schedules its next run a minute after the next hour starts.
 */
import {
  type Clock,
  type Database,
  type Executor,
  enqueue,
  type JobHandler,
  listEvents,
  queryRows,
  systemClock,
  systemContext,
} from '@qspace/core';
import { sql } from 'drizzle-orm';
import { FORM_SUBMITTED, formEventId } from '../domain/event-input.js';
import { hourOf } from '../domain/periods.js';
import { ALL_DIMS, aggregateSql, GOAL_DIMS, type GoalSpec } from './aggregate.js';
import { pruneSalts } from './salts.js';

export const ROLLUP_JOB = 'analytics.rollup';
export const GOAL_BACKFILL_JOB = 'analytics.goal_backfill';
/** The content module's event for a contact-form submission (read from core's outbox). */
export const FORM_SUBMITTED_EVENT = 'content.form_submitted';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Form submissions this far back are (re)imported by each run; imports are idempotent. */
const IMPORT_WINDOW_MS = 3 * HOUR;

export interface RollupOptions {
  retentionDays: number;
  clock?: Clock;
}

export interface RollupReport {
  apps: number;
  hours: number;
  deletedEvents: number;
  deletedSalts: number;
}

/** Enqueues the next hourly run (idempotent: one per hour). */
export async function scheduleRollup(executor: Executor, clock: Clock = systemClock): Promise<void> {
  const next = new Date(hourOf(clock.now()).getTime() + HOUR + 60_000);
  await enqueue(
    executor,
    ROLLUP_JOB,
    {},
    { runAt: next, dedupeKey: `${ROLLUP_JOB}:${next.toISOString()}`, clock },
  );
}

export function createRollupHandler(options: RollupOptions): JobHandler {
  return async (_job, { database }) => {
    await runRollup(database, options);
    await scheduleRollup(database.db, options.clock);
  };
}

/** One full run: rollups for every App with finished, changed hours; retention; salts. */
export async function runRollup(database: Database, options: RollupOptions): Promise<RollupReport> {
  const clock = options.clock ?? systemClock;
  const startedAt = clock.now();
  const until = hourOf(startedAt);
  const work = await pendingWork(database, until);
  let hours = 0;
  for (const { appId, from } of work) hours += await rollupApp(database, appId, from, until, startedAt);
  const deletedEvents = await applyRetention(
    database,
    new Date(startedAt.getTime() - options.retentionDays * DAY),
  );
  const deletedSalts = await pruneSalts(database, startedAt);
  return { apps: work.length, hours, deletedEvents, deletedSalts };
}

/** Apps with changed hours before `until`, or with recent form submissions (cross-tenant: system). */
async function pendingWork(database: Database, until: Date): Promise<Array<{ appId: string; from: Date }>> {
  const since = new Date(until.getTime() - IMPORT_WINDOW_MS);
  const rows = await database.system((tx) =>
    queryRows<{ app_id: string; from_ms: number }>(
      tx,
      sql`SELECT app_id, (extract(epoch FROM min(h)) * 1000)::float8 AS from_ms FROM (
            SELECT app_id, hour AS h FROM analytics_pending_hours WHERE hour < ${until.toISOString()}::timestamptz
            UNION ALL
            SELECT e.app_id, ${since.toISOString()}::timestamptz FROM qspace_events e
             WHERE e.type = ${FORM_SUBMITTED_EVENT} AND e.occurred_at >= ${since.toISOString()}::timestamptz
               AND e.occurred_at < ${until.toISOString()}::timestamptz
               AND EXISTS (SELECT 1 FROM apps a WHERE a.id = e.app_id)
          ) w GROUP BY app_id`,
    ),
  );
  return rows.map((r) => ({ appId: r.app_id, from: new Date(Number(r.from_ms)) }));
}

/** Rolls up one App's hours [from, until) (and earlier start hours of sessions touched since). */
export async function rollupApp(
  database: Database,
  appId: string,
  from: Date,
  until: Date,
  markedBefore: Date,
): Promise<number> {
  return database.tenant(systemContext(appId, 'analytics rollup'), async (tx) => {
    await importForms(
      tx,
      appId,
      new Date(Math.min(from.getTime(), until.getTime() - IMPORT_WINDOW_MS)),
      until,
    );
    const [oldest] = await queryRows<{ ms: number | null }>(
      tx,
      // Sessions that began before `from` and grew since (a day back at most: longer ones keep their last rollup).
      sql`SELECT (extract(epoch FROM min(started_at)) * 1000)::float8 AS ms FROM analytics_sessions
           WHERE app_id = ${appId} AND started_at < ${from.toISOString()}::timestamptz
             AND started_at >= ${from.toISOString()}::timestamptz - interval '1 day'
             AND last_seen >= ${from.toISOString()}::timestamptz`,
    );
    const start = oldest?.ms ? hourOf(new Date(Math.min(Number(oldest.ms), from.getTime()))) : hourOf(from);
    const goals = await goalsOf(tx, appId);
    await tx.execute(
      sql`DELETE FROM analytics_rollups WHERE app_id = ${appId}
            AND hour >= ${start.toISOString()}::timestamptz AND hour < ${until.toISOString()}::timestamptz`,
    );
    const select = aggregateSql({ appId, from: start, to: until, dims: ALL_DIMS, goals });
    if (select) await insertRollups(tx, appId, select);
    await tx.execute(
      sql`INSERT INTO analytics_rollup_state (app_id, rolled_until, updated_at)
          VALUES (${appId}, ${until.toISOString()}::timestamptz, now())
          ON CONFLICT (app_id) DO UPDATE SET rolled_until = greatest(analytics_rollup_state.rolled_until, excluded.rolled_until),
            updated_at = now()`,
    );
    // Hours marked again while this ran (late events) stay pending for the next run.
    await tx.execute(
      sql`DELETE FROM analytics_pending_hours WHERE app_id = ${appId}
            AND hour < ${until.toISOString()}::timestamptz AND marked_at <= ${markedBefore.toISOString()}::timestamptz`,
    );
    return Math.round((until.getTime() - start.getTime()) / HOUR);
  });
}

async function insertRollups(tx: Executor, appId: string, select: ReturnType<typeof sql>): Promise<void> {
  await tx.execute(
    sql`INSERT INTO analytics_rollups (app_id, dim, hour, value, visitors, active_visitors, pageviews, events,
          visits, bounces, duration)
        SELECT ${appId}::uuid, a.dim, a.hour, a.value, a.visitors, a.active_visitors, a.pageviews, a.events,
               a.visits, a.bounces, round(a.duration)::bigint
          FROM (${select}) a
        ON CONFLICT (app_id, dim, hour, value) DO UPDATE SET
          visitors = excluded.visitors, active_visitors = excluded.active_visitors, pageviews = excluded.pageviews,
          events = excluded.events, visits = excluded.visits, bounces = excluded.bounces, duration = excluded.duration`,
  );
}

export async function goalsOf(tx: Executor, appId: string): Promise<GoalSpec[]> {
  return queryRows<GoalSpec>(
    tx,
    sql`SELECT id::text AS id, kind, match FROM analytics_goals WHERE app_id = ${appId} ORDER BY created_at`,
  );
}

/**
 * Copies contact-form submissions from core's outbox into raw events (event id derived from the
 * submission id, so a submission the server already recorded live is not counted twice). Imported
 * ones have no visitor (id 0): they count as conversions, not as visits.
 */
async function importForms(tx: Executor, appId: string, from: Date, until: Date): Promise<void> {
  const found = await listEvents(tx, { appId, type: FORM_SUBMITTED_EVENT, since: from, limit: 10_000 });
  const rows = found
    .filter((e) => e.occurredAt < until && typeof e.payload.submissionId === 'string')
    .map((e) => ({
      i: formEventId(e.payload.submissionId as string),
      t: e.occurredAt.toISOString(),
      s: e.id,
      f: { formName: String(e.payload.formName ?? '') },
    }));
  if (rows.length === 0) return;
  await tx.execute(
    sql`INSERT INTO analytics_events (app_id, event_id, ts, name, visitor_id, session_id, props)
        SELECT ${appId}::uuid, r.i, r.t, ${FORM_SUBMITTED}, 0, r.s, r.f
          FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(i text, t timestamptz, s uuid, f jsonb)
        ON CONFLICT (app_id, event_id) DO NOTHING`,
  );
}

/**
 * Recomputes one goal's rollups over every rolled-up hour whose raw events are still kept (a goal
 * created today counts the conversions of the retention period), or deletes them (`goal = null`).
 */
export async function backfillGoal(
  database: Database,
  appId: string,
  goalId: string,
  retentionDays: number,
  clock: Clock = systemClock,
): Promise<void> {
  await database.tenant(systemContext(appId, 'analytics goal backfill'), async (tx) => {
    await tx.execute(
      sql`DELETE FROM analytics_rollups WHERE app_id = ${appId}
            AND dim IN ('goal', 'goal_source', 'goal_entry') AND (value = ${goalId} OR value LIKE ${`${goalId}|%`})`,
    );
    const goal = (await goalsOf(tx, appId)).find((g) => g.id === goalId);
    const [state] = await queryRows<{ ms: number }>(
      tx,
      sql`SELECT (extract(epoch FROM rolled_until) * 1000)::float8 AS ms FROM analytics_rollup_state WHERE app_id = ${appId}`,
    );
    if (!goal || !state) return;
    const from = hourOf(new Date(clock.now().getTime() - retentionDays * DAY));
    const select = aggregateSql({
      appId,
      from,
      to: new Date(Number(state.ms)),
      dims: [],
      goals: [goal],
      goalDims: GOAL_DIMS,
    });
    if (select) await insertRollups(tx, appId, select);
  });
}

export function createGoalBackfillHandler(
  options: RollupOptions,
): JobHandler<{ appId: string; goalId: string }> {
  return async (job, { database }) =>
    backfillGoal(database, job.payload.appId, job.payload.goalId, options.retentionDays, options.clock);
}

/** Deletes raw events and sessions older than the cutoff, App by App (uses the per-App time indexes). */
async function applyRetention(database: Database, cutoff: Date): Promise<number> {
  const apps = await database.system((tx) =>
    queryRows<{ app_id: string }>(tx, sql`SELECT app_id FROM analytics_rollup_state`),
  );
  let deleted = 0;
  for (const { app_id } of apps) {
    deleted += await database.tenant(systemContext(app_id, 'analytics retention'), async (tx) => {
      const [events] = await queryRows<{ n: number }>(
        tx,
        sql`WITH d AS (DELETE FROM analytics_events WHERE app_id = ${app_id} AND ts < ${cutoff.toISOString()}::timestamptz RETURNING 1)
            SELECT count(*)::int AS n FROM d`,
      );
      await tx.execute(
        sql`DELETE FROM analytics_sessions WHERE app_id = ${app_id} AND started_at < ${cutoff.toISOString()}::timestamptz`,
      );
      return Number(events?.n ?? 0);
    });
  }
  return deleted;
}
