/**
 * Insights for the App's home: plain-language statements, strongest first, each computed from the
 * rollups and shown only past its significance threshold (see domain/insights.ts).
 */
import type { Clock, Database, TenantContext } from '@qspace/core';
import { systemClock } from '@qspace/core';
import { asc, eq } from 'drizzle-orm';
import {
  bounceChange,
  type Insight,
  pageConverts,
  type RateRow,
  sourceConverts,
  topSource,
  visitorsChange,
} from '../domain/insights.js';
import type { PeriodName } from '../domain/periods.js';
import { goals } from '../schema.js';
import { readMetrics, totalsOf } from './metrics.js';
import { inPeriod, type PeriodView, periodView, type ReportQuery } from './reports.js';

const LABELS: Record<PeriodName, { current: string; previous: string }> = {
  today: { current: 'today', previous: 'the same hours yesterday' },
  '7d': { current: 'this week', previous: 'last week' },
  '30d': { current: 'in the last 30 days', previous: 'the 30 days before' },
  month: { current: 'this month', previous: 'the same days last month' },
  custom: { current: 'in this period', previous: 'the period before' },
};

export async function insights(
  database: Database,
  ctx: TenantContext,
  query: ReportQuery = { period: '7d' },
  clock: Clock = systemClock,
): Promise<{ period: PeriodView; insights: Insight[] }> {
  return inPeriod(database, ctx, query, clock, async (tx, period) => {
    const list = await tx
      .select()
      .from(goals)
      .where(eq(goals.appId, ctx.appId))
      .orderBy(asc(goals.createdAt));
    const goalSpecs = list.map((g) => ({ id: g.id, kind: g.kind, match: g.match }));
    const rows = await readMetrics(tx, ctx.appId, period, {
      dims: ['total', 'source', 'entry', 'source_device'],
      goals: goalSpecs,
      goalDims: ['goal', 'goal_source', 'goal_entry'],
    });
    const before = totalsOf(await readMetrics(tx, ctx.appId, period.previous, { dims: ['total'] }));
    const now = totalsOf(rows);
    const label = LABELS[period.name];
    const found: Array<Insight | null> = [
      visitorsChange(now.visitors, before.visitors, label),
      bounceChange(now, before, label),
      topSource(
        rows
          .filter((r) => r.dim === 'source_device')
          .map((r) => {
            const [source = '', device = ''] = r.value.split('|');
            return { source, device, visitors: r.visitors };
          }),
        now.visitors,
      ),
    ];
    const sourceVisitors = new Map(rows.filter((r) => r.dim === 'source').map((r) => [r.value, r.visitors]));
    const entryVisits = new Map(rows.filter((r) => r.dim === 'entry').map((r) => [r.value, r.visits]));
    for (const g of goalSpecs) {
      const own = rows.find((r) => r.dim === 'goal' && r.value === g.id);
      const bySource: RateRow[] = rows
        .filter((r) => r.dim === 'goal_source' && r.value.startsWith(`${g.id}|`))
        .map((r) => {
          const key = r.value.slice(g.id.length + 1);
          return { key, visitors: sourceVisitors.get(key) ?? 0, converted: r.visitors };
        });
      found.push(sourceConverts(bySource, now.visitors, own?.visitors ?? 0));
      const byEntry = rows.filter((r) => r.dim === 'goal_entry' && r.value.startsWith(`${g.id}|`));
      const convertedVisits = byEntry.reduce((n, r) => n + r.visits, 0);
      found.push(
        pageConverts(
          byEntry.map((r) => {
            const key = r.value.slice(g.id.length + 1);
            return { key, visitors: entryVisits.get(key) ?? 0, converted: r.visits };
          }),
          now.visits,
          convertedVisits,
        ),
      );
    }
    const unique = new Map<string, Insight>();
    for (const i of found) if (i && !unique.has(i.text)) unique.set(i.text, i);
    return {
      period: periodView(period),
      insights: [...unique.values()].sort((a, b) => b.weight - a.weight).slice(0, 5),
    };
  });
}
