import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ArrowUpRight, FileText } from 'lucide-react';
import { messageOf } from '../api/errors';
import { appQuery, pagesQuery } from '../api/queries';
import { AppAvatar, ROLE_LABEL } from '../components/app/app-avatar';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { EmptyState } from '../components/ui/empty-state';
import { Skeleton } from '../components/ui/spinner';

const STATUS = {
  published: { tone: 'success', label: 'Published' },
  changed: { tone: 'warning', label: 'Unpublished changes' },
  draft: { tone: 'neutral', label: 'Draft' },
} as const;

/** One App at a glance: its address, my role, its pages. (The editor lands here next.) */
export function AppOverview() {
  const { appId } = useParams({ from: '/_app/apps/$appId' });
  const app = useQuery(appQuery(appId));
  const pages = useQuery(pagesQuery(appId));

  if (app.isPending)
    return (
      <div aria-busy="true" className="space-y-4">
        <Skeleton className="h-12 w-72" />
        <Skeleton className="h-64 rounded-xl" />
      </div>
    );
  if (app.isError)
    return (
      <Alert
        tone="error"
        title="This App could not be opened"
        actions={
          <Button asChild size="sm" variant="secondary">
            <Link to="/">Back to your Apps</Link>
          </Button>
        }
      >
        {messageOf(app.error)}
      </Alert>
    );

  const site = `/s/${app.data.slug}/`;
  return (
    <>
      <div className="mb-8 flex flex-col gap-5 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex items-center gap-4">
          <AppAvatar name={app.data.name} slug={app.data.slug} className="size-14 text-lg" />
          <div className="min-w-0">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{app.data.name}</h1>
            <p className="mt-0.5 flex items-center gap-2 text-sm text-ink-muted">
              <span className="font-mono">{site}</span>
              <Badge tone={app.data.role === 'owner' ? 'brand' : 'neutral'}>
                {ROLE_LABEL[app.data.role]}
              </Badge>
            </p>
          </div>
        </div>
        <Button asChild variant="secondary">
          <a href={site} target="_blank" rel="noreferrer">
            View site <ArrowUpRight className="size-4" aria-hidden="true" />
          </a>
        </Button>
      </div>
      <Card>
        <div className="flex items-center justify-between border-b border-line px-5 py-4">
          <h2 className="font-semibold">Pages</h2>
          {pages.data && <span className="text-sm text-ink-faint">{pages.data.length}</span>}
        </div>
        {pages.isPending && (
          <div className="space-y-3 p-5" aria-busy="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-6" />
            ))}
          </div>
        )}
        {pages.isError && (
          <div className="p-5">
            <Alert tone="error">{messageOf(pages.error)}</Alert>
          </div>
        )}
        {pages.data?.length === 0 && (
          <div className="p-5">
            <EmptyState icon={FileText} title="No pages yet" className="border-0">
              Pages you add appear here, ready to edit and publish.
            </EmptyState>
          </div>
        )}
        {pages.data && pages.data.length > 0 && (
          <ul className="divide-y divide-line">
            {pages.data.map((page) => (
              <li key={page.id} className="flex items-center gap-3 px-5 py-3.5">
                <FileText className="size-4 shrink-0 text-ink-faint" aria-hidden="true" />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-medium">
                    {page.title}
                    {page.isHome && (
                      <span className="ml-2 text-xs font-normal text-ink-faint">Home page</span>
                    )}
                  </p>
                  <p className="truncate font-mono text-xs text-ink-faint">/{page.isHome ? '' : page.slug}</p>
                </div>
                <Badge tone={STATUS[page.status].tone}>{STATUS[page.status].label}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
