/** The inbox: contact-form messages, newest first, with an unread filter, search and pages. */
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ChevronLeft, ChevronRight, Download, Inbox, MailCheck, Search, SearchX, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { Input } from '../../../components/ui/input';
import { cn } from '../../../lib/cn';
import type { InboxSearch } from '../routes';
import { formatDateTime, formatRelative, plural } from '../shared/format';
import { can } from '../shared/permissions';
import {
  exportUrl,
  INBOX_PAGE_SIZE,
  type InboxFilter,
  type Submission,
  submissionsQuery,
  useAppRole,
} from '../shared/queries';
import { ListSkeleton, LoadError } from '../shared/section';
import { senderOf, snippetOf } from './snippet';

export function InboxScreen({ appId, search }: { appId: string; search: InboxSearch }) {
  const { app, role } = useAppRole(appId);
  if (app.isPending) return <ListSkeleton rows={6} />;
  if (app.isError)
    return <LoadError title="This App could not be opened" error={app.error} onRetry={app.refetch} />;
  if (!can(role, 'inbox.read'))
    return (
      <EmptyState icon={Inbox} title="The inbox is for editors and above">
        Messages from your site’s contact form hold visitors’ personal details, so viewers don’t see them. Ask
        an owner or admin to make you an editor if you need to answer them.
      </EmptyState>
    );
  return <InboxList appId={appId} siteUrl={`/s/${app.data.slug}/`} search={search} />;
}

function InboxList({ appId, siteUrl, search }: { appId: string; siteUrl: string; search: InboxSearch }) {
  const navigate = useNavigate();
  const filter: InboxFilter = search.filter ?? 'all';
  const q = search.q ?? '';
  const page = search.page ?? 1;
  const list = useQuery(submissionsQuery(appId, { filter, search: q, page }));

  const go = (next: InboxSearch) =>
    navigate({
      to: '/apps/$appId/inbox',
      params: { appId },
      search: (prev: InboxSearch) => ({ ...prev, ...next }),
      replace: true,
    });

  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE)) : 1;

  return (
    <div className="space-y-5">
      <div className="flex items-start justify-between gap-4 sm:items-end">
        <div>
          <h1 className="flex items-center gap-3 text-2xl font-semibold tracking-tight text-ink">
            Inbox
            {data && data.unread > 0 && <Badge tone="brand">{data.unread} unread</Badge>}
          </h1>
          <p className="mt-1 text-sm text-ink-muted">Messages visitors sent through your site’s forms.</p>
        </div>
        <Button asChild variant="secondary" className="shrink-0">
          <a href={exportUrl(appId, filter, q)} download>
            <Download className="size-4" aria-hidden="true" /> Export CSV
          </a>
        </Button>
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <FilterTabs
          value={filter}
          unread={data?.unread}
          onChange={(f) => go({ filter: f === 'all' ? undefined : f, page: undefined })}
        />
        <SearchBox value={q} onChange={(value) => go({ q: value || undefined, page: undefined })} />
      </div>

      {list.isPending && (
        <Card>
          <ListSkeleton rows={6} />
        </Card>
      )}
      {list.isError && (
        <LoadError title="The inbox could not be loaded" error={list.error} onRetry={list.refetch} />
      )}
      {data && data.submissions.length === 0 && (
        <EmptyInbox
          filter={filter}
          q={q}
          siteUrl={siteUrl}
          onClear={() => go({ q: undefined, filter: undefined, page: undefined })}
        />
      )}
      {data && data.submissions.length > 0 && (
        <Card className={cn('overflow-hidden transition-opacity', list.isPlaceholderData && 'opacity-60')}>
          <ul aria-label="Messages" className="divide-y divide-line">
            {data.submissions.map((s) => (
              <MessageRow key={s.id} appId={appId} submission={s} />
            ))}
          </ul>
          <nav
            aria-label="Inbox pages"
            className="flex items-center justify-between gap-3 border-t border-line bg-subtle/50 px-4 py-3 text-sm text-ink-muted sm:px-5"
          >
            <span>
              {(page - 1) * INBOX_PAGE_SIZE + 1}–{(page - 1) * INBOX_PAGE_SIZE + data.submissions.length} of{' '}
              {plural(data.total, 'message')}
            </span>
            {pages > 1 && (
              <span className="flex items-center gap-2">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={page <= 1}
                  onClick={() => go({ page: page - 1 > 1 ? page - 1 : undefined })}
                  aria-label="Newer messages"
                >
                  <ChevronLeft className="size-4" aria-hidden="true" />
                  <span className="hidden sm:inline">Newer</span>
                </Button>
                <span className="tabular-nums">
                  {page} / {pages}
                </span>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={page >= pages}
                  onClick={() => go({ page: page + 1 })}
                  aria-label="Older messages"
                >
                  <span className="hidden sm:inline">Older</span>
                  <ChevronRight className="size-4" aria-hidden="true" />
                </Button>
              </span>
            )}
          </nav>
        </Card>
      )}
    </div>
  );
}

