/**
 * The App overview's analytics card: this week's visitors and the top insights in plain words, with
 * the way to the Analytics screen. Small on purpose (no chart library): the overview loads it eagerly.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ArrowRight, BarChart3 } from 'lucide-react';
import { Card } from '../../components/ui/card';
import { Skeleton } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';
import { type QueryFor, reportQuery, type Scope } from './api';
import { deltaOf, formatCount } from './format';
import { InsightList } from './insights';

const WEEK = { period: '7d' } as const;

export function AnalyticsInsightsCard({ appId }: { appId: string }) {
  const scope: Scope = { kind: 'app', appId };
  const overview = useQuery(reportQuery(scope, 'overview', WEEK as QueryFor<'overview'>));
  const insights = useQuery(reportQuery(scope, 'insights', WEEK as QueryFor<'insights'>));
  const visitors = overview.data?.visitors;
  const delta = deltaOf(visitors?.change, 'visitors');
  const list = insights.data?.insights ?? [];
  return (
    <Card className="overflow-hidden">
      <section aria-labelledby="overview-analytics">
        <div className="flex min-h-14 items-center justify-between gap-3 border-b border-line px-5 py-3">
          <h2 id="overview-analytics" className="flex items-center gap-2 font-semibold">
            <BarChart3 className="size-4 text-ink-faint" aria-hidden="true" /> Analytics
          </h2>
          <Link
            to="/apps/$appId/analytics"
            params={{ appId }}
            className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-brand underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
          >
            Open analytics <ArrowRight className="size-4" aria-hidden="true" />
          </Link>
        </div>
        <div className="flex flex-col gap-5 p-5 sm:flex-row sm:items-start">
          <div className="shrink-0 sm:w-40">
            <p className="text-[13px] font-medium text-ink-muted">Visitors, 7 days</p>
            {visitors ? (
              <>
                <p className="mt-1 text-[28px] leading-9 font-semibold tracking-tight text-ink tabular-nums">
                  {formatCount(visitors.value)}
                </p>
                <p className="text-[13px] text-ink-faint">
                  <span
                    className={cn(
                      'font-medium',
                      delta.tone === 'good' && 'text-success',
                      delta.tone === 'bad' && 'text-danger',
                    )}
                  >
                    <span aria-hidden="true">{delta.label}</span>
                    <span className="sr-only">{delta.spoken}</span>
                  </span>{' '}
                  <span aria-hidden="true">vs previous 7 days</span>
                </p>
              </>
            ) : overview.isError ? (
              <p className="mt-1 text-sm text-ink-faint">Unavailable</p>
            ) : (
              <Skeleton className="mt-2 h-8 w-20" />
            )}
          </div>
          <div className="min-w-0 flex-1">
            {insights.isPending ? (
              <div className="space-y-2" aria-busy="true">
                <Skeleton className="h-5 w-4/5" />
                <Skeleton className="h-5 w-3/5" />
              </div>
            ) : list.length > 0 ? (
              <InsightList insights={list} limit={3} />
            ) : (
              <p className="text-sm text-ink-muted">
                {visitors?.value
                  ? 'Nothing stands out this week yet. Insights appear here as patterns emerge.'
                  : 'No visitors this week yet. Your published pages count visits on their own — share your site’s link to get the first ones.'}
              </p>
            )}
          </div>
        </div>
      </section>
    </Card>
  );
}
