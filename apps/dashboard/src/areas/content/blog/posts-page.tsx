/** The blog: posts with status filters, search and tags, and the way to a new post. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Newspaper, Plus, Search, Tag, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { Input } from '../../../components/ui/input';
import { Skeleton } from '../../../components/ui/spinner';
import { toast } from '../../../components/ui/toast';
import { cn } from '../../../lib/cn';
import { type PostSummary, postsKey, postsQuery } from '../api';
import { MediaThumb } from '../media/media-thumb';
import type { BlogSearch } from '../routes';
import { PageHeader } from '../shared/page-header';
import { usePermissions } from '../shared/permissions';
import { useAppId } from '../shared/use-app-id';
import { PostStatusBadge, statusLine } from './post-status';

const FILTERS = [
  { value: undefined, label: 'All' },
  { value: 'draft', label: 'Drafts' },
  { value: 'published', label: 'Published' },
  { value: 'scheduled', label: 'Scheduled' },
] as const;

export function PostsPage() {
  const appId = useAppId();
  const can = usePermissions(appId);
  const search = useSearch({ strict: false }) as BlogSearch;
  const navigate = useNavigate();
  const setSearch = (change: Partial<BlogSearch>) =>
    void navigate({
      to: '/apps/$appId/blog',
      params: { appId },
      search: { ...search, ...change },
      replace: true,
    });
  const posts = useQuery(postsQuery(appId, { status: search.status, search: search.q, tag: search.tag }));
  // Tags come from every post, so the tag list does not shrink while a filter is on.
  const all = useQuery(postsQuery(appId, {}));
  const tags = [...new Set(all.data?.posts.flatMap((p) => p.tags) ?? [])].sort();
  const filtered = Boolean(search.status || search.q || search.tag);

  return (
    <>
      <PageHeader
        title="Blog"
        description="News, recipes, stories: posts appear on your site’s blog once published."
        actions={can.edit && <NewPostButton appId={appId} />}
      />
      <div className="mb-4 flex flex-col gap-3 md:flex-row md:items-center">
        <fieldset className="flex gap-1 overflow-x-auto rounded-lg bg-subtle p-1">
          <legend className="sr-only">Status</legend>
          {FILTERS.map((f) => (
            <button
              key={f.label}
              type="button"
              aria-pressed={search.status === f.value}
              onClick={() => setSearch({ status: f.value })}
              className={cn(
                'whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-ink-muted focus-visible:outline-2 focus-visible:outline-brand',
                search.status === f.value ? 'bg-surface text-ink shadow-xs' : 'hover:text-ink',
              )}
            >
              {f.label}
            </button>
          ))}
        </fieldset>
        <SearchBox value={search.q ?? ''} onChange={(q) => setSearch({ q: q || undefined })} />
      </div>
      {tags.length > 0 && (
        <fieldset className="mb-4 flex flex-wrap items-center gap-1.5">
          <legend className="sr-only">Tags</legend>
          <Tag className="mr-1 size-4 text-ink-faint" aria-hidden="true" />
          {tags.map((t) => (
            <button
              key={t}
              type="button"
              aria-pressed={search.tag === t}
              onClick={() => setSearch({ tag: search.tag === t ? undefined : t })}
              className={cn(
                'rounded-full border px-2.5 py-0.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-brand',
                search.tag === t
                  ? 'border-brand bg-brand-soft text-brand-strong'
                  : 'border-line bg-surface text-ink-muted hover:border-line-strong',
              )}
            >
              {t}
              {search.tag === t && <X className="-mr-1 ml-1 inline size-3" aria-hidden="true" />}
            </button>
          ))}
        </fieldset>
      )}
      {posts.isPending && (
        <Card aria-busy="true" className="divide-y divide-line">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex gap-4 p-4">
              <Skeleton className="h-16 w-24 rounded-lg" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-4 w-2/3" />
                <Skeleton className="h-3 w-1/3" />
              </div>
            </div>
          ))}
        </Card>
      )}
      {posts.isError && (
        <Alert tone="error" title="The posts could not be loaded">
          {messageOf(posts.error)}
        </Alert>
      )}
      {posts.data?.posts.length === 0 &&
        (filtered ? (
          <EmptyState
            icon={Search}
            title="No posts match"
            action={
              <Button
                variant="secondary"
                onClick={() => setSearch({ status: undefined, q: undefined, tag: undefined })}
              >
                Clear filters
              </Button>
            }
          >
            Nothing with these filters. Clear them to see every post.
          </EmptyState>
        ) : (
          <EmptyState
            icon={Newspaper}
            title="Write your first post"
            action={can.edit && <NewPostButton appId={appId} />}
          >
            Share news, a recipe or the story behind your business. Drafts stay private until you publish
            them.
          </EmptyState>
        ))}
      {posts.data && posts.data.posts.length > 0 && (
        <Card>
          <ul className="divide-y divide-line">
            {posts.data.posts.map((post) => (
              <PostRow key={post.id} appId={appId} post={post} />
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

function PostRow({ appId, post }: { appId: string; post: PostSummary }) {
  return (
    <li>
      <Link
        to="/apps/$appId/blog/$postId"
        params={{ appId, postId: post.id }}
        className="flex items-center gap-4 px-4 py-3.5 hover:bg-canvas focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand"
      >
        {post.cover.src ? (
          <MediaThumb
            appId={appId}
            src={post.cover.src}
            alt=""
            className="hidden h-14 w-20 shrink-0 rounded-md sm:block"
          />
        ) : (
          <span className="hidden h-14 w-20 shrink-0 place-items-center rounded-md bg-subtle text-ink-faint sm:grid">
            <Newspaper className="size-5" aria-hidden="true" />
          </span>
        )}
        <span className="min-w-0 flex-1">
          <span className="block truncate font-medium text-ink">{post.title}</span>
          <span className="mt-0.5 block truncate text-sm text-ink-muted">
            {post.excerpt || 'No excerpt yet'}
          </span>
          <span className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-ink-faint">
            <span>{statusLine(post)}</span>
            {post.tags.length > 0 && <span aria-hidden="true">·</span>}
            {post.tags.slice(0, 4).map((t) => (
              <span key={t}>#{t}</span>
            ))}
          </span>
        </span>
        <PostStatusBadge post={post} />
      </Link>
    </li>
  );
}

function SearchBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  // Typing updates the address after a short pause, not on every key.
  useEffect(() => {
    if (text.trim() === value) return;
    const t = setTimeout(() => onChange(text.trim()), 300);
    return () => clearTimeout(t);
  }, [text, value, onChange]);
  return (
    <div className="relative md:max-w-xs md:flex-1">
      <Search
        className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-ink-faint"
        aria-hidden="true"
      />
      <Input
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search titles and excerpts"
        aria-label="Search posts"
        className="pl-9"
      />
    </div>
  );
}

function NewPostButton({ appId }: { appId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/posts', {
          params: { path: { appId } },
          body: { title: 'Untitled post' },
        }),
      ),
    onSuccess: (post) => {
      void queryClient.invalidateQueries({ queryKey: postsKey(appId) });
      void navigate({ to: '/apps/$appId/blog/$postId', params: { appId, postId: post.id } });
    },
    onError: (error) => toast.error(messageOf(error)),
  });
  return (
    <Button loading={create.isPending} onClick={() => create.mutate()}>
      <Plus className="size-4" aria-hidden="true" /> New post
    </Button>
  );
}
