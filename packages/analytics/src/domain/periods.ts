/**
 * Reporting periods in an App's time zone: today, the last 7 or 30 days (today included), this
 * month, or a custom range of whole days. Each period has a previous period of the same length
 * (for "change vs previous period") and a list of chart buckets (hours or days).
 */
import { localDate } from './visitor.js';

export const PERIODS = ['today', '7d', '30d', 'month', 'custom'] as const;
export type PeriodName = (typeof PERIODS)[number];

export const MAX_CUSTOM_DAYS = 400;
const HOUR = 3_600_000;

export interface Period {
  name: PeriodName;
  timeZone: string;
  from: Date;
  to: Date;
  /** The same length of time just before `from`. */
  previous: { from: Date; to: Date };
  interval: 'hour' | 'day';
  /** First local day and last local day of the period (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
}

/** Milliseconds the zone's wall clock is ahead of UTC at `at`. */
export function zoneOffset(at: Date, timeZone: string): number {
  const parts = partsFormat(timeZone).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour') % 24,
    get('minute'),
    get('second'),
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The instant a local day (YYYY-MM-DD) starts in a time zone. */
export function startOfDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  let at = guess - zoneOffset(new Date(guess), timeZone);
  // Across a DST change the offset at the guess and at the answer differ: settle once more.
  at = guess - zoneOffset(new Date(at), timeZone);
  return new Date(at);
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000);
}

export interface PeriodInput {
  period: PeriodName;
  /** Custom ranges: first and last day, inclusive (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
}

/** Resolves a period at `now` in `timeZone`; null when a custom range is missing or invalid. */
export function resolvePeriod(input: PeriodInput, timeZone: string, now: Date): Period | null {
  const today = localDate(now, timeZone);
  let firstDay: string;
  let lastDay = today;
  switch (input.period) {
    case 'today':
      firstDay = today;
      break;
    case '7d':
      firstDay = addDays(today, -6);
      break;
    case '30d':
      firstDay = addDays(today, -29);
      break;
    case 'month':
      firstDay = `${today.slice(0, 8)}01`;
      break;
    case 'custom': {
      const ok = /^\d{4}-\d{2}-\d{2}$/;
      if (!input.from || !input.to || !ok.test(input.from) || !ok.test(input.to)) return null;
      if (Number.isNaN(Date.parse(input.from)) || Number.isNaN(Date.parse(input.to))) return null;
      const span = daysBetween(input.from, input.to);
      if (span < 0 || span >= MAX_CUSTOM_DAYS) return null;
      firstDay = input.from;
      lastDay = input.to;
      break;
    }
  }
  const from = startOfDay(firstDay, timeZone);
  const end = startOfDay(addDays(lastDay, 1), timeZone);
  const to = end > now ? now : end;
  const days = daysBetween(firstDay, lastDay) + 1;
  const prevFrom =
    input.period === 'month'
      ? startOfDay(`${addDays(firstDay, -1).slice(0, 8)}01`, timeZone)
      : startOfDay(addDays(firstDay, -days), timeZone);
  const prevTo = new Date(Math.min(prevFrom.getTime() + (to.getTime() - from.getTime()), from.getTime()));
  return {
    name: input.period,
    timeZone,
    from,
    to: to < from ? from : to,
    previous: { from: prevFrom, to: prevTo },
    interval: days <= 2 ? 'hour' : 'day',
    firstDay,
    lastDay,
  };
}

export interface Bucket {
  /** ISO instant the bucket starts. */
  start: string;
  /** Local label: `YYYY-MM-DD` for days, `YYYY-MM-DD HH:00` for hours. */
  label: string;
}

/** The chart buckets of a period (whole local days, or hours for one- and two-day periods). */
export function buckets(period: Period): Bucket[] {
  const out: Bucket[] = [];
  if (period.interval === 'day') {
    for (let d = period.firstDay; d <= period.lastDay; d = addDays(d, 1)) {
      out.push({ start: startOfDay(d, period.timeZone).toISOString(), label: d });
    }
    return out;
  }
  const end = startOfDay(addDays(period.lastDay, 1), period.timeZone).getTime();
  for (let t = period.from.getTime(); t < end; t += HOUR) {
    const at = new Date(t);
    const local = new Date(t + zoneOffset(at, period.timeZone)).toISOString();
    out.push({ start: at.toISOString(), label: `${local.slice(0, 10)} ${local.slice(11, 13)}:00` });
  }
  return out;
}

/** Index of the bucket an instant falls in (-1 when outside). Buckets are sorted by start. */
export function bucketIndex(list: readonly Bucket[], at: Date): number {
  const t = at.getTime();
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (Date.parse((list[mid] as Bucket).start) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The start of the UTC hour containing `at` (rollups are hourly). */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR) * HOUR);
}
