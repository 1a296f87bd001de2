/**
 * The one aggregation of raw events and sessions into hourly metrics per dimension value. The
 * rollup job stores its output; queries run it live over the hours not rolled up yet (and over
 * whole periods when filtered), so stored and live numbers follow exactly the same rules:
 *
 * - event dimensions (total, page, custom event, goals) count page views and events by event time;
 * - session dimensions (entry/exit page, source, channel, referrer, UTM, device, browser, OS,
 *   screen, country) count visits, bounces (one page view) and duration by session start;
 * - `visitors` counts a visitor in the hour of their FIRST hit with that value. Visitor ids live
 *   one day (the salt rotates), so hourly counts add up exactly to the visitors of any range of
 *   whole days; `active_visitors` (total only) counts everyone seen in the hour, for hourly charts.
 */
import { type Executor, queryRows } from '@qspace/core';
import { type SQL, sql } from 'drizzle-orm';
import { FORM_SUBMITTED, PAGEVIEW } from '../domain/event-input.js';
import { likePattern } from '../domain/goals.js';

export const EVENT_DIMS = ['total', 'page', 'event'] as const;
export const SESSION_DIMS = [
  'total',
  'entry',
  'exit',
  'source',
  'channel',
  'referrer',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'device',
  'browser',
  'os',
  'screen',
  'country',
  'source_device',
] as const;
export type Dim = (typeof EVENT_DIMS)[number] | (typeof SESSION_DIMS)[number];
export const ALL_DIMS: Dim[] = [...new Set<Dim>([...EVENT_DIMS, ...SESSION_DIMS])];
export const GOAL_DIMS = ['goal', 'goal_source', 'goal_entry'] as const;
export type GoalDim = (typeof GOAL_DIMS)[number];

export interface GoalSpec {
  id: string;
  kind: 'page' | 'event' | 'form';
  match: string;
}

export interface Filters {
  page?: string | undefined;
  source?: string | undefined;
  device?: string | undefined;
}

export interface AggregateSpec {
  appId: string;
  from: Date;
  to: Date;
  dims: readonly Dim[];
  goals?: readonly GoalSpec[];
  goalDims?: readonly GoalDim[];
  filters?: Filters;
}

export interface MetricRow {
  /** Start of the UTC hour, epoch ms. */
  hour: number;
  dim: string;
  value: string;
  visitors: number;
  active_visitors: number;
  pageviews: number;
  events: number;
  visits: number;
  bounces: number;
  duration: number;
}

const col = (a: string, c: string) => sql.raw(`${a}.${c}`);
const hourOf = (a: string, c: string) =>
  sql.raw(`date_bin('1 hour', ${a}.${c}, TIMESTAMPTZ '2000-01-01 00:00:00+00')`);
/** A visitor id lives one local day (at most 25 h across a DST change). */
const ID_LIFETIME = sql.raw(`interval '26 hours'`);
const TRUE = sql`true`;

const SESSION_COLUMN: Record<(typeof SESSION_DIMS)[number], string | null> = {
  total: null,
  entry: 'entry_path',
  exit: 'exit_path',
  source: 'source',
  channel: 'channel',
  referrer: 'referrer',
  utm_source: 'utm_source',
  utm_medium: 'utm_medium',
  utm_campaign: 'utm_campaign',
  utm_term: 'utm_term',
  utm_content: 'utm_content',
  device: 'device',
  browser: 'browser',
  os: 'os',
  screen: 'screen',
  country: 'country',
  source_device: null,
};

function sessionValue(dim: (typeof SESSION_DIMS)[number], a: string): SQL {
  if (dim === 'total') return sql`''`;
  if (dim === 'source_device') return sql`${col(a, 'source')} || '|' || ${col(a, 'device')}`;
  return col(a, SESSION_COLUMN[dim] as string);
}

function eventFilter(f: Filters | undefined, a: string): SQL {
  const parts: SQL[] = [];
  if (f?.page !== undefined) parts.push(sql`${col(a, 'pathname')} = ${f.page}`);
  if (f?.source !== undefined) parts.push(sql`${col(a, 'source')} = ${f.source}`);
  if (f?.device !== undefined) parts.push(sql`${col(a, 'device')} = ${f.device}`);
  return parts.length ? sql.join(parts, sql` AND `) : TRUE;
}

function sessionFilter(f: Filters | undefined, a: string): SQL {
  const parts: SQL[] = [];
  if (f?.page !== undefined) parts.push(sql`${col(a, 'entry_path')} = ${f.page}`);
  if (f?.source !== undefined) parts.push(sql`${col(a, 'source')} = ${f.source}`);
  if (f?.device !== undefined) parts.push(sql`${col(a, 'device')} = ${f.device}`);
  return parts.length ? sql.join(parts, sql` AND `) : TRUE;
}

