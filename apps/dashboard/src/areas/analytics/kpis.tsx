/**
 * The five headline numbers, each with its change against the previous period. Each card is also the
 * chart's switch: pressing "Bounce rate" plots bounce rate (visitors and page views share one chart).
 */
import { ArrowDownRight, ArrowUpRight, Minus } from 'lucide-react';
import { Skeleton } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';
import type { Overview } from './api';
import { deltaOf, formatExact, formatMetric, type MetricKey } from './format';

export const METRICS: ReadonlyArray<{ key: MetricKey; label: string; hint: string }> = [
  { key: 'visitors', label: 'Unique visitors', hint: 'People, counted once a day, without cookies' },
  { key: 'pageviews', label: 'Page views', hint: 'Every page opened' },
  { key: 'visits', label: 'Visits', hint: 'Sessions; a visit ends after 30 minutes of quiet' },
  { key: 'bounceRate', label: 'Bounce rate', hint: 'Visits that saw one page only' },
  { key: 'avgDuration', label: 'Visit duration', hint: 'Average time on the site per visit' },
];

/** The chart shows visitors and page views together, or one of the other three. */
export type ChartMetric = 'visitors' | 'visits' | 'bounceRate' | 'avgDuration';
export const chartMetricOf = (key: MetricKey): ChartMetric => (key === 'pageviews' ? 'visitors' : key);

interface KpiProps {
  overview: Overview | undefined;
  selected: ChartMetric;
  onSelect: (metric: ChartMetric) => void;
}

export function KpiCards({ overview, selected, onSelect }: KpiProps) {
  return (
    <ul aria-label="Key figures" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {METRICS.map((m, i) => {
        const metric = overview?.[m.key];
        const delta = deltaOf(metric?.change, m.key);
        const pressed = chartMetricOf(m.key) === selected;
        const Arrow =
          delta.direction === 'up' ? ArrowUpRight : delta.direction === 'down' ? ArrowDownRight : Minus;
        return (
          <li key={m.key} className={cn(i === 4 && 'col-span-2 sm:col-span-1')}>
            <button
              type="button"
              aria-pressed={pressed}
              onClick={() => onSelect(chartMetricOf(m.key))}
              title={m.hint}
              className={cn(
                'flex h-full w-full flex-col rounded-xl border bg-surface p-4 text-left shadow-card transition-[border-color,box-shadow]',
                'hover:border-line-strong focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand',
                pressed ? 'border-brand ring-1 ring-brand' : 'border-line',
              )}
            >
              <span className="text-[13px] font-medium text-ink-muted">{m.label}</span>
              {metric ? (
                <>
                  <span
                    className="mt-1 text-[26px] leading-8 font-semibold tracking-tight text-ink tabular-nums"
                    title={
                      m.key === 'visitors' || m.key === 'pageviews' || m.key === 'visits'
                        ? formatExact(metric.value)
                        : undefined
                    }
                  >
                    {formatMetric(m.key, metric.value)}
                  </span>
                  <span className="mt-1 flex items-center gap-1 text-[13px]">
                    <span
                      className={cn(
                        'inline-flex items-center gap-0.5 rounded font-medium tabular-nums',
                        delta.tone === 'good' && 'text-success',
                        delta.tone === 'bad' && 'text-danger',
                        delta.tone === 'neutral' && 'text-ink-faint',
                      )}
                    >
                      {delta.direction !== 'none' && <Arrow className="size-3.5" aria-hidden="true" />}
                      <span aria-hidden="true">{delta.label}</span>
                      <span className="sr-only">{delta.spoken}</span>
                    </span>
                    <span className="truncate text-ink-faint" aria-hidden="true">
                      vs previous
                    </span>
                  </span>
                </>
              ) : (
                <>
                  <Skeleton className="mt-2 h-7 w-16" />
                  <Skeleton className="mt-2 h-4 w-24" />
                </>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
