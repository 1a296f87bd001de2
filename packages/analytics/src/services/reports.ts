/**
 * The read side: overview with change vs the previous period, chart series, breakdown tables,
 * real-time visitors. Every function authorizes `analytics.read` (any member) and runs inside the
 * App's tenant transaction.
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  type Database,
  type Executor,
  queryRows,
  systemClock,
  type TenantContext,
} from '@qspace/core';
import { sql } from 'drizzle-orm';
import { bucketIndex, buckets, type Period, type PeriodName, resolvePeriod } from '../domain/periods.js';
import { AnalyticsErrors } from '../errors.js';
import type { Dim, Filters } from './aggregate.js';
import { readMetrics, type Totals, totalsOf } from './metrics.js';
import { readSettings } from './settings.js';

export interface ReportQuery {
  period: PeriodName;
  from?: string | undefined;
  to?: string | undefined;
  filters?: Filters | undefined;
}

export interface PeriodView {
  name: PeriodName;
  timeZone: string;
  from: string;
  to: string;
  previous: { from: string; to: string };
  interval: 'hour' | 'day';
}

/** Runs `fn` in the App's tenant transaction with its resolved period. */
export async function inPeriod<T>(
  database: Database,
  ctx: TenantContext,
  query: ReportQuery,
  clock: Clock,
  fn: (tx: Executor, period: Period) => Promise<T>,
): Promise<T> {
  authorize(ctx, 'analytics.read');
  return database.tenant(ctx, async (tx) => {
    const { timezone } = await readSettings(tx, ctx.appId);
    const period = resolvePeriod(query, timezone, clock.now());
    if (!period) throw AnalyticsErrors.period_invalid({ from: query.from, to: query.to });
    return fn(tx, period);
  });
}

export function periodView(p: Period): PeriodView {
  return {
    name: p.name,
    timeZone: p.timeZone,
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    previous: { from: p.previous.from.toISOString(), to: p.previous.to.toISOString() },
    interval: p.interval,
  };
}

export interface Metric {
  value: number;
  previous: number;
  /** Relative change vs the previous period (0.18 = +18%); null when the previous value is 0. */
  change: number | null;
}

