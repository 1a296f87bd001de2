/**
 * The visitors chart (Recharts, loaded with this screen only): visitors as an area and page views as
 * a line, hourly for today and daily otherwise; or the one metric picked on the KPI cards. Colours are
 * the theme's tokens (CSS variables), so the dark theme needs nothing here. For screen readers the
 * same numbers are a table, visually hidden; the drawing itself is hidden from them.
 */
import { useId } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import { Skeleton } from '../../components/ui/spinner';
import type { Timeseries } from './api';
import { formatCount, formatExact, formatMetric } from './format';
import type { ChartMetric } from './kpis';

type Point = Timeseries['points'][number];

const NAMES: Record<ChartMetric | 'pageviews', string> = {
  visitors: 'Visitors',
  pageviews: 'Page views',
  visits: 'Visits',
  bounceRate: 'Bounce rate',
  avgDuration: 'Visit duration',
};

const tick = { fill: 'var(--color-ink-faint)', fontSize: 12 };

function ChartTooltip({ active, payload, label }: TooltipContentProps<number, string>) {
  if (!active || !payload?.length) return null;
  return (
    <div className="min-w-36 rounded-lg border border-line bg-surface px-3 py-2 text-[13px] shadow-pop">
      <p className="mb-1 font-medium text-ink">{label}</p>
      {payload.map((entry) => (
        <p key={String(entry.dataKey)} className="flex items-center justify-between gap-4 text-ink-muted">
          <span className="flex items-center gap-1.5">
            <span
              className="size-2 rounded-full"
              style={{ backgroundColor: String(entry.color ?? 'var(--color-brand)') }}
              aria-hidden="true"
            />
            {NAMES[entry.dataKey as ChartMetric | 'pageviews']}
          </span>
          <span className="font-medium text-ink tabular-nums">
            {formatMetric(entry.dataKey as ChartMetric, Number(entry.value))}
          </span>
        </p>
      ))}
    </div>
  );
}

interface ChartProps {
  series: Timeseries | undefined;
  metric: ChartMetric;
  loading?: boolean;
}

/** "14:00" for an hour, "Nov 17" for a day, in the App's time zone. */
export function pointLabel(start: string, interval: 'hour' | 'day', timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    interval === 'hour'
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }
      : { month: 'short', day: 'numeric', timeZone };
  try {
    return new Intl.DateTimeFormat('en-US', options).format(new Date(start));
  } catch {
    return start;
  }
}

export function VisitorsChart({ series, metric }: ChartProps) {
  const gradient = useId().replace(/:/g, '');
  if (!series) return <Skeleton className="h-64 w-full rounded-lg" />;
  const both = metric === 'visitors';
  const points = series.points.map((p) => ({
    ...p,
    tick: pointLabel(p.start, series.interval, series.period.timeZone),
  }));
  const caption = `${both ? 'Visitors and page views' : NAMES[metric]} per ${series.interval}`;
  return (
    <figure className="m-0">
      <div className="h-64 w-full" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <defs>
              <linearGradient id={gradient} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" style={{ stopColor: 'var(--color-brand)', stopOpacity: 0.28 }} />
                <stop offset="100%" style={{ stopColor: 'var(--color-brand)', stopOpacity: 0.02 }} />
              </linearGradient>
            </defs>
            <CartesianGrid vertical={false} stroke="var(--color-line)" />
            <XAxis
              dataKey="tick"
              tick={tick}
              tickLine={false}
              axisLine={{ stroke: 'var(--color-line)' }}
              minTickGap={24}
              tickMargin={8}
            />
            <YAxis
              tick={tick}
              tickLine={false}
              axisLine={false}
              width={44}
              allowDecimals={metric === 'bounceRate'}
              tickFormatter={(v: number) =>
                metric === 'visitors' || metric === 'visits' ? formatCount(v) : formatMetric(metric, v)
              }
            />
            <Tooltip
              content={(props) => <ChartTooltip {...(props as TooltipContentProps<number, string>)} />}
              cursor={{ stroke: 'var(--color-line-strong)' }}
            />
            <Area
              type="monotone"
              dataKey={metric}
              name={NAMES[metric]}
              stroke="var(--color-brand)"
              strokeWidth={2}
              fill={`url(#${gradient})`}
              activeDot={{ r: 4, fill: 'var(--color-brand)', stroke: 'var(--color-surface)' }}
              isAnimationActive={false}
            />
            {both && (
              <Line
                type="monotone"
                dataKey="pageviews"
                name={NAMES.pageviews}
                stroke="var(--color-info)"
                strokeWidth={1.75}
                strokeDasharray="4 3"
                dot={false}
                activeDot={{ r: 3.5, fill: 'var(--color-info)', stroke: 'var(--color-surface)' }}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-[13px] text-ink-muted">
        <Legend swatch="bg-brand" label={NAMES[metric]} />
        {both && <Legend swatch="bg-info" label={NAMES.pageviews} dashed />}
        <span className="text-ink-faint">per {series.interval}</span>
      </figcaption>
      <table className="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{series.interval === 'hour' ? 'Hour' : 'Day'}</th>
            <th scope="col">{NAMES[metric]}</th>
            {both && <th scope="col">{NAMES.pageviews}</th>}
          </tr>
        </thead>
        <tbody>
          {points.map((p: Point) => (
            <tr key={p.start}>
              <th scope="row">{p.label}</th>
              <td>
                {both || metric === 'visits' ? formatExact(p[metric]) : formatMetric(metric, p[metric])}
              </td>
              {both && <td>{formatExact(p.pageviews)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function Legend({ swatch, label, dashed }: { swatch: string; label: string; dashed?: boolean }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        aria-hidden="true"
        className={dashed ? `h-0 w-4 border-t-2 border-dashed border-info` : `h-2 w-4 rounded-sm ${swatch}`}
      />
      {label}
    </span>
  );
}
