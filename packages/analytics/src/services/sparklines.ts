/**
 * Seven-day sparklines for the home cards: daily visitors of every App the caller belongs to, in
 * one call. Each App is read in its own tenant transaction with the caller's role in it.
 */
import type { Clock, Database, TenantContext } from '@qspace/core';
import { systemClock } from '@qspace/core';
import { inPeriod, seriesOf } from './reports.js';

export interface Sparkline {
  appId: string;
  days: Array<{ day: string; visitors: number; pageviews: number }>;
  visitors: number;
}

export async function sparklines(
  database: Database,
  contexts: readonly TenantContext[],
  clock: Clock = systemClock,
): Promise<Sparkline[]> {
  const out: Sparkline[] = [];
  for (const ctx of contexts) {
    const points = await inPeriod(database, ctx, { period: '7d' }, clock, (tx, period) =>
      seriesOf(tx, ctx.appId, period),
    );
    const days = points.map((p) => ({ day: p.label, visitors: p.visitors, pageviews: p.pageviews }));
    out.push({ appId: ctx.appId, days, visitors: days.reduce((n, d) => n + d.visitors, 0) });
  }
  return out;
}
