/**
 * The period: Today, 7 days, 30 days, This month, or a custom range of days (two date fields and
 * Apply). A row of toggle buttons that scrolls sideways on a phone rather than wrapping.
 */
import { CalendarRange } from 'lucide-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Input } from '../../components/ui/input';
import { cn } from '../../lib/cn';
import {
  type AnalyticsSearch,
  DEFAULT_PERIOD,
  isDay,
  PERIOD_LABELS,
  PERIOD_NAMES,
  type PeriodName,
  todayIn,
} from './search';

interface PeriodPickerProps {
  search: AnalyticsSearch;
  /** The App's time zone, once the report knows it: "today" is the App's. */
  timeZone?: string | undefined;
  onChange: (period: PeriodName, range?: { from: string; to: string }) => void;
}

export function PeriodPicker({ search, timeZone, onChange }: PeriodPickerProps) {
  const current = search.period ?? DEFAULT_PERIOD;
  const [custom, setCustom] = useState(current === 'custom');
  const [from, setFrom] = useState(search.from ?? '');
  const [to, setTo] = useState(search.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    setCustom(current === 'custom');
    if (search.from) setFrom(search.from);
    if (search.to) setTo(search.to);
  }, [current, search.from, search.to]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!isDay(from) || !isDay(to)) return setError('Choose a first and a last day.');
    if (from > to) return setError('The first day must come before the last.');
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
    if (days > 400) return setError('A range is at most 400 days.');
    setError(null);
    onChange('custom', { from, to });
  };

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <fieldset className="min-w-0">
        <legend className="sr-only">Period</legend>
        <div className="-mx-1 flex gap-1 overflow-x-auto px-1 py-1 [scrollbar-width:none]">
          <div className="flex shrink-0 rounded-lg border border-line bg-surface p-0.5 shadow-xs">
            {PERIOD_NAMES.map((name) => {
              const pressed = name === 'custom' ? custom : !custom && current === name;
              return (
                <button
                  key={name}
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => {
                    if (name === 'custom') setCustom(true);
                    else {
                      setCustom(false);
                      onChange(name);
                    }
                  }}
                  className={cn(
                    'flex items-center gap-1.5 whitespace-nowrap rounded-md px-2.5 py-1.5 text-[13px] font-medium transition-colors sm:px-3',
                    'focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand',
                    pressed
                      ? 'bg-brand text-on-brand shadow-xs'
                      : 'text-ink-muted hover:bg-subtle hover:text-ink',
                  )}
                >
                  {name === 'custom' && <CalendarRange className="size-3.5" aria-hidden="true" />}
                  {PERIOD_LABELS[name]}
                </button>
              );
            })}
          </div>
        </div>
      </fieldset>
      {custom && (
        <form onSubmit={apply} className="flex flex-wrap items-end gap-2" aria-label="Custom range">
          <label className="text-[13px] font-medium text-ink-muted" htmlFor={`${id}-from`}>
            From
            <Input
              id={`${id}-from`}
              type="date"
              value={from}
              max={to || todayIn(timeZone)}
              onChange={(e) => setFrom(e.target.value)}
              className="mt-1 h-9 w-40"
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </label>
          <label className="text-[13px] font-medium text-ink-muted" htmlFor={`${id}-to`}>
            To
            <Input
              id={`${id}-to`}
              type="date"
              value={to}
              min={from || undefined}
              max={todayIn(timeZone)}
              onChange={(e) => setTo(e.target.value)}
              className="mt-1 h-9 w-40"
              aria-describedby={error ? `${id}-error` : undefined}
            />
          </label>
          <Button type="submit" size="sm" className="h-9">
            Apply
          </Button>
          <p
            id={`${id}-error`}
            aria-live="polite"
            className={cn('w-full text-[13px] text-danger', !error && 'sr-only')}
          >
            {error}
          </p>
        </form>
      )}
    </div>
  );
}
