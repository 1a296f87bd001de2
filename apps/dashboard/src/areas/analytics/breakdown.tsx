/**
 * One report table (Top pages, Sources, UTM, Devices): tabs for its dimensions, a bar in each row
 * sized by visitors, the share of all visitors, a CSV link, and rows that set a filter when the API
 * can filter by them (page, source, device). Loading, error and empty states are the table's own.
 */
import { useQuery } from '@tanstack/react-query';
import { Filter } from 'lucide-react';
import { type ReactNode, useId, useState } from 'react';
import { messageOf } from '../../api/errors';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';
import { type Breakdown, csvHref, type QueryFor, reportQuery, type Scope } from './api';
import { CsvLink } from './csv-link';
import { formatCount, formatExact, formatPercent, rowLabel } from './format';
import type { FilterKey, ReportQuery } from './search';
import { Tabs } from './tabs';

export type TableName = 'pages' | 'sources' | 'utm' | 'devices';

export interface TableTab {
  /** The value of the endpoint's selector (`kind`, `by` or `param`). */
  value: string;
  label: string;
  /** The dimension the rows hold (for labels: "" is "Direct / None" for a source). */
  dim: string;
  /** The column heading. */
  column: string;
  /** The filter a row of this tab sets, when the API filters by it. */
  filter?: FilterKey;
}

export const TABLES: Record<TableName, { title: string; key: string; tabs: readonly TableTab[] }> = {
  pages: {
    title: 'Pages',
    key: 'kind',
    tabs: [
      { value: 'top', label: 'Top pages', dim: 'page', column: 'Page', filter: 'page' },
      { value: 'entry', label: 'Entry pages', dim: 'entry', column: 'Entry page', filter: 'page' },
      { value: 'exit', label: 'Exit pages', dim: 'exit', column: 'Exit page', filter: 'page' },
    ],
  },
  sources: {
    title: 'Sources',
    key: 'by',
    tabs: [
      { value: 'source', label: 'Sources', dim: 'source', column: 'Source', filter: 'source' },
      { value: 'channel', label: 'Channels', dim: 'channel', column: 'Channel' },
      { value: 'referrer', label: 'Referrers', dim: 'referrer', column: 'Referrer' },
    ],
  },
  utm: {
    title: 'Campaigns (UTM)',
    key: 'param',
    tabs: [
      { value: 'source', label: 'Source', dim: 'utm_source', column: 'utm_source' },
      { value: 'medium', label: 'Medium', dim: 'utm_medium', column: 'utm_medium' },
      { value: 'campaign', label: 'Campaign', dim: 'utm_campaign', column: 'utm_campaign' },
      { value: 'term', label: 'Term', dim: 'utm_term', column: 'utm_term' },
      { value: 'content', label: 'Content', dim: 'utm_content', column: 'utm_content' },
    ],
  },
  devices: {
    title: 'Devices',
    key: 'by',
    tabs: [
      { value: 'device', label: 'Device', dim: 'device', column: 'Device', filter: 'device' },
      { value: 'browser', label: 'Browser', dim: 'browser', column: 'Browser' },
      { value: 'os', label: 'OS', dim: 'os', column: 'Operating system' },
      { value: 'screen', label: 'Screen', dim: 'screen', column: 'Screen size' },
    ],
  },
};

const PREVIEW_ROWS = 8;

/** What each table says when a period has no rows for it. */
const EMPTY: Record<TableName, string> = {
  pages: 'No page views in this period.',
  sources: 'No visits in this period.',
  utm: 'No visits with UTM tags in this period. Add ?utm_source=… to the links you share to see campaigns here.',
  devices: 'No visits in this period.',
};

interface BreakdownCardProps {
  scope: Scope;
  name: TableName;
  query: ReportQuery;
  /** Sets a filter from a row; absent: rows are not clickable. */
  onFilter?: ((key: FilterKey, value: string) => void) | undefined;
  /** The CSV link or button; absent on the share page when the link needs a header. */
  exportable?: boolean;
}

