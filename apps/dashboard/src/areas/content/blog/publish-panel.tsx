/**
 * Publishing a post: now, at a date and time, or taking it back to a draft. Admins and owners only
 * (the server's `content.publish`); editors see the status and who can publish.
 */
import { CalendarClock, ExternalLink, Send, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import type { Post } from '../api';
import { formatDateTime, PostStatusBadge } from './post-status';

interface PublishPanelProps {
  post: Post;
  siteSlug: string | undefined;
  canPublish: boolean;
  busy: 'publish' | 'schedule' | 'unpublish' | null;
  onPublish: (at?: string) => void;
  onUnpublish: () => void;
  scheduleError?: string | null;
}

/** `datetime-local` value for a Date, in local time. */
const localInput = (d: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function PublishPanel({
  post,
  siteSlug,
  canPublish,
  busy,
  onPublish,
  onUnpublish,
  scheduleError,
}: PublishPanelProps) {
  const [scheduling, setScheduling] = useState(false);
  const [at, setAt] = useState(() => localInput(new Date(Date.now() + 24 * 3600_000)));
  const [atError, setAtError] = useState<string | null>(null);
  const url = siteSlug ? `/s/${siteSlug}/blog/${post.slug}` : null;

  const schedule = () => {
    const when = new Date(at);
    if (Number.isNaN(when.getTime())) return setAtError('Pick a date and a time.');
    if (when.getTime() <= Date.now() + 30_000) return setAtError('Pick a time in the future.');
    setAtError(null);
    onPublish(when.toISOString());
  };

  return (
    <section aria-labelledby="publish-title" className="space-y-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="publish-title" className="text-sm font-semibold">
          Status
        </h2>
        <PostStatusBadge post={post} />
      </div>
      <p className="text-sm text-ink-muted">
        {post.status === 'published' && post.publishedAt && (
          <>Live since {formatDateTime(post.publishedAt)}.</>
        )}
        {post.status === 'scheduled' && post.scheduledAt && (
          <>Goes live by itself on {formatDateTime(post.scheduledAt)}.</>
        )}
        {post.status === 'draft' && <>Only your team can see this draft.</>}
      </p>
      {post.status === 'published' && url && (
        <a
          href={url}
          target="_blank"
          rel="noreferrer"
          className="inline-flex items-center gap-1 text-sm font-medium text-brand hover:underline"
        >
          View on your site <ExternalLink className="size-3.5" aria-hidden="true" />
        </a>
      )}
      {!canPublish && <p className="text-[13px] text-ink-faint">An admin or the owner publishes posts.</p>}
      {canPublish && (
        <div className="flex flex-wrap gap-2">
          {post.status !== 'published' && (
            <Button size="sm" loading={busy === 'publish'} onClick={() => onPublish()}>
              <Send className="size-3.5" aria-hidden="true" /> Publish now
            </Button>
          )}
          {post.status === 'draft' && !scheduling && (
            <Button size="sm" variant="secondary" onClick={() => setScheduling(true)}>
              <CalendarClock className="size-3.5" aria-hidden="true" /> Schedule
            </Button>
          )}
          {post.status !== 'draft' && (
            <Button size="sm" variant="secondary" loading={busy === 'unpublish'} onClick={onUnpublish}>
              <Undo2 className="size-3.5" aria-hidden="true" />{' '}
              {post.status === 'scheduled' ? 'Cancel schedule' : 'Unpublish'}
            </Button>
          )}
        </div>
      )}
      {canPublish && scheduling && post.status === 'draft' && (
        <div className="space-y-2 rounded-lg border border-line bg-canvas p-3">
          <Field label="Publish on" error={atError ?? scheduleError} hint="Your local time.">
            {(control) => (
              <Input
                {...control}
                type="datetime-local"
                value={at}
                min={localInput(new Date())}
                onChange={(e) => setAt(e.target.value)}
              />
            )}
          </Field>
          <div className="flex gap-2">
            <Button size="sm" loading={busy === 'schedule'} onClick={schedule}>
              Schedule post
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setScheduling(false)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
