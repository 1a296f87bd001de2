/**
 * Plain-language insights the API computed from the data ("Visitors fell 18% this week…"), with an
 * icon for what each is about. Shown on the Analytics screen and, compactly, on the App's overview.
 */
import { useQuery } from '@tanstack/react-query';
import {
  ArrowRight,
  Globe,
  type LucideIcon,
  MousePointerClick,
  Sparkles,
  TrendingUp,
  Undo2,
} from 'lucide-react';
import type { ReactNode } from 'react';
import { type Insights, type QueryFor, reportQuery, type Scope } from './api';

type Kind = Insights['insights'][number]['kind'];

const ICONS: Record<Kind, LucideIcon> = {
  visitors_change: TrendingUp,
  top_source: Globe,
  source_converts: MousePointerClick,
  page_converts: MousePointerClick,
  bounce_change: Undo2,
};

export function InsightList({ insights, limit }: { insights: Insights['insights']; limit?: number }) {
  const list = [...insights].sort((a, b) => b.weight - a.weight).slice(0, limit ?? insights.length);
  return (
    <ul className="space-y-2.5">
      {list.map((insight) => {
        const Icon = ICONS[insight.kind] ?? ArrowRight;
        return (
          <li key={`${insight.kind}:${insight.text}`} className="flex items-start gap-2.5 text-sm text-ink">
            <span className="mt-0.5 grid size-6 shrink-0 place-items-center rounded-md bg-brand-soft text-brand">
              <Icon className="size-3.5" aria-hidden="true" />
            </span>
            <span className="min-w-0">{insight.text}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** The Analytics screen's insights strip; nothing at all when there is nothing worth saying. */
export function InsightsPanel({
  scope,
  query,
  action,
}: {
  scope: Scope;
  query: QueryFor<'insights'>;
  action?: ReactNode;
}) {
  const insights = useQuery(reportQuery(scope, 'insights', query));
  const list = insights.data?.insights ?? [];
  if (list.length === 0) return null;
  return (
    <section
      aria-labelledby="analytics-insights"
      className="rounded-xl border border-line bg-surface p-4 shadow-card sm:p-5"
    >
      <div className="mb-3 flex items-center justify-between gap-3">
        <h2 id="analytics-insights" className="flex items-center gap-2 font-semibold text-ink">
          <Sparkles className="size-4 text-brand" aria-hidden="true" /> Insights
        </h2>
        {action}
      </div>
      <InsightList insights={list} />
    </section>
  );
}
