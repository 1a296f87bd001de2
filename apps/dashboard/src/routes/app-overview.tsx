import { type UseQueryResult, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import {
  ArrowRight,
  ArrowUpRight,
  FileText,
  Image,
  Inbox,
  type LucideIcon,
  Newspaper,
  Palette,
  PencilLine,
} from 'lucide-react';
import type { ReactNode } from 'react';
import type { PageSummary } from '../api/client';
import { messageOf } from '../api/errors';
import { appQuery, pagesQuery } from '../api/queries';
import { SiteFrame } from '../areas/account/site-frame';
import { senderOf, snippetOf } from '../areas/admin/inbox/snippet';
import { formatRelative, plural } from '../areas/admin/shared/format';
import { can } from '../areas/admin/shared/permissions';
import { submissionsQuery } from '../areas/admin/shared/queries';
import { AnalyticsInsightsCard } from '../areas/analytics/insights-card';
import { mediaListQuery, postsQuery } from '../areas/content/api';
import { permissionsOf } from '../areas/content/shared/permissions';
import { AppAvatar, ROLE_LABEL } from '../components/app/app-avatar';
import { Alert } from '../components/ui/alert';
import { Badge } from '../components/ui/badge';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { EmptyState } from '../components/ui/empty-state';
import { Skeleton } from '../components/ui/spinner';
import { cn } from '../lib/cn';

const STATUS = {
  published: { tone: 'success', label: 'Published' },
  changed: { tone: 'warning', label: 'Unpublished changes' },
  draft: { tone: 'neutral', label: 'Draft' },
} as const;

const rowLink =
  'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand hover:bg-subtle/60';

/**
 * One App at a glance: its live site, what there is (pages, posts, messages, media) with the way to
 * each, the newest messages, and every page one click from the editor. What a role cannot use (the
 * inbox for viewers, editing) is left out rather than shown broken.
 */
export function AppOverview() {
  const { appId } = useParams({ from: '/_app/apps/$appId' });
  const app = useQuery(appQuery(appId));
  const pages = useQuery(pagesQuery(appId));

  if (app.isPending)
    return (
      <div aria-busy="true" className="space-y-6">
        <span className="sr-only" role="status">
          Loading the App…
        </span>
        <Skeleton className="h-14 w-80" />
        <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-24 rounded-xl" />
          ))}
        </div>
        <Skeleton className="h-72 rounded-xl" />
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

  const { role } = app.data;
  const edit = permissionsOf(role).edit;
  const inbox = can(role, 'inbox.read');
  const site = `/s/${app.data.slug}/`;
  const home = pages.data?.find((p) => p.isHome) ?? pages.data?.[0];
  return (
    <>
      <div className="mb-8 flex flex-col gap-5 sm:flex-row sm:items-center sm:justify-between">
        <div className="flex min-w-0 items-center gap-4">
          <AppAvatar name={app.data.name} slug={app.data.slug} className="size-14 text-lg" />
          <div className="min-w-0">
            <h1 className="truncate text-2xl font-semibold tracking-tight">{app.data.name}</h1>
            <p className="mt-0.5 flex min-w-0 items-center gap-2 text-sm text-ink-muted">
              <span className="truncate font-mono">{site}</span>
              <Badge tone={role === 'owner' ? 'brand' : 'neutral'}>{ROLE_LABEL[role]}</Badge>
            </p>
          </div>
        </div>
        <div className="flex gap-2">
          <Button asChild variant="secondary" className="flex-1 sm:flex-none">
            <a href={site} target="_blank" rel="noreferrer">
              View site <ArrowUpRight className="size-4" aria-hidden="true" />
              <span className="sr-only">(opens in a new tab)</span>
            </a>
          </Button>
          {edit && home && (
            <Button asChild className="flex-1 sm:flex-none">
              <Link to="/apps/$appId/pages/$pageId" params={{ appId, pageId: home.id }}>
                <PencilLine className="size-4" aria-hidden="true" /> Edit site
              </Link>
            </Button>
          )}
        </div>
      </div>

      <Stats appId={appId} inbox={inbox} pages={pages.data} />

      <div className="mt-6">
        <AnalyticsInsightsCard appId={appId} />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <Card className="flex flex-col overflow-hidden lg:col-span-3">
          <CardHead title="Your site">
            {permissionsOf(role).manageSite && (
              <Link to="/apps/$appId/theme" params={{ appId }} className={cn(linkClass, 'text-sm')}>
                <Palette className="size-4" aria-hidden="true" /> Theme
              </Link>
            )}
          </CardHead>
          {home && home.status !== 'draft' ? (
            <SiteFrame src={site} title={`${app.data.name} home page`} className={frameBox} />
          ) : (
            <div className="grid aspect-[16/10] place-items-center bg-subtle px-6 text-center text-sm text-ink-muted">
              {pages.isPending ? 'Loading…' : 'Publish the home page and it shows here, as visitors see it.'}
            </div>
          )}
        </Card>
        <div className="lg:col-span-2">
          {inbox ? <LatestMessages appId={appId} /> : <PagesCard appId={appId} pages={pages} edit={edit} />}
        </div>
      </div>

      {inbox && (
        <div className="mt-6">
          <PagesCard appId={appId} pages={pages} edit={edit} />
        </div>
      )}
    </>
  );
}

