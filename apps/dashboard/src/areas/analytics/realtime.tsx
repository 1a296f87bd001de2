/**
 * "3 visitors now": people on the site in the last five minutes, refreshed every 10 seconds. The
 * number is a live region, so a screen reader hears it when it changes (and not on every poll).
 */
import { useQuery } from '@tanstack/react-query';
import { cn } from '../../lib/cn';
import { realtimeQuery, type Scope } from './api';
import { formatExact } from './format';

export function RealtimeCounter({ scope }: { scope: Scope }) {
  const live = useQuery(realtimeQuery(scope));
  const n = live.data?.visitors;
  const pages = live.data?.pages.slice(0, 3) ?? [];
  const title = pages.length
    ? `On ${pages.map((p) => `${p.path} (${p.visitors})`).join(', ')}`
    : 'Visitors in the last 5 minutes';
  return (
    <p
      className="inline-flex items-center gap-2 rounded-full border border-line bg-surface px-3 py-1.5 text-[13px] text-ink-muted shadow-xs"
      title={title}
      data-testid="realtime"
    >
      <span className="relative flex size-2.5" aria-hidden="true">
        {n ? (
          <span className="absolute inline-flex size-full animate-ping rounded-full bg-success opacity-60" />
        ) : null}
        <span
          className={cn('relative inline-flex size-2.5 rounded-full', n ? 'bg-success' : 'bg-line-strong')}
        />
      </span>
      <span role="status" aria-live="polite" aria-atomic="true">
        {n === undefined ? (
          live.isError ? (
            'Live count unavailable'
          ) : (
            'Counting…'
          )
        ) : (
          <>
            <span className="font-semibold text-ink tabular-nums">{formatExact(n)}</span>{' '}
            {n === 1 ? 'visitor' : 'visitors'} now
          </>
        )}
      </span>
    </p>
  );
}