export interface Overview {
  period: PeriodView;
  visitors: Metric;
  pageviews: Metric;
  visits: Metric;
  /** Share of visits with one page view, 0–1. */
  bounceRate: Metric;
  /** Average visit duration in seconds. */
  avgDuration: Metric;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function metric(value: number, previous: number): Metric {
  return {
    value: round(value),
    previous: round(previous),
    change: previous === 0 ? null : round((value - previous) / previous),
  };
}

export function derive(t: Totals) {
  return {
    visitors: t.visitors,
    pageviews: t.pageviews,
    visits: t.visits,
    bounceRate: ratio(t.bounces, t.visits),
    avgDuration: ratio(t.duration, t.visits),
  };
}

export async function periodTotals(
  tx: Executor,
  appId: string,
  window: { from: Date; to: Date },
  filters?: Filters,
): Promise<Totals> {
  return totalsOf(await readMetrics(tx, appId, window, { dims: ['total'], filters: filters ?? {} }));
}

/** Visitors, page views, visits, bounce rate and average duration, each with the previous period's value. */
export async function overview(
  database: Database,
  ctx: TenantContext,
  query: ReportQuery,
  clock: Clock = systemClock,
): Promise<Overview> {
  return inPeriod(database, ctx, query, clock, async (tx, period) => {
    const now = derive(await periodTotals(tx, ctx.appId, period, query.filters));
    const before = derive(await periodTotals(tx, ctx.appId, period.previous, query.filters));
    return {
      period: periodView(period),
      visitors: metric(now.visitors, before.visitors),
      pageviews: metric(now.pageviews, before.pageviews),
      visits: metric(now.visits, before.visits),
      bounceRate: metric(now.bounceRate, before.bounceRate),
      avgDuration: metric(now.avgDuration, before.avgDuration),
    };
  });
}

export interface SeriesPoint {
  start: string;
  label: string;
  visitors: number;
  pageviews: number;
  visits: number;
  bounceRate: number;
  avgDuration: number;
}

/** One point per hour (today, two-day ranges) or per local day. */
export async function timeseries(
  database: Database,
  ctx: TenantContext,
  query: ReportQuery,
  clock: Clock = systemClock,
): Promise<{ period: PeriodView; interval: 'hour' | 'day'; points: SeriesPoint[] }> {
  return inPeriod(database, ctx, query, clock, async (tx, period) => ({
    period: periodView(period),
    interval: period.interval,
    points: await seriesOf(tx, ctx.appId, period, query.filters),
  }));
}

export async function seriesOf(
  tx: Executor,
  appId: string,
  period: Period,
  filters?: Filters,
): Promise<SeriesPoint[]> {
  const list = buckets(period);
  const sums = list.map(() => ({ visitors: 0, pageviews: 0, visits: 0, bounces: 0, duration: 0 }));
  const rows = await readMetrics(tx, appId, period, {
    dims: ['total'],
    filters: filters ?? {},
    hourly: true,
  });
  for (const r of rows) {
    const i = bucketIndex(list, new Date(r.hour));
    const s = sums[i];
    if (!s) continue;
    // An hour's own visitors for hourly charts; first-seen visitors (which add up) for days.
    s.visitors += period.interval === 'hour' ? r.active_visitors : r.visitors;
    s.pageviews += r.pageviews;
    s.visits += r.visits;
    s.bounces += r.bounces;
    s.duration += r.duration;
  }
  return list.map((b, i) => {
    const s = sums[i] as (typeof sums)[number];
    return {
      start: b.start,
      label: b.label,
      visitors: s.visitors,
      pageviews: s.pageviews,
      visits: s.visits,
      bounceRate: round(ratio(s.bounces, s.visits)),
      avgDuration: round(ratio(s.duration, s.visits), 1),
    };
  });
}

export const BREAKDOWNS = {
  pages: ['page', 'entry', 'exit'],
  sources: ['source', 'channel', 'referrer'],
  utm: ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'],
  devices: ['device', 'browser', 'os', 'screen', 'country'],
} as const satisfies Record<string, readonly Dim[]>;
export type BreakdownDim = (typeof BREAKDOWNS)[keyof typeof BREAKDOWNS][number];

export interface BreakdownRow {
  value: string;
  visitors: number;
  pageviews: number;
  visits: number;
  bounceRate: number;
  avgDuration: number;
  /** Share of the period's visitors, 0–1. */
  share: number;
}

/** One breakdown table (e.g. top pages, sources by channel, browsers), biggest first. */
export async function breakdown(
  database: Database,
  ctx: TenantContext,
  dim: BreakdownDim,
  query: ReportQuery & { limit?: number | undefined },
  clock: Clock = systemClock,
): Promise<{ period: PeriodView; dim: BreakdownDim; rows: BreakdownRow[]; total: number }> {
  return inPeriod(database, ctx, query, clock, async (tx, period) => {
    const rows = await readMetrics(tx, ctx.appId, period, {
      dims: ['total', dim],
      filters: query.filters ?? {},
    });
    const all = totalsOf(rows).visitors;
    const list = rows
      .filter((r) => r.dim === dim && (r.visitors > 0 || r.pageviews > 0 || r.visits > 0))
      .map((r) => ({
        value: r.value,
        visitors: r.visitors,
        pageviews: r.pageviews,
        visits: r.visits,
        bounceRate: round(ratio(r.bounces, r.visits)),
        avgDuration: round(ratio(r.duration, r.visits), 1),
        share: round(ratio(r.visitors, all)),
      }))
      .sort((a, b) => b.visitors - a.visitors || b.pageviews - a.pageviews || a.value.localeCompare(b.value));
    return { period: periodView(period), dim, rows: list.slice(0, query.limit ?? 100), total: list.length };
  });
}

/** Visitors and page views in the last 5 minutes, and the pages they are on. */
export async function realtime(
  database: Database,
  ctx: TenantContext,
  clock: Clock = systemClock,
): Promise<{
  visitors: number;
  pageviews: number;
  pages: Array<{ path: string; visitors: number }>;
  since: string;
}> {
  authorize(ctx, 'analytics.read');
  const since = new Date(clock.now().getTime() - 5 * 60_000);
  return database.tenant(ctx, async (tx) => {
    const window = sql`app_id = ${ctx.appId} AND ts >= ${since.toISOString()}::timestamptz AND visitor_id <> 0`;
    const [totals] = await queryRows<{ visitors: number; pageviews: number }>(
      tx,
      sql`SELECT count(DISTINCT visitor_id)::int AS visitors, count(*) FILTER (WHERE name = 'pageview')::int AS pageviews
            FROM analytics_events WHERE ${window}`,
    );
    const pages = await queryRows<{ path: string; visitors: number }>(
      tx,
      sql`SELECT pathname AS path, count(DISTINCT visitor_id)::int AS visitors FROM analytics_events
           WHERE ${window} AND name = 'pageview' GROUP BY pathname ORDER BY 2 DESC, 1 LIMIT 10`,
    );
    return {
      visitors: Number(totals?.visitors ?? 0),
      pageviews: Number(totals?.pageviews ?? 0),
      pages: pages.map((p) => ({ path: p.path, visitors: Number(p.visitors) })),
      since: since.toISOString(),
    };
  });
}