/** The site preview: 16:10 on its own; beside the messages, as tall as they are. */
const frameBox = 'aspect-[16/10] lg:aspect-auto lg:min-h-80 lg:flex-1';

const linkClass =
  'inline-flex items-center gap-1.5 rounded font-medium text-brand hover:underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand';

function CardHead({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex min-h-14 items-center justify-between gap-3 border-b border-line px-5 py-3">
      <h2 className="font-semibold">{title}</h2>
      {children}
    </div>
  );
}

/** Four tiles: what the App holds, each a way into its screen. */
function Stats({ appId, inbox, pages }: { appId: string; inbox: boolean; pages: PageSummary[] | undefined }) {
  const posts = useQuery(postsQuery(appId, {}));
  const media = useInfiniteQuery(mediaListQuery(appId, ''));
  const messages = useQuery({
    ...submissionsQuery(appId, { filter: 'all', search: '', page: 1 }),
    enabled: inbox,
  });

  const drafts = posts.data?.posts.filter((p) => p.status === 'draft').length ?? 0;
  const changed = pages?.filter((p) => p.status !== 'published').length ?? 0;
  const firstMedia = media.data?.pages[0];
  const mediaCount = firstMedia ? `${firstMedia.items.length}${firstMedia.next ? '+' : ''}` : undefined;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      <Stat
        to="/apps/$appId/pages"
        appId={appId}
        icon={FileText}
        label="Pages"
        value={pages?.length}
        note={pages ? (changed ? `${changed} not published` : 'All published') : undefined}
      />
      <Stat
        to="/apps/$appId/blog"
        appId={appId}
        icon={Newspaper}
        label="Blog posts"
        value={posts.data?.total}
        note={posts.data ? (drafts ? plural(drafts, 'draft') : 'No drafts') : undefined}
      />
      {inbox && (
        <Stat
          to="/apps/$appId/inbox"
          appId={appId}
          icon={Inbox}
          label="Messages"
          value={messages.data?.total}
          note={
            messages.data ? (messages.data.unread ? `${messages.data.unread} unread` : 'All read') : undefined
          }
          highlight={Boolean(messages.data?.unread)}
        />
      )}
      <Stat
        to="/apps/$appId/media"
        appId={appId}
        icon={Image}
        label="Media"
        value={mediaCount}
        note={
          firstMedia ? (firstMedia.items.length ? 'Images and files' : 'Nothing uploaded yet') : undefined
        }
      />
    </ul>
  );
}

interface StatProps {
  to: '/apps/$appId/pages' | '/apps/$appId/blog' | '/apps/$appId/inbox' | '/apps/$appId/media';
  appId: string;
  icon: LucideIcon;
  label: string;
  value: number | string | undefined;
  note: string | undefined;
  highlight?: boolean;
}

function Stat({ to, appId, icon: Icon, label, value, note, highlight }: StatProps) {
  return (
    <li>
      <Link
        to={to}
        params={{ appId }}
        className="group flex h-full flex-col rounded-xl border border-line bg-surface p-4 shadow-card transition-[border-color,box-shadow] hover:border-line-strong hover:shadow-pop focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand sm:p-5"
      >
        <span className="flex items-center justify-between gap-2 text-[13px] font-medium text-ink-muted">
          {label}
          <Icon className="size-4 text-ink-faint group-hover:text-brand" aria-hidden="true" />
        </span>
        {value === undefined ? (
          <Skeleton className="mt-2 h-8 w-12" />
        ) : (
          <span className="mt-1.5 text-[28px] leading-9 font-semibold tracking-tight text-ink tabular-nums">
            {value}
          </span>
        )}
        <span className={cn('mt-0.5 text-[13px]', highlight ? 'font-medium text-brand' : 'text-ink-faint')}>
          {note ?? '\u00a0'}
        </span>
      </Link>
    </li>
  );
}

