/**
 * Insights: short statements about an App's traffic, each shown only when it clears a threshold
 * (enough data, a big enough difference, and — for changes — a two-sided 95% Poisson test), so a
 * site with ten visitors does not get told its traffic "doubled".
 */

export interface Insight {
  kind: 'visitors_change' | 'top_source' | 'source_converts' | 'page_converts' | 'bounce_change';
  text: string;
  /** How strong the statement is (bigger = show first). */
  weight: number;
}

/** Smallest count in the larger period for a change to be worth saying. */
export const MIN_CHANGE_COUNT = 30;
/** Smallest relative change to report (10%). */
export const MIN_CHANGE = 0.1;
export const MIN_SHARE = 0.4;
export const MIN_SHARE_VISITORS = 20;
export const MIN_LIFT = 1.5;
export const MIN_CONVERSIONS = 5;

/** z-score of the difference of two Poisson counts (conditional binomial approximation). */
export function poissonZ(current: number, previous: number): number {
  const n = current + previous;
  return n === 0 ? 0 : (current - previous) / Math.sqrt(n);
}

const pct = (x: number) => `${Math.round(Math.abs(x) * 100)}%`;

export function visitorsChange(
  current: number,
  previous: number,
  label: { current: string; previous: string },
): Insight | null {
  if (Math.max(current, previous) < MIN_CHANGE_COUNT || previous === 0) return null;
  const change = (current - previous) / previous;
  if (Math.abs(change) < MIN_CHANGE || Math.abs(poissonZ(current, previous)) < 1.96) return null;
  const verb = change > 0 ? 'rose' : 'fell';
  return {
    kind: 'visitors_change',
    text: `Visitors ${verb} ${pct(change)} ${label.current} compared with ${label.previous}`,
    weight: Math.abs(change),
  };
}

export function topSource(
  rows: Array<{ source: string; device: string; visitors: number }>,
  totalVisitors: number,
): Insight | null {
  const best = [...rows].sort((a, b) => b.visitors - a.visitors)[0];
  if (!best || totalVisitors < MIN_SHARE_VISITORS || best.visitors < MIN_SHARE_VISITORS) return null;
  const share = best.visitors / totalVisitors;
  if (share < MIN_SHARE) return null;
  const from = best.source || 'direct visits';
  const on = { Mobile: 'phones', Tablet: 'tablets', Desktop: 'computers', TV: 'TVs' }[best.device];
  const text = best.source
    ? `Most new visitors come from ${from}${on ? ` on ${on}` : ''}`
    : `Most new visitors come directly${on ? ` on ${on}` : ''} (typed address, bookmarks or apps)`;
  return { kind: 'top_source', text, weight: share };
}

export interface RateRow {
  key: string;
  visitors: number;
  converted: number;
}

/**
 * The row that converts best against the average, when it is far enough ahead (MIN_LIFT×) on
 * enough conversions and its rate differs significantly (two-proportion z-test, 95%).
 */
export function bestConverter(
  rows: RateRow[],
  totalVisitors: number,
  totalConverted: number,
): { row: RateRow; lift: number } | null {
  if (totalVisitors === 0 || totalConverted < MIN_CONVERSIONS) return null;
  const average = totalConverted / totalVisitors;
  let best: { row: RateRow; lift: number } | null = null;
  for (const row of rows) {
    if (row.converted < MIN_CONVERSIONS || row.visitors === 0 || row.visitors >= totalVisitors) continue;
    const rate = row.converted / row.visitors;
    const lift = rate / average;
    if (lift < MIN_LIFT) continue;
    const restVisitors = totalVisitors - row.visitors;
    const restRate = Math.max(0, totalConverted - row.converted) / restVisitors;
    const pooled = totalConverted / totalVisitors;
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / row.visitors + 1 / restVisitors));
    if (se === 0 || (rate - restRate) / se < 1.96) continue;
    if (!best || lift > best.lift) best = { row, lift };
  }
  return best;
}

export function sourceConverts(
  rows: RateRow[],
  totalVisitors: number,
  totalConverted: number,
): Insight | null {
  const best = bestConverter(rows, totalVisitors, totalConverted);
  if (!best) return null;
  const who = best.row.key ? `Visitors from ${best.row.key}` : 'Direct visitors';
  return {
    kind: 'source_converts',
    text: `${who} convert ${best.lift.toFixed(1)}× better than the site average`,
    weight: best.lift / 4,
  };
}

export function pageConverts(rows: RateRow[], totalVisitors: number, totalConverted: number): Insight | null {
  const best = bestConverter(rows, totalVisitors, totalConverted);
  if (!best) return null;
  const page = best.row.key === '/' ? 'home page' : `${best.row.key} page`;
  return {
    kind: 'page_converts',
    text: `Visitors who land on your ${page} convert ${best.lift.toFixed(1)}× better than the site average`,
    weight: best.lift / 4,
  };
}

export function bounceChange(
  current: { visits: number; bounces: number },
  previous: { visits: number; bounces: number },
  label: { current: string; previous: string },
): Insight | null {
  if (current.visits < MIN_CHANGE_COUNT || previous.visits < MIN_CHANGE_COUNT) return null;
  const a = current.bounces / current.visits;
  const b = previous.bounces / previous.visits;
  const pooled = (current.bounces + previous.bounces) / (current.visits + previous.visits);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / current.visits + 1 / previous.visits));
  if (se === 0 || Math.abs(a - b) / se < 1.96 || Math.abs(a - b) < 0.05) return null;
  const text =
    a < b
      ? `Fewer visitors leave after one page: bounce rate improved from ${pct(b)} to ${pct(a)} ${label.current}`
      : `More visitors leave after one page: bounce rate went from ${pct(b)} to ${pct(a)} ${label.current}`;
  return { kind: 'bounce_change', text, weight: Math.abs(a - b) };
}
