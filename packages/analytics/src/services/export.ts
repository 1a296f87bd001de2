/** CSV versions of the report tables (the API serves them with `?format=csv`). */
import { toCsv } from '../domain/csv.js';
import type { FunnelReport } from './funnels.js';
import type { GoalStats } from './goals.js';
import type { BreakdownRow, SeriesPoint } from './reports.js';

const pct = (x: number) => Math.round(x * 10_000) / 100;

export function breakdownCsv(dim: string, rows: BreakdownRow[]): string {
  return toCsv(
    [dim, 'visitors', 'pageviews', 'visits', 'bounce_rate_percent', 'avg_duration_seconds', 'share_percent'],
    rows.map((r) => [
      r.value,
      r.visitors,
      r.pageviews,
      r.visits,
      pct(r.bounceRate),
      r.avgDuration,
      pct(r.share),
    ]),
  );
}

export function seriesCsv(points: SeriesPoint[]): string {
  return toCsv(
    ['period', 'visitors', 'pageviews', 'visits', 'bounce_rate_percent', 'avg_duration_seconds'],
    points.map((p) => [p.label, p.visitors, p.pageviews, p.visits, pct(p.bounceRate), p.avgDuration]),
  );
}

export function goalsCsv(goals: GoalStats[]): string {
  return toCsv(
    ['goal', 'kind', 'match', 'conversions', 'visitors', 'conversion_rate_percent'],
    goals.map((g) => [g.name, g.kind, g.match, g.conversions, g.visitors, pct(g.conversionRate)]),
  );
}

export function funnelsCsv(funnels: FunnelReport[]): string {
  return toCsv(
    [
      'funnel',
      'step',
      'kind',
      'match',
      'visitors',
      'conversion_rate_percent',
      'drop_off',
      'drop_off_percent',
    ],
    funnels.flatMap((f) =>
      f.steps.map((s, i) => [
        f.name,
        s.label || `Step ${i + 1}`,
        s.kind,
        s.match,
        s.visitors,
        pct(s.conversionRate),
        s.dropOff,
        pct(s.dropOffRate),
      ]),
    ),
  );
}
