import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { ArrowUpRight, Globe, Plus, Sparkles } from 'lucide-react';
import type { App } from '../api/client';
import { messageOf } from '../api/errors';
import { appsQuery, pagesQuery } from '../api/queries';
import { type SiteStatus, siteStatusOf } from '../areas/account/app-status';
import { SiteFrame } from '../areas/account/site-frame';
import { fullDate, timeAgo } from '../areas/account/time';
import { AppSparkline } from '../areas/analytics/sparkline';
import { AppAvatar, ROLE_LABEL } from '../components/app/app-avatar';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';
import { Skeleton } from '../components/ui/spinner';
import { cn } from '../lib/cn';
import { PageHeader } from './app-shell';

/** Home: every App I belong to, as cards; or the way to the first one. */
export function AppHome() {
  const { created } = useSearch({ from: '/_app/' });
  const apps = useQuery(appsQuery);
  const newApp = (
    <Button asChild>
      <Link to="/apps/new">
        <Plus className="size-4" aria-hidden="true" /> New App
      </Link>
    </Button>
  );

  if (apps.isPending) {
    return (
      <div aria-busy="true">
        <PageHeader title="Your Apps" />
        <span className="sr-only" role="status">
          Loading your Apps…
        </span>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-72 rounded-xl" />
          ))}
        </div>
      </div>
    );
  }
  if (apps.isError) {
    return (
      <>
        <PageHeader title="Your Apps" />
        <Alert
          tone="error"
          title="Your Apps could not be loaded"
          actions={
            <Button size="sm" variant="secondary" loading={apps.isFetching} onClick={() => apps.refetch()}>
              Try again
            </Button>
          }
        >
          {messageOf(apps.error)}
        </Alert>
      </>
    );
  }
  if (apps.data.length === 0) {
    return (
      <>
        <PageHeader
          title="Welcome to Q-Space"
          description="An App is your business online: a website, an inbox, payments and analytics."
        />
        <EmptyState
          icon={Sparkles}
          title="Create your first App"
          action={
            <Button asChild size="lg">
              <Link to="/apps/new">
                <Plus className="size-4" aria-hidden="true" /> Create your first App
              </Link>
            </Button>
          }
        >
          Pick a starter made for businesses like yours — it comes with pages, sections and sample content, so
          your site is presentable in one click.
        </EmptyState>
      </>
    );
  }
  const fresh = apps.data.find((a) => a.id === created);
  return (
    <>
      <PageHeader
        title="Your Apps"
        description={`${apps.data.length} ${apps.data.length === 1 ? 'App' : 'Apps'} you can open and manage.`}
        action={newApp}
      />
      {fresh && (
        <Alert tone="success" title={`${fresh.name} is ready`} className="mb-6">
          Its website was created from your starter. Open it to see the pages, or visit the site.
        </Alert>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {apps.data.map((app) => (
          <li key={app.id}>
            <AppCard app={app} highlighted={app.id === created} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** One App: a live thumbnail of its site, its state, my role in it and when it was last edited. */
function AppCard({ app, highlighted }: { app: App; highlighted: boolean }) {
  const pages = useQuery(pagesQuery(app.id));
  const status = pages.data ? siteStatusOf(pages.data) : null;
  return (
    <article
      aria-label={app.name}
      className={cn(
        'group relative flex h-full flex-col overflow-hidden rounded-xl border bg-surface shadow-card transition-[border-color,box-shadow] hover:border-line-strong hover:shadow-pop',
        highlighted ? 'border-brand ring-4 ring-brand/10' : 'border-line',
      )}
    >
      <Thumbnail app={app} state={status?.state ?? null} failed={pages.isError} />
      <div className="flex flex-1 flex-col p-5">
        <div className="flex items-start gap-3.5">
          <AppAvatar name={app.name} slug={app.slug} className="size-10 text-[14px]" />
          <div className="min-w-0 flex-1">
            <h2 className="truncate text-[15px] font-semibold text-ink">
              <Link
                to="/apps/$appId"
                params={{ appId: app.id }}
                className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-brand"
              >
                {app.name}
              </Link>
            </h2>
            <p className="truncate font-mono text-[13px] text-ink-faint">{app.slug}</p>
          </div>
          <Badge tone={app.role === 'owner' ? 'brand' : 'neutral'}>{ROLE_LABEL[app.role]}</Badge>
        </div>
        <AppSparkline appId={app.id} />
        <div className="min-h-4 flex-1" aria-hidden="true" />
        <div className="flex items-center justify-between gap-3 border-t border-line pt-4 text-[13px]">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            {status ? (
              <StateBadge state={status.state} />
            ) : (
              pages.isPending && <Skeleton className="h-5 w-20" />
            )}
            <span className="truncate text-ink-faint">
              {status?.lastEdit ? (
                <span title={fullDate(status.lastEdit)}>Edited {timeAgo(status.lastEdit)}</span>
              ) : (
                `Created ${new Date(app.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}`
              )}
            </span>
          </div>
          <a
            href={`/s/${app.slug}/`}
            target="_blank"
            rel="noreferrer"
            className="relative z-10 inline-flex shrink-0 items-center gap-1 rounded font-medium text-brand hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
          >
            View site <ArrowUpRight className="size-3.5" aria-hidden="true" />
            <span className="sr-only">of {app.name} (opens in a new tab)</span>
          </a>
        </div>
      </div>
    </article>
  );
}

const STATE_BADGE = {
  published: { tone: 'success', label: 'Published' },
  changed: { tone: 'warning', label: 'Unpublished changes' },
  draft: { tone: 'neutral', label: 'Draft' },
} as const;

function StateBadge({ state }: { state: SiteStatus['state'] }) {
  const { tone, label } = STATE_BADGE[state];
  return <Badge tone={tone}>{label}</Badge>;
}

/**
 * The site as visitors see it, scaled down (lazy: off-screen cards load when scrolled near). A draft
 * App has no public site yet, so it gets a plain stand-in rather than a frame full of "not found".
 */
function Thumbnail({ app, state, failed }: { app: App; state: SiteStatus['state'] | null; failed: boolean }) {
  const box = 'aspect-[16/9] border-b border-line';
  if (state === 'published' || state === 'changed')
    return <SiteFrame src={`/s/${app.slug}/`} title={`${app.name} site preview`} className={box} lazy />;
  if (state === null && !failed) return <Skeleton className={cn(box, 'rounded-none')} />;
  return (
    <div className={cn(box, 'grid place-items-center bg-subtle text-center')}>
      <span className="flex flex-col items-center gap-2 text-[13px] text-ink-faint">
        <Globe className="size-5" aria-hidden="true" />
        {failed ? 'Preview unavailable' : 'Not published yet'}
      </span>
    </div>
  );
}
