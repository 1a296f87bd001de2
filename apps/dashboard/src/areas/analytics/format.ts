/**
 * How the analytics screens write numbers: counts (1,234 · 12.3k), durations (1m 05s), percentages
 * and the change against the previous period — whether it went up or down, and whether that is good.
 * Pure functions, so the tests pin every edge (zero, no previous data, rounding).
 */

/** A count in full below 10,000 ("1,234"), compact above ("12.3k", "1.2M"). */
export function formatCount(n: number, locale?: string): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) < 10_000) return Math.round(n).toLocaleString(locale ?? 'en-US');
  return new Intl.NumberFormat(locale ?? 'en-US', {
    notation: 'compact',
    maximumFractionDigits: 1,
  })
    .format(n)
    .replace('K', 'k');
}

/** A count in full, always ("12,345"), for tables and screen readers. */
export function formatExact(n: number, locale?: string): string {
  return Math.round(n).toLocaleString(locale ?? 'en-US');
}

/** Seconds as a visit duration: "0s", "45s", "2m 05s", "1h 02m". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '0s';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}

/**
 * A 0–1 ratio as a percentage: whole numbers from 10% up ("42%"), one decimal below ("3.5%"),
 * "0%" for nothing, and "<0.1%" for a sliver that would otherwise read as nothing.
 */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) return '0%';
  const pct = ratio * 100;
  if (pct < 0.1) return '<0.1%';
  if (pct >= 10) return `${Math.round(pct)}%`;
  return `${(Math.round(pct * 10) / 10).toString()}%`;
}

export type MetricKey = 'visitors' | 'pageviews' | 'visits' | 'bounceRate' | 'avgDuration';

/** Metrics where going down is the good news. */
const LOWER_IS_BETTER: ReadonlySet<MetricKey> = new Set(['bounceRate']);

export interface Delta {
  /** up / down / flat (|change| under half a percent), or none when there was no previous data. */
  direction: 'up' | 'down' | 'flat' | 'none';
  /** good / bad for the business (bounce rate falling is good), neutral when flat or unknown. */
  tone: 'good' | 'bad' | 'neutral';
  /** "+18%", "−4%", "0%", or "—" when there is nothing to compare with. */
  label: string;
  /** The same, in words, for screen readers: "up 18% on the previous period". */
  spoken: string;
}

/**
 * The change of a metric against the previous period, from the API's `change` (0.18 = +18%;
 * null when the previous value was 0, so no percentage can be given).
 */
export function deltaOf(change: number | null | undefined, metric: MetricKey = 'visitors'): Delta {
  if (change === null || change === undefined || !Number.isFinite(change))
    return { direction: 'none', tone: 'neutral', label: '—', spoken: 'no previous data to compare with' };
  const pct = Math.round(Math.abs(change) * 100);
  if (pct === 0) return { direction: 'flat', tone: 'neutral', label: '0%', spoken: 'unchanged' };
  const up = change > 0;
  const good = LOWER_IS_BETTER.has(metric) ? !up : up;
  const shown = pct >= 1000 ? `${formatCount(pct)}` : String(pct);
  return {
    direction: up ? 'up' : 'down',
    tone: good ? 'good' : 'bad',
    label: `${up ? '+' : '\u2212'}${shown}%`,
    spoken: `${up ? 'up' : 'down'} ${shown}% on the previous period`,
  };
}

/** A metric's value as shown on its card. */
export function formatMetric(metric: MetricKey, value: number): string {
  if (metric === 'bounceRate') return formatPercent(value);
  if (metric === 'avgDuration') return formatDuration(value);
  return formatCount(value);
}

/** The label of a source row: the API reports a direct visit (no referrer) as "". */
export function sourceLabel(value: string): string {
  return value === '' ? 'Direct / None' : value;
}

/** The label of any breakdown row: an empty value means the dimension was unknown. */
export function rowLabel(value: string, dim: string): string {
  if (dim === 'source' || dim === 'referrer') return sourceLabel(value);
  return value === '' ? '(not set)' : value;
}

/**
 * The reporting period in words, in the App's time zone: "Today", "Nov 17 – Nov 23, 2026".
 * `to` is exclusive (the start of the next day), as the API reports it.
 */
export function periodLabel(
  period: { name: string; from: string; to: string; timeZone: string },
  locale?: string,
): string {
  const from = new Date(period.from);
  // The end is exclusive: the last instant shown is one millisecond before it.
  const last = new Date(Math.max(from.getTime(), new Date(period.to).getTime() - 1));
  const day = new Intl.DateTimeFormat(locale ?? 'en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: period.timeZone,
  });
  const year = new Intl.DateTimeFormat(locale ?? 'en-US', { year: 'numeric', timeZone: period.timeZone });
  if (period.name === 'today') return `Today, ${day.format(from)}`;
  const a = day.format(from);
  const b = day.format(last);
  return a === b ? `${a}, ${year.format(last)}` : `${a} – ${b}, ${year.format(last)}`;
}
