/**
 * The analytics view lives in the URL (`?period=30d&source=Instagram&device=Mobile`), so a view can
 * be bookmarked or sent to a colleague. This file turns the address bar's search into a safe view
 * (anything odd is dropped, never trusted) and the view into the API's report query.
 *
 * A direct visit's source is "" in the API; in the URL it is spelled `(direct)` so the link reads well.
 */

export const PERIOD_NAMES = ['today', '7d', '30d', 'month', 'custom'] as const;
export type PeriodName = (typeof PERIOD_NAMES)[number];

export const PERIOD_LABELS: Record<PeriodName, string> = {
  today: 'Today',
  '7d': '7 days',
  '30d': '30 days',
  month: 'This month',
  custom: 'Custom',
};

export const DEFAULT_PERIOD: PeriodName = '7d';
export const DIRECT = '(direct)';

/** The filters a table row can set (what the API filters by). */
export const FILTER_KEYS = ['page', 'source', 'device'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = { page: 'Page', source: 'Source', device: 'Device' };

/** What the URL holds. Absent means the default (7 days, no filter). */
export interface AnalyticsSearch {
  period?: PeriodName;
  from?: string;
  to?: string;
  page?: string;
  source?: string;
  device?: string;
}

/** The query every report takes. */
export interface ReportQuery {
  period: PeriodName;
  from?: string;
  to?: string;
  page?: string;
  source?: string;
  device?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LIMITS: Record<FilterKey, number> = { page: 300, source: 100, device: 20 };

/** A real calendar day as YYYY-MM-DD (not 2026-02-31). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today as YYYY-MM-DD in the App's time zone (the last day a custom range may end on). */
export function todayIn(timeZone: string | undefined, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The router parses `?page=404` as a number and `?source=true` as a boolean: filters are text. */
function text(value: unknown, max: number): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

/** The router's `validateSearch`: keeps what is valid, drops the rest. */
export function parseAnalyticsSearch(raw: Record<string, unknown>): AnalyticsSearch {
  const out: AnalyticsSearch = {};
  const period = PERIOD_NAMES.find((p) => p === raw.period);
  if (period === 'custom') {
    // A custom range needs both days, in order; otherwise fall back to the default.
    if (isDay(raw.from) && isDay(raw.to) && raw.from <= raw.to) {
      out.period = 'custom';
      out.from = raw.from;
      out.to = raw.to;
    }
  } else if (period && period !== DEFAULT_PERIOD) {
    out.period = period;
  }
  for (const key of FILTER_KEYS) {
    const value = text(raw[key], LIMITS[key]);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The API query for a view. */
export function toReportQuery(search: AnalyticsSearch): ReportQuery {
  const query: ReportQuery = { period: search.period ?? DEFAULT_PERIOD };
  if (query.period === 'custom') {
    query.from = search.from;
    query.to = search.to;
  }
  if (search.page !== undefined) query.page = search.page;
  if (search.source !== undefined) query.source = search.source === DIRECT ? '' : search.source;
  if (search.device !== undefined) query.device = search.device;
  return query;
}

/** The URL value of a filter set from a table row (a direct source is "" in the API). */
export function filterValue(key: FilterKey, apiValue: string): string {
  return key === 'source' && apiValue === '' ? DIRECT : apiValue;
}

/** The filters in force, in a stable order, for the chips. */
export function activeFilters(search: AnalyticsSearch): Array<{ key: FilterKey; value: string }> {
  return FILTER_KEYS.flatMap((key) => {
    const value = search[key];
    return value === undefined ? [] : [{ key, value }];
  });
}

/** The search with one filter set (or removed, with `undefined`); the period stays. */
export function withFilter(
  search: AnalyticsSearch,
  key: FilterKey,
  value: string | undefined,
): AnalyticsSearch {
  const next: AnalyticsSearch = { ...search };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The search with a new period; a custom range carries its days, other periods drop them. */
export function withPeriod(
  search: AnalyticsSearch,
  period: PeriodName,
  range?: { from: string; to: string },
): AnalyticsSearch {
  const { period: _p, from: _f, to: _t, ...rest } = search;
  if (period === 'custom') return range ? { ...rest, period, from: range.from, to: range.to } : search;
  return period === DEFAULT_PERIOD ? rest : { ...rest, period };
}

/** A query string for the API (and the CSV links), without empty parts. */
export function queryString(query: ReportQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...extra })) {
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
}