export function BreakdownCard({ scope, name, query, onFilter, exportable = true }: BreakdownCardProps) {
  const table = TABLES[name];
  const [tab, setTab] = useState(table.tabs[0]?.value ?? '');
  const [expanded, setExpanded] = useState(false);
  const current = table.tabs.find((t) => t.value === tab) ?? (table.tabs[0] as TableTab);
  const full = { ...query, [table.key]: current.value, limit: 100 } as QueryFor<typeof name>;
  const report = useQuery(reportQuery(scope, name, full));
  const id = useId();
  const panelId = `${id}-panel`;
  const titleId = `${id}-title`;
  // Visits without a UTM tag are most visits: the campaign tables list only the tagged ones.
  const rows = (report.data?.rows ?? []).filter((r) => name !== 'utm' || r.value !== '');
  const shown = expanded ? rows : rows.slice(0, PREVIEW_ROWS);
  const max = Math.max(1, ...rows.map((r) => r.visitors));
  const filterKey = current.filter;
  const canFilter = Boolean(onFilter && filterKey && query[filterKey] === undefined);

  return (
    <Card className="flex min-w-0 flex-col overflow-hidden">
      <section aria-labelledby={titleId} className="flex flex-1 flex-col">
        <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 border-b border-line px-4 pt-3 pb-2 sm:px-5">
          <h2 id={titleId} className="font-semibold text-ink">
            {table.title}
          </h2>
          {exportable && (
            <CsvLink
              scope={scope}
              href={csvHref(scope, name, query, { [table.key]: current.value })}
              label={`Export ${current.label.toLowerCase()} as CSV`}
            />
          )}
          <div className="w-full">
            <Tabs
              label={`${table.title}: show`}
              items={table.tabs}
              value={current.value}
              onChange={(v) => {
                setTab(v);
                setExpanded(false);
              }}
              panelId={panelId}
              idPrefix={id}
            />
          </div>
        </div>
        <div
          id={panelId}
          role="tabpanel"
          aria-labelledby={`${id}-${current.value}`}
          className={cn(
            'flex-1 px-2 py-2 sm:px-3',
            report.isPlaceholderData && 'opacity-60 transition-opacity',
          )}
        >
          {report.isPending ? (
            <RowsSkeleton />
          ) : report.isError ? (
            <div className="p-2">
              <Alert
                tone="error"
                title={`${table.title} could not be loaded`}
                actions={
                  <Button size="sm" variant="secondary" onClick={() => report.refetch()}>
                    Try again
                  </Button>
                }
              >
                {messageOf(report.error)}
              </Alert>
            </div>
          ) : rows.length === 0 ? (
            <p className="px-3 py-8 text-center text-sm text-ink-muted">{EMPTY[name]}</p>
          ) : (
            <BreakdownRows
              report={report.data}
              rows={shown}
              max={max}
              tab={current}
              onRow={canFilter && filterKey && onFilter ? (v) => onFilter(filterKey, v) : undefined}
            />
          )}
        </div>
        {rows.length > PREVIEW_ROWS && (
          <div className="border-t border-line px-4 py-2 sm:px-5">
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={panelId}
              onClick={() => setExpanded((e) => !e)}
              className="rounded text-[13px] font-medium text-brand hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
            >
              {expanded ? 'Show fewer' : `Show all ${formatExact(report.data?.total ?? rows.length)}`}
            </button>
          </div>
        )}
      </section>
    </Card>
  );
}

function BreakdownRows({
  report,
  rows,
  max,
  tab,
  onRow,
}: {
  report: Breakdown | undefined;
  rows: Breakdown['rows'];
  max: number;
  tab: TableTab;
  onRow: ((value: string) => void) | undefined;
}) {
  return (
    <table className="w-full table-fixed border-separate border-spacing-y-1 text-sm">
      <caption className="sr-only">
        {tab.label}
        {report ? `, ${formatExact(report.total)} in all` : ''}
        {onRow ? '. Choose a row to filter the report by it.' : ''}
      </caption>
      <thead>
        <tr className="text-left text-xs font-medium text-ink-faint">
          <th scope="col" className="px-2 pb-1 font-medium">
            {tab.column}
          </th>
          <th scope="col" className="w-20 px-2 pb-1 text-right font-medium">
            Visitors
          </th>
          <th scope="col" className="w-14 px-2 pb-1 text-right font-medium">
            %
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const label = rowLabel(row.value, tab.dim);
          const width = `${Math.max(2, (row.visitors / max) * 100)}%`;
          const content: ReactNode = (
            <>
              <span
                aria-hidden="true"
                className="absolute inset-y-0 left-0 rounded-md bg-brand-soft transition-[width] dark:bg-brand/15"
                style={{ width }}
              />
              <span
                className={cn(
                  'relative block truncate',
                  tab.dim.includes('page') || tab.dim === 'entry' || tab.dim === 'exit'
                    ? 'font-mono text-[13px]'
                    : '',
                )}
              >
                {label}
              </span>
            </>
          );
          return (
            <tr key={row.value} className="group">
              <td className="relative p-0">
                {onRow ? (
                  <button
                    type="button"
                    onClick={() => onRow(row.value)}
                    title={`Filter by ${label}`}
                    className="relative flex w-full items-center gap-1.5 rounded-md px-2 py-1.5 text-left text-ink hover:bg-subtle/60 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand"
                  >
                    {content}
                    <Filter
                      className="relative ml-auto size-3.5 shrink-0 text-ink-faint opacity-0 group-hover:opacity-100 group-focus-within:opacity-100"
                      aria-hidden="true"
                    />
                    <span className="sr-only">, filter by this</span>
                  </button>
                ) : (
                  <div className="relative px-2 py-1.5 text-ink">{content}</div>
                )}
              </td>
              <td
                className="px-2 py-1.5 text-right font-medium text-ink tabular-nums"
                title={formatExact(row.visitors)}
              >
                {formatCount(row.visitors)}
              </td>
              <td className="px-2 py-1.5 text-right text-ink-muted tabular-nums">
                {formatPercent(row.share)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RowsSkeleton() {
  return (
    <div aria-busy="true" className="space-y-2 p-2">
      <span className="sr-only" role="status">
        Loading…
      </span>
      {[88, 70, 56, 42, 30].map((w) => (
        <div key={w} className="flex items-center gap-3">
          <div className="flex-1">
            <div style={{ width: `${w}%` }}>
              <Skeleton className="h-7 rounded-md" />
            </div>
          </div>
          <Skeleton className="h-4 w-10" />
          <Skeleton className="h-4 w-8" />
        </div>
      ))}
    </div>
  );
}
