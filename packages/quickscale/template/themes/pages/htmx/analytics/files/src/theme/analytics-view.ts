/** The analytics report as a page shows it: tiles with their change, chart bars, share meters. */
import type { BreakdownRow, Metric } from '@qspace/analytics';
import type { AnalyticsReport } from '../parts/analytics.js';

export const PERIOD_CHOICES = [
  { id: 'today', label: 'Today' },
  { id: '7d', label: '7 days' },
  { id: '30d', label: '30 days' },
  { id: 'month', label: 'This month' },
] as const;

const number = new Intl.NumberFormat('en-GB');

function delta(m: Metric, lowerIsBetter = false) {
  if (m.change === null || m.change === 0)
    return {
      text: m.change === 0 ? 'No change' : m.value === 0 ? '—' : 'New this period',
      dir: 'flat',
    };
  const up = m.change > 0;
  const good = lowerIsBetter ? !up : up;
  return { text: `${up ? '▲' : '▼'} ${Math.abs(Math.round(m.change * 100))}%`, dir: good ? 'up' : 'down' };
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.round(seconds)}s`;
  return `${Math.floor(seconds / 60)}m ${Math.round(seconds % 60)}s`;
}

const rows = (list: BreakdownRow[]) => {
  const top = Math.max(1, ...list.map((r) => r.visitors));
  return list.map((r) => ({
    label: r.value || '(none)',
    visitors: number.format(r.visitors),
    width: Math.max(4, Math.round((r.visitors / top) * 100)),
  }));
};

export function dashboardView(report: AnalyticsReport) {
  const o = report.overview;
  const tiles = [
    { label: 'Visitors', value: number.format(o.visitors.value), delta: delta(o.visitors) },
    { label: 'Page views', value: number.format(o.pageviews.value), delta: delta(o.pageviews) },
    {
      label: 'Bounce rate',
      value: `${Math.round(o.bounceRate.value * 100)}%`,
      delta: delta(o.bounceRate, true),
    },
    { label: 'Visit duration', value: duration(o.avgDuration.value), delta: delta(o.avgDuration) },
  ];
  const peak = Math.max(1, ...report.series.map((p) => p.visitors));
  const bars = report.series.map((p) => ({
    label: p.label,
    visitors: p.visitors,
    height: p.visitors === 0 ? 0 : Math.max(3, Math.round((p.visitors / peak) * 100)),
  }));
  return {
    tiles,
    bars,
    first: bars[0]?.label ?? '',
    last: bars.at(-1)?.label ?? '',
    pages: rows(report.pages),
    sources: rows(report.sources),
    empty: o.pageviews.value === 0 && o.pageviews.previous === 0,
  };
}