/** The four newest messages, unread first to the eye; the way to the inbox. */
function LatestMessages({ appId }: { appId: string }) {
  const messages = useQuery(submissionsQuery(appId, { filter: 'all', search: '', page: 1 }));
  const latest = messages.data?.submissions.slice(0, 4) ?? [];
  return (
    <Card className="flex h-full flex-col">
      <CardHead title="Latest messages">
        <Link to="/apps/$appId/inbox" params={{ appId }} className={cn(linkClass, 'text-sm')}>
          Inbox <ArrowRight className="size-4" aria-hidden="true" />
        </Link>
      </CardHead>
      {messages.isPending && (
        <div className="space-y-4 p-5" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-10" />
          ))}
        </div>
      )}
      {messages.isError && (
        <div className="p-5">
          <Alert tone="error">{messageOf(messages.error)}</Alert>
        </div>
      )}
      {messages.data && latest.length === 0 && (
        <EmptyState icon={Inbox} title="No messages yet" className="m-5 flex-1 border-0 py-8">
          When visitors send your site’s contact form, their messages arrive here and by email.
        </EmptyState>
      )}
      {latest.length > 0 && (
        <ul className="flex-1 divide-y divide-line">
          {latest.map((s) => (
            <li key={s.id}>
              <Link
                to="/apps/$appId/inbox/$submissionId"
                params={{ appId, submissionId: s.id }}
                className={cn('flex gap-3 px-5 py-3.5', rowLink)}
              >
                <span
                  className={cn(
                    'mt-1.5 size-2 shrink-0 rounded-full',
                    s.read ? 'bg-transparent' : 'bg-brand',
                  )}
                  aria-hidden="true"
                />
                <span className="min-w-0 flex-1">
                  <span className="flex items-baseline justify-between gap-3">
                    <span
                      className={cn('truncate text-sm', s.read ? 'text-ink-muted' : 'font-semibold text-ink')}
                    >
                      {senderOf(s)}
                      {!s.read && <span className="sr-only"> (unread)</span>}
                    </span>
                    <span className="shrink-0 text-xs text-ink-faint">{formatRelative(s.createdAt)}</span>
                  </span>
                  <span className="mt-0.5 line-clamp-2 text-[13px] text-ink-muted">{snippetOf(s)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Every page, each a click away from the editor (or from the live page, for viewers). */
function PagesCard({
  appId,
  pages,
  edit,
}: {
  appId: string;
  pages: UseQueryResult<PageSummary[]>;
  edit: boolean;
}) {
  return (
    <Card className="h-full">
      <CardHead title="Pages">
        <Link to="/apps/$appId/pages" params={{ appId }} className={cn(linkClass, 'text-sm')}>
          All pages <ArrowRight className="size-4" aria-hidden="true" />
        </Link>
      </CardHead>
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
        <EmptyState icon={FileText} title="No pages yet" className="m-5 border-0 py-8">
          Add a page from the Pages screen; it appears here, ready to edit and publish.
        </EmptyState>
      )}
      {pages.data && pages.data.length > 0 && (
        <ul className="divide-y divide-line">
          {pages.data.map((page) => {
            const body = (
              <>
                <FileText className="size-4 shrink-0 text-ink-faint" aria-hidden="true" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-sm font-medium">
                    {edit && <span className="sr-only">Edit </span>}
                    {page.title}
                    {page.isHome && (
                      <span className="ml-2 text-xs font-normal text-ink-faint">Home page</span>
                    )}
                  </span>
                  <span className="block truncate font-mono text-xs text-ink-faint">
                    /{page.isHome ? '' : page.slug}
                  </span>
                </span>
                <Badge tone={STATUS[page.status].tone}>{STATUS[page.status].label}</Badge>
              </>
            );
            return (
              <li key={page.id}>
                {edit ? (
                  <Link
                    to="/apps/$appId/pages/$pageId"
                    params={{ appId, pageId: page.id }}
                    className={cn('flex items-center gap-3 px-5 py-3.5', rowLink)}
                  >
                    {body}
                  </Link>
                ) : (
                  <div className="flex items-center gap-3 px-5 py-3.5">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
