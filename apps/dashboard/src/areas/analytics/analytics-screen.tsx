/**
 * The App's Analytics screen (`/apps/$appId/analytics`, loaded with its own chunk: Recharts stays out
 * of the sign-in bundle). The view lives in the URL; admins also get goals, funnels and settings.
 */
import { useQuery } from '@tanstack/react-query';
import { ArrowUpRight, BarChart3, Cookie, FileCheck2, Settings2, Zap } from 'lucide-react';
import { useState } from 'react';
import { appQuery, pagesQuery } from '../../api/queries';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { can } from '../admin/shared/permissions';
import { AnalyticsReport } from './report';
import type { AnalyticsSearch } from './search';
import { SettingsDialog } from './settings-dialog';

interface Props {
  appId: string;
  search: AnalyticsSearch;
  onSearch: (next: AnalyticsSearch) => void;
}

export function AnalyticsScreen({ appId, search, onSearch }: Props) {
  const app = useQuery(appQuery(appId));
  const [settings, setSettings] = useState(false);
  const manage = can(app.data?.role, 'site.manage');
  return (
    <>
      <AnalyticsReport
        scope={{ kind: 'app', appId }}
        search={search}
        onSearch={onSearch}
        manage={manage}
        title={<h1 className="text-2xl font-semibold tracking-tight text-ink">Analytics</h1>}
        actions={
          manage && (
            <Button variant="secondary" size="sm" className="h-[34px]" onClick={() => setSettings(true)}>
              <Settings2 className="size-4" aria-hidden="true" /> Settings & sharing
            </Button>
          )
        }
        noData={<NoDataYet appId={appId} slug={app.data?.slug} />}
      />
      {manage && <SettingsDialog appId={appId} open={settings} onClose={() => setSettings(false)} />}
    </>
  );
}

/** The first-visit teacher: what is counted, that it already runs, and the way to a first visit. */
function NoDataYet({ appId, slug }: { appId: string; slug: string | undefined }) {
  const pages = useQuery(pagesQuery(appId));
  const published = pages.data?.some((p) => p.status !== 'draft') ?? true;
  const site = slug ? `/s/${slug}/` : undefined;
  return (
    <Card className="overflow-hidden">
      <div className="grid gap-8 p-6 sm:p-8 lg:grid-cols-[1.1fr_1fr]">
        <div>
          <span className="grid size-11 place-items-center rounded-xl bg-brand-soft text-brand">
            <BarChart3 className="size-5" aria-hidden="true" />
          </span>
          <h2 className="mt-4 text-lg font-semibold tracking-tight text-ink">
            No visitors in this period yet
          </h2>
          <p className="mt-2 max-w-prose text-sm text-ink-muted">
            {published
              ? 'Your site is already being measured: every published page carries Q-Space’s tracking script. Open your site, and your visit appears here within seconds — counted, never identified.'
              : 'Publish your site and it is measured from its first visitor: every published page carries Q-Space’s tracking script. Nothing to install.'}
          </p>
          {site && published && (
            <Button asChild className="mt-5">
              <a href={site} target="_blank" rel="noreferrer">
                Open your site <ArrowUpRight className="size-4" aria-hidden="true" />
                <span className="sr-only">(opens in a new tab)</span>
              </a>
            </Button>
          )}
        </div>
        <ul className="space-y-4 text-sm">
          <Point icon={Zap} title="Already on">
            Page views, where visitors come from, their devices, clicks on links to other sites and contact
            form messages — without a line of code.
          </Point>
          <Point icon={Cookie} title="No cookies, no banner">
            Visitors are counted with a daily-changing anonymous id. No cookies, no IP addresses kept, so
            there is no consent pop-up to show.
          </Point>
          <Point icon={FileCheck2} title="Goals when you want them">
            Add a goal below — a message sent, a page reached — and see which sources bring the visitors who
            convert.
          </Point>
        </ul>
      </div>
    </Card>
  );
}

function Point({
  icon: Icon,
  title,
  children,
}: {
  icon: typeof Zap;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <li className="flex gap-3">
      <span className="grid size-8 shrink-0 place-items-center rounded-lg bg-subtle text-ink-muted">
        <Icon className="size-4" aria-hidden="true" />
      </span>
      <span>
        <span className="block font-medium text-ink">{title}</span>
        <span className="text-ink-muted">{children}</span>
      </span>
    </li>
  );
}
