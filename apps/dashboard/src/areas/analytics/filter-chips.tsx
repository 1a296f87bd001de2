/** The filters in force, as chips with a remove button each (and "Clear all" for two or more). */
import { X } from 'lucide-react';
import { sourceLabel } from './format';
import { type AnalyticsSearch, activeFilters, DIRECT, FILTER_LABELS, type FilterKey } from './search';

export function FilterChips({
  search,
  onRemove,
  onClear,
}: {
  search: AnalyticsSearch;
  onRemove: (key: FilterKey) => void;
  onClear: () => void;
}) {
  const filters = activeFilters(search);
  if (filters.length === 0) return null;
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="sr-only">Filters</legend>
      <span className="text-[13px] text-ink-muted">Filtered by</span>
      {filters.map(({ key, value }) => {
        const shown = key === 'source' && value === DIRECT ? sourceLabel('') : value;
        return (
          <span
            key={key}
            className="inline-flex max-w-full items-center gap-1 rounded-full border border-brand/30 bg-brand-soft py-0.5 pr-1 pl-3 text-[13px] text-brand-strong"
          >
            <span className="font-medium">{FILTER_LABELS[key]}</span>
            <span className="text-ink-faint">is</span>
            <span className="truncate font-medium text-ink">{shown}</span>
            <button
              type="button"
              onClick={() => onRemove(key)}
              aria-label={`Remove filter: ${FILTER_LABELS[key]} is ${shown}`}
              className="grid size-6 shrink-0 place-items-center rounded-full text-brand-strong hover:bg-brand/15 focus-visible:outline-2 focus-visible:outline-brand"
            >
              <X className="size-3.5" aria-hidden="true" />
            </button>
          </span>
        );
      })}
      {filters.length > 1 && (
        <button
          type="button"
          onClick={onClear}
          className="rounded text-[13px] font-medium text-ink-muted hover:text-ink hover:underline focus-visible:outline-2 focus-visible:outline-brand"
        >
          Clear all
        </button>
      )}
    </fieldset>
  );
}
