/**
 * Reading metrics for a time window: stored hourly rollups for the hours before the App's
 * watermark, plus a live aggregation of the raw rows after it (at most the hours since the last
 * rollup run). With filters, the whole window is aggregated from raw rows (rollups are unfiltered).
 */
import { type Executor, queryRows } from '@qspace/core';
import { sql } from 'drizzle-orm';
import { hourOf } from '../domain/periods.js';
import {
  aggregate,
  type Dim,
  type Filters,
  type GoalDim,
  type GoalSpec,
  type MetricRow,
  numeric,
} from './aggregate.js';

export interface Window {
  from: Date;
  to: Date;
}

export interface ReadOptions {
  dims: readonly Dim[];
  goals?: readonly GoalSpec[];
  goalDims?: readonly GoalDim[];
  filters?: Filters;
  /** Keep one row per hour (charts); otherwise rows are summed per dimension value. */
  hourly?: boolean;
}

export function hasFilters(f: Filters | undefined): boolean {
  return !!f && (f.page !== undefined || f.source !== undefined || f.device !== undefined);
}

export async function rolledUntil(tx: Executor, appId: string): Promise<Date | null> {
  const [row] = await queryRows<{ ms: number }>(
    tx,
    sql`SELECT (extract(epoch FROM rolled_until) * 1000)::float8 AS ms FROM analytics_rollup_state WHERE app_id = ${appId}`,
  );
  return row ? new Date(Number(row.ms)) : null;
}

/** Metric rows of one App over a window (inside its tenant transaction). */
export async function readMetrics(
  tx: Executor,
  appId: string,
  window: Window,
  options: ReadOptions,
): Promise<MetricRow[]> {
  if (window.to <= window.from) return [];
  const dimsAsked = options.dims.length > 0 || (options.goals?.length ?? 0) > 0;
  if (!dimsAsked) return [];
  if (hasFilters(options.filters)) {
    return collapse(await aggregate(tx, { appId, ...window, ...spec(options) }), options.hourly);
  }
  const watermark = await rolledUntil(tx, appId);
  const start = hourOf(window.from);
  const rows: MetricRow[] = [];
  let tailFrom = window.from;
  if (watermark && watermark > start) {
    const end = watermark < window.to ? watermark : window.to;
    rows.push(...(await readRollups(tx, appId, start, end, options)));
    tailFrom = end;
  }
  if (tailFrom < window.to) {
    rows.push(...(await aggregate(tx, { appId, from: tailFrom, to: window.to, ...spec(options) })));
  }
  return collapse(rows, options.hourly);
}

function spec(options: ReadOptions) {
  return {
    dims: options.dims,
    goals: options.goals ?? [],
    goalDims: options.goalDims ?? [],
    filters: options.filters ?? {},
  };
}

async function readRollups(
  tx: Executor,
  appId: string,
  from: Date,
  to: Date,
  options: ReadOptions,
): Promise<MetricRow[]> {
  const dims: string[] = [...options.dims];
  const goalIds = (options.goals ?? []).map((g) => g.id);
  const goalDims = goalIds.length > 0 ? (options.goalDims ?? []) : [];
  const dimCondition = sql`(dim IN (SELECT json_array_elements_text(${JSON.stringify(dims)}::json))
      OR (dim IN (SELECT json_array_elements_text(${JSON.stringify(goalDims)}::json))
          AND split_part(value, '|', 1) IN (SELECT json_array_elements_text(${JSON.stringify(goalIds)}::json))))`;
  const range = sql`app_id = ${appId} AND hour >= ${from.toISOString()}::timestamptz AND hour < ${to.toISOString()}::timestamptz`;
  const rows = options.hourly
    ? await queryRows<MetricRow>(
        tx,
        sql`SELECT (extract(epoch FROM hour) * 1000)::float8 AS hour, dim, value, visitors, active_visitors, pageviews,
                   events, visits, bounces, duration::float8 AS duration
              FROM analytics_rollups WHERE ${range} AND ${dimCondition}`,
      )
    : await queryRows<MetricRow>(
        tx,
        sql`SELECT 0::float8 AS hour, dim, value, sum(visitors)::int AS visitors, sum(active_visitors)::int AS active_visitors,
                   sum(pageviews)::int AS pageviews, sum(events)::int AS events, sum(visits)::int AS visits,
                   sum(bounces)::int AS bounces, sum(duration)::float8 AS duration
              FROM analytics_rollups WHERE ${range} AND ${dimCondition} GROUP BY dim, value`,
      );
  return rows.map(numeric);
}

/** Sums rows with the same (hour, dim, value) — or (dim, value) when not hourly. */
export function collapse(rows: MetricRow[], hourly = false): MetricRow[] {
  const out = new Map<string, MetricRow>();
  for (const r of rows) {
    const hour = hourly ? r.hour : 0;
    const key = `${hour}\u0000${r.dim}\u0000${r.value}`;
    const acc = out.get(key);
    if (!acc) {
      out.set(key, { ...r, hour });
      continue;
    }
    acc.visitors += r.visitors;
    acc.active_visitors += r.active_visitors;
    acc.pageviews += r.pageviews;
    acc.events += r.events;
    acc.visits += r.visits;
    acc.bounces += r.bounces;
    acc.duration += r.duration;
  }
  return [...out.values()];
}

export interface Totals {
  visitors: number;
  pageviews: number;
  events: number;
  visits: number;
  bounces: number;
  duration: number;
}

export const ZERO: Totals = { visitors: 0, pageviews: 0, events: 0, visits: 0, bounces: 0, duration: 0 };

export function totalsOf(rows: MetricRow[], dim = 'total'): Totals {
  const t = { ...ZERO };
  for (const r of rows) {
    if (r.dim !== dim) continue;
    t.visitors += r.visitors;
    t.pageviews += r.pageviews;
    t.events += r.events;
    t.visits += r.visits;
    t.bounces += r.bounces;
    t.duration += r.duration;
  }
  return t;
}
