/**
 * The App cards' 7-day visitors: a number and a tiny line, drawn as plain SVG (no chart library on
 * the home page). One request serves every card: the query is shared through the cache.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { sparklinesQuery } from './api';
import { formatCount, formatExact } from './format';

const W = 96;
const H = 28;

/** The SVG path of a series scaled into the box (a flat line at the bottom for all zeros). */
export function sparkPath(values: readonly number[], width = W, height = H): string {
  if (values.length === 0) return '';
  const max = Math.max(...values, 1);
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = values.length > 1 ? i * step : width / 2;
      const y = height - 2 - (Math.max(0, v) / max) * (height - 4);
      return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join(' ');
}

export function AppSparkline({ appId }: { appId: string }) {
  const sparks = useQuery(sparklinesQuery);
  const gradient = `spark-${useId().replace(/:/g, '')}`;
  const mine = sparks.data?.apps.find((a) => a.appId === appId);
  if (!mine) return <div className="mt-4 h-7" aria-hidden="true" />;
  const values = mine.days.map((d) => d.visitors);
  const line = sparkPath(values);
  return (
    <div className="mt-4 flex items-end justify-between gap-3">
      <p className="text-[13px] text-ink-muted">
        <span className="text-base font-semibold text-ink tabular-nums" title={formatExact(mine.visitors)}>
          {formatCount(mine.visitors)}
        </span>{' '}
        {mine.visitors === 1 ? 'visitor' : 'visitors'}
        <span className="text-ink-faint"> · 7 days</span>
      </p>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        className="shrink-0 overflow-visible text-brand"
        role="img"
        aria-label={`Visitors per day, last 7 days: ${values.join(', ')}`}
      >
        <defs>
          <linearGradient id={gradient} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" stopColor="currentColor" stopOpacity="0.22" />
            <stop offset="100%" stopColor="currentColor" stopOpacity="0" />
          </linearGradient>
        </defs>
        {values.length > 1 && <path d={`${line} L${W} ${H} L0 ${H} Z`} fill={`url(#${gradient})`} />}
        <path
          d={line}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
    </div>
  );
}