export function goalPredicate(goal: GoalSpec, a: string): SQL {
  switch (goal.kind) {
    case 'page':
      return sql`${col(a, 'name')} = ${PAGEVIEW} AND ${col(a, 'pathname')} LIKE ${likePattern(goal.match)}`;
    case 'event':
      return sql`${col(a, 'name')} = ${goal.match}`;
    case 'form':
      return goal.match
        ? sql`${col(a, 'name')} = ${FORM_SUBMITTED} AND ${col(a, 'props')}->>'formName' = ${goal.match}`
        : sql`${col(a, 'name')} = ${FORM_SUBMITTED}`;
  }
}

interface EventPart {
  dim: string;
  /** false: this part counts no visitors (the sessions' first visits do, for unfiltered totals). */
  visitors?: boolean;
  value: (a: string) => SQL;
  where: (a: string) => SQL;
  active: boolean;
  /** Conversions with no known visitor count as one visitor each. */
  countUnknown: boolean;
}

function eventPart(spec: AggregateSpec, part: EventPart): SQL {
  const f = spec.filters;
  const hour = hourOf('e', 'ts');
  const firstSeen = sql`NOT EXISTS (
      SELECT 1 FROM analytics_events p
       WHERE p.app_id = e.app_id AND p.visitor_id = e.visitor_id
         AND p.ts < ${hour} AND p.ts >= ${hour} - ${ID_LIFETIME}
         AND p.ts >= ${spec.from.toISOString()}::timestamptz - ${ID_LIFETIME} AND p.ts < ${spec.to.toISOString()}::timestamptz
         AND ${part.where('p')} AND ${eventFilter(f, 'p')} AND ${part.value('p')} = ${part.value('e')})`;
  const unknown = part.countUnknown ? sql` + count(*) FILTER (WHERE e.visitor_id = 0)` : sql``;
  const visitors =
    part.visitors === false
      ? sql`0`
      : sql`(count(DISTINCT e.visitor_id) FILTER (WHERE e.visitor_id <> 0 AND ${firstSeen})${unknown})`;
  const active = part.active ? sql`count(DISTINCT e.visitor_id) FILTER (WHERE e.visitor_id <> 0)` : sql`0`;
  return sql`SELECT ${hour} AS hour, ${part.dim}::text AS dim, ${part.value('e')} AS value,
      ${visitors} AS visitors,
      ${active} AS active_visitors,
      count(*) FILTER (WHERE e.name = ${PAGEVIEW}) AS pageviews, count(*) AS events,
      0 AS visits, 0 AS bounces, 0::float8 AS duration
    FROM analytics_events e
   WHERE e.app_id = ${spec.appId} AND e.ts >= ${spec.from.toISOString()}::timestamptz
     AND e.ts < ${spec.to.toISOString()}::timestamptz AND ${part.where('e')} AND ${eventFilter(f, 'e')}
   GROUP BY 1, 3`;
}

function sessionPart(spec: AggregateSpec, dim: (typeof SESSION_DIMS)[number]): SQL {
  const f = spec.filters;
  const hour = hourOf('s', 'started_at');
  const total = dim === 'total';
  const filtered = hasAnyFilter(f);
  // Unfiltered, a visitor is counted by their first session (flagged when written): no anti-join.
  const visitors = total
    ? filtered
      ? sql`0`
      : sql`count(*) FILTER (WHERE s.first_visit)`
    : sql`count(DISTINCT s.visitor_id) FILTER (WHERE NOT EXISTS (
        SELECT 1 FROM analytics_sessions p
         WHERE p.app_id = s.app_id AND p.visitor_id = s.visitor_id
           AND p.started_at < ${hour} AND p.started_at >= ${hour} - ${ID_LIFETIME} AND p.pageviews > 0
           AND p.started_at >= ${spec.from.toISOString()}::timestamptz - ${ID_LIFETIME}
           AND p.started_at < ${spec.to.toISOString()}::timestamptz
           AND ${sessionFilter(f, 'p')} AND ${sessionValue(dim, 'p')} = ${sessionValue(dim, 's')}))`;
  return sql`SELECT ${hour} AS hour, ${dim}::text AS dim, ${sessionValue(dim, 's')} AS value,
      ${visitors} AS visitors, 0 AS active_visitors,
      ${total ? sql`0` : sql`sum(s.pageviews)`} AS pageviews, ${total ? sql`0` : sql`sum(s.events)`} AS events,
      count(*) FILTER (WHERE s.pageviews > 0) AS visits, count(*) FILTER (WHERE s.pageviews = 1) AS bounces,
      coalesce(sum(extract(epoch FROM s.last_seen - s.started_at)) FILTER (WHERE s.pageviews > 0), 0)::float8 AS duration
    FROM analytics_sessions s
   WHERE s.app_id = ${spec.appId} AND s.started_at >= ${spec.from.toISOString()}::timestamptz
     AND s.started_at < ${spec.to.toISOString()}::timestamptz
     AND ${total && !filtered ? TRUE : sql`s.pageviews > 0`} AND ${sessionFilter(f, 's')}
   GROUP BY 1, 3`;
}

function hasAnyFilter(f: Filters | undefined): boolean {
  return !!f && (f.page !== undefined || f.source !== undefined || f.device !== undefined);
}

