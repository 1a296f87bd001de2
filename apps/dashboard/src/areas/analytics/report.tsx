/**
 * The report itself, for an App or a share link: period and filters, KPI cards, the chart, the four
 * tables, goals and funnels. The view (period, filters) comes from and goes to the URL through
 * `search` / `onSearch`, so it is the same on the signed-in screen and on the public share page.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { messageOf } from '../../api/errors';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { cn } from '../../lib/cn';
import { csvHref, type QueryFor, reportQuery, type Scope } from './api';
import { BreakdownCard } from './breakdown';
import { VisitorsChart } from './chart';
import { CsvLink } from './csv-link';
import { FilterChips } from './filter-chips';
import { periodLabel } from './format';
import { FunnelsPanel } from './funnels';
import { GoalsPanel } from './goals';
import { InsightsPanel } from './insights';
import { type ChartMetric, KpiCards } from './kpis';
import { PeriodPicker } from './period-picker';
import { RealtimeCounter } from './realtime';
import {
  type AnalyticsSearch,
  type FilterKey,
  filterValue,
  toReportQuery,
  withFilter,
  withPeriod,
} from './search';

interface ReportProps {
  scope: Scope;
  search: AnalyticsSearch;
  onSearch: (next: AnalyticsSearch) => void;
  /** Admins: add and delete goals and funnels. */
  manage: boolean;
  /** Heading and actions above the report. */
  title: ReactNode;
  actions?: ReactNode;
  /** Shown instead of the chart and tables while the App has never had a visitor. */
  noData?: ReactNode;
}

export function AnalyticsReport({ scope, search, onSearch, manage, title, actions, noData }: ReportProps) {
  const query = toReportQuery(search);
  const [metric, setMetric] = useState<ChartMetric>('visitors');
  const overview = useQuery(reportQuery(scope, 'overview', query as QueryFor<'overview'>));
  const series = useQuery(reportQuery(scope, 'timeseries', query as QueryFor<'timeseries'>));
  const filtered = search.page !== undefined || search.source !== undefined || search.device !== undefined;
  const data = overview.data;
  const empty =
    data !== undefined &&
    !filtered &&
    data.pageviews.value === 0 &&
    data.pageviews.previous === 0 &&
    data.visitors.value === 0;
  const setFilter = (key: FilterKey, value: string) =>
    onSearch(withFilter(search, key, filterValue(key, value)));
  const busy = overview.isPlaceholderData || series.isPlaceholderData;

  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          {title}
          <p className="mt-1 text-sm text-ink-muted" aria-live="polite">
            {data ? (
              <>
                {periodLabel(data.period)}
                <span className="text-ink-faint"> · {data.period.timeZone.replace(/_/g, ' ')}</span>
              </>
            ) : (
              '\u00a0'
            )}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <RealtimeCounter scope={scope} />
          {actions}
        </div>
      </div>

      <div className="flex flex-col gap-3">
        <PeriodPicker
          search={search}
          timeZone={data?.period.timeZone}
          onChange={(p, range) => onSearch(withPeriod(search, p, range))}
        />
        <FilterChips
          search={search}
          onRemove={(key) => onSearch(withFilter(search, key, undefined))}
          onClear={() =>
            onSearch(
              withPeriod(
                {},
                search.period ?? '7d',
                search.from && search.to ? { from: search.from, to: search.to } : undefined,
              ),
            )
          }
        />
      </div>

      {overview.isError ? (
        <Alert
          tone="error"
          title="The report could not be loaded"
          actions={
            <Button size="sm" variant="secondary" onClick={() => overview.refetch()}>
              Try again
            </Button>
          }
        >
          {messageOf(overview.error)}
        </Alert>
      ) : (
        <div
          className={cn('space-y-5', busy && 'transition-opacity [&>*]:opacity-80')}
          aria-busy={busy || undefined}
        >
          <KpiCards overview={data} selected={metric} onSelect={setMetric} />

          {empty && noData ? (
            noData
          ) : (
            <>
              <InsightsPanel scope={scope} query={query as QueryFor<'insights'>} />
              <Card className="p-4 sm:p-5">
                <div className="mb-3 flex items-center justify-between gap-3">
                  <h2 className="font-semibold text-ink">
                    {metric === 'visitors' ? 'Visitors and page views' : 'Over time'}
                  </h2>
                  <CsvLink
                    scope={scope}
                    href={csvHref(scope, 'timeseries', query)}
                    label="Export the chart’s numbers as CSV"
                  />
                </div>
                {series.isError ? (
                  <Alert tone="error">{messageOf(series.error)}</Alert>
                ) : (
                  <VisitorsChart series={series.data} metric={metric} />
                )}
              </Card>
              <div className="grid gap-5 lg:grid-cols-2">
                <BreakdownCard scope={scope} name="pages" query={query} onFilter={setFilter} />
                <BreakdownCard scope={scope} name="sources" query={query} onFilter={setFilter} />
                <BreakdownCard scope={scope} name="utm" query={query} onFilter={setFilter} />
                <BreakdownCard scope={scope} name="devices" query={query} onFilter={setFilter} />
              </div>
            </>
          )}
          <GoalsPanel scope={scope} query={query} manage={manage} />
          <FunnelsPanel scope={scope} query={query} manage={manage} />
        </div>
      )}
    </div>
  );
}