const TABS: Array<{ value: InboxFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'unread', label: 'Unread' },
  { value: 'read', label: 'Read' },
];

function FilterTabs({
  value,
  unread,
  onChange,
}: {
  value: InboxFilter;
  unread: number | undefined;
  onChange: (f: InboxFilter) => void;
}) {
  return (
    <fieldset className="inline-flex w-fit rounded-lg border border-line bg-subtle p-0.5">
      <legend className="sr-only">Show</legend>
      {TABS.map((tab) => (
        <button
          key={tab.value}
          type="button"
          aria-pressed={value === tab.value}
          onClick={() => onChange(tab.value)}
          className={cn(
            'inline-flex h-8 items-center gap-1.5 rounded-md px-3 text-[13px] font-medium text-ink-muted transition-colors',
            'hover:text-ink focus-visible:outline-2 focus-visible:outline-brand',
            value === tab.value && 'bg-surface text-ink shadow-xs',
          )}
        >
          {tab.label}
          {tab.value === 'unread' && unread !== undefined && unread > 0 && (
            <span className="rounded-full bg-brand px-1.5 text-[11px] leading-4 font-semibold text-on-brand tabular-nums">
              {unread}
            </span>
          )}
        </button>
      ))}
    </fieldset>
  );
}

/** Search as you type; the URL follows after a short pause, so the back button keeps working. */
function SearchBox({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onChange(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="relative w-full sm:w-72">
      <Search
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-faint"
        aria-hidden="true"
      />
      <Input
        type="search"
        aria-label="Search messages"
        placeholder="Search name, email or message"
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.target.value)}
        className="pl-9"
      />
    </div>
  );
}

function MessageRow({ appId, submission: s }: { appId: string; submission: Submission }) {
  const snippet = snippetOf(s);
  return (
    <li>
      <Link
        to="/apps/$appId/inbox/$submissionId"
        params={{ appId, submissionId: s.id }}
        className="group relative flex gap-3 px-4 py-3.5 hover:bg-subtle/60 focus-visible:bg-subtle focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand sm:px-5"
      >
        <span className="mt-1.5 flex w-2 shrink-0 justify-center">
          {!s.read && <span className="size-2 rounded-full bg-brand" />}
        </span>
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline justify-between gap-3">
            <span className={cn('truncate text-sm', s.read ? 'text-ink-muted' : 'font-semibold text-ink')}>
              {senderOf(s)}
              {!s.read && <span className="sr-only"> (unread)</span>}
            </span>
            <time
              dateTime={s.createdAt}
              title={formatDateTime(s.createdAt)}
              className="shrink-0 text-xs text-ink-faint tabular-nums"
            >
              {formatRelative(s.createdAt)}
            </time>
          </span>
          <span className="mt-0.5 flex flex-col gap-0.5 sm:flex-row sm:items-baseline sm:gap-2">
            {s.email && s.name && (
              <span className="truncate text-[13px] text-ink-faint sm:max-w-56 sm:shrink-0">{s.email}</span>
            )}
            <span
              className={cn(
                'line-clamp-2 text-[13px] sm:line-clamp-1',
                s.read ? 'text-ink-faint' : 'text-ink-muted',
              )}
            >
              {snippet || <em>No message text</em>}
            </span>
          </span>
          <span className="mt-1.5 flex flex-wrap items-center gap-x-2 text-xs text-ink-faint">
            <span>{s.formName || 'Contact form'}</span>
            {s.meta.path && (
              <>
                <span aria-hidden="true">·</span>
                <span className="truncate font-mono">{s.meta.path}</span>
              </>
            )}
          </span>
        </span>
      </Link>
    </li>
  );
}

function EmptyInbox({
  filter,
  q,
  siteUrl,
  onClear,
}: {
  filter: InboxFilter;
  q: string;
  siteUrl: string;
  onClear: () => void;
}) {
  if (q)
    return (
      <EmptyState
        icon={SearchX}
        title={`Nothing matches “${q}”`}
        action={
          <Button variant="secondary" onClick={onClear}>
            <X className="size-4" aria-hidden="true" /> Clear search
          </Button>
        }
      >
        Search looks through names, email addresses and every field of each message. Try a shorter word.
      </EmptyState>
    );
  if (filter === 'unread')
    return (
      <EmptyState icon={MailCheck} title="You’re all caught up">
        Every message has been read. New ones appear here with a dot until you open them.
      </EmptyState>
    );
  if (filter === 'read')
    return (
      <EmptyState icon={Inbox} title="Nothing read yet">
        Messages you open move here.
      </EmptyState>
    );
  return (
    <EmptyState
      icon={Inbox}
      title="No messages yet"
      action={
        <Button asChild variant="secondary">
          <a href={siteUrl} target="_blank" rel="noreferrer">
            Open your site
          </a>
        </Button>
      }
    >
      When a visitor sends your site’s contact form, the message lands here and you get an email. Add a
      contact section to a page if your site doesn’t have one yet.
    </EmptyState>
  );
}