function goalEntryPart(spec: AggregateSpec, goal: GoalSpec): SQL {
  const hour = hourOf('s', 'started_at');
  return sql`SELECT ${hour} AS hour, 'goal_entry'::text AS dim, ${goal.id}::text || '|' || s.entry_path AS value,
      count(DISTINCT s.visitor_id) AS visitors, 0 AS active_visitors, 0 AS pageviews, 0 AS events,
      count(*) AS visits, 0 AS bounces, 0::float8 AS duration
    FROM analytics_sessions s
   WHERE s.app_id = ${spec.appId} AND s.started_at >= ${spec.from.toISOString()}::timestamptz
     AND s.started_at < ${spec.to.toISOString()}::timestamptz AND s.pageviews > 0 AND ${sessionFilter(spec.filters, 's')}
     AND EXISTS (SELECT 1 FROM analytics_events x
                  WHERE x.app_id = s.app_id AND x.visitor_id = s.visitor_id AND x.session_id = s.id
                    AND x.ts >= s.started_at AND ${goalPredicate(goal, 'x')})
   GROUP BY 1, 3`;
}

function parts(spec: AggregateSpec): SQL[] {
  const out: SQL[] = [];
  const dims = new Set(spec.dims);
  if (dims.has('total')) {
    out.push(
      eventPart(spec, {
        dim: 'total',
        value: () => sql`''`,
        where: () => TRUE,
        active: true,
        countUnknown: false,
        visitors: hasAnyFilter(spec.filters),
      }),
    );
    // Visits, bounces, duration — and, unfiltered, visitors — come from the sessions.
    out.push(sessionPart(spec, 'total'));
  }
  if (dims.has('page'))
    out.push(
      eventPart(spec, {
        dim: 'page',
        value: (a) => col(a, 'pathname'),
        where: (a) => sql`${col(a, 'name')} = ${PAGEVIEW}`,
        active: false,
        countUnknown: false,
      }),
    );
  if (dims.has('event'))
    out.push(
      eventPart(spec, {
        dim: 'event',
        value: (a) => col(a, 'name'),
        where: (a) => sql`${col(a, 'name')} <> ${PAGEVIEW}`,
        active: false,
        countUnknown: true,
      }),
    );
  for (const dim of SESSION_DIMS) if (dim !== 'total' && dims.has(dim)) out.push(sessionPart(spec, dim));
  const goalDims = new Set(spec.goalDims ?? GOAL_DIMS);
  for (const goal of spec.goals ?? []) {
    if (goalDims.has('goal'))
      out.push(
        eventPart(spec, {
          dim: 'goal',
          value: () => sql`${goal.id}::text`,
          where: (a) => goalPredicate(goal, a),
          active: false,
          countUnknown: true,
        }),
      );
    if (goalDims.has('goal_source'))
      out.push(
        eventPart(spec, {
          dim: 'goal_source',
          value: (a) => sql`${goal.id}::text || '|' || ${col(a, 'source')}`,
          where: (a) => goalPredicate(goal, a),
          active: false,
          countUnknown: true,
        }),
      );
    if (goalDims.has('goal_entry')) out.push(goalEntryPart(spec, goal));
  }
  return out;
}

/** The aggregation as one SELECT of (hour, dim, value, metrics…) rows; null when nothing is asked. */
export function aggregateSql(spec: AggregateSpec): SQL | null {
  const list = parts(spec);
  if (list.length === 0) return null;
  return sql`SELECT u.hour, u.dim, u.value,
      sum(u.visitors)::int AS visitors, sum(u.active_visitors)::int AS active_visitors,
      sum(u.pageviews)::int AS pageviews, sum(u.events)::int AS events, sum(u.visits)::int AS visits,
      sum(u.bounces)::int AS bounces, coalesce(sum(u.duration), 0)::float8 AS duration
    FROM (${sql.join(list, sql` UNION ALL `)}) u
   GROUP BY u.hour, u.dim, u.value`;
}

/** Runs the aggregation (inside the App's tenant transaction). */
export async function aggregate(tx: Executor, spec: AggregateSpec): Promise<MetricRow[]> {
  if (spec.to <= spec.from) return [];
  const query = aggregateSql(spec);
  if (!query) return [];
  const rows = await queryRows<MetricRow & { hour: unknown }>(
    tx,
    sql`SELECT (extract(epoch FROM a.hour) * 1000)::float8 AS hour, a.dim, a.value, a.visitors, a.active_visitors,
               a.pageviews, a.events, a.visits, a.bounces, a.duration
          FROM (${query}) a`,
  );
  return rows.map(numeric);
}

export function numeric(r: MetricRow): MetricRow {
  return {
    hour: Number(r.hour),
    dim: r.dim,
    value: r.value,
    visitors: Number(r.visitors),
    active_visitors: Number(r.active_visitors),
    pageviews: Number(r.pageviews),
    events: Number(r.events),
    visits: Number(r.visits),
    bounces: Number(r.bounces),
    duration: Number(r.duration),
  };
}
