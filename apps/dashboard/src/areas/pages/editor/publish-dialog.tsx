/**
 * Publishing from the editor, with a confirmation: the draft is saved first, then made live now or
 * scheduled for a time (in the browser's time zone); a scheduled publish can be cancelled, and a
 * live page can be taken off the site. The live address follows a publish.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CalendarClock, ExternalLink, EyeOff, Rocket } from 'lucide-react';
import { useId, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { cn } from '../../../lib/cn';
import { livePath, type PageDetail, type PageSummary, pageKey, pagesKey } from '../queries';
import type { DraftSync } from './draft-sync';

type When = 'now' | 'later';
type Done = 'published' | 'scheduled' | 'unpublished' | 'cancelled' | null;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** `datetime-local` value of a date, in the browser's time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function PublishDialog({
  appId,
  appSlug,
  page,
  sync,
  onClose,
  onChanged,
}: {
  appId: string;
  appSlug: string;
  page: PageDetail;
  sync: DraftSync;
  onClose: () => void;
  /** The page's new state (published, scheduled, unpublished), for the editor's header. */
  onChanged: (summary: PageSummary) => void;
}) {
  const qc = useQueryClient();
  const url = `${globalThis.location?.origin ?? ''}${livePath(appSlug, page.slug)}`;
  const [when, setWhen] = useState<When>('now');
  const [at, setAt] = useState(() => toLocalInput(new Date(Date.now() + 60 * 60_000)));
  const [done, setDone] = useState<Done>(null);
  const [scheduledFor, setScheduledFor] = useState<string | null>(page.scheduledAt);
  const [confirmUnpublish, setConfirmUnpublish] = useState(false);
  const atId = useId();
  const path = { appId, pageId: page.id };
  const refresh = (summary: PageSummary) => {
    onChanged(summary);
    void qc.invalidateQueries({ queryKey: pagesKey(appId), exact: true });
    void qc.invalidateQueries({ queryKey: pageKey(appId, page.id) });
  };

  const publish = useMutation({
    mutationFn: async () => {
      const time = when === 'later' ? new Date(at) : null;
      if (time && !(time.getTime() > Date.now()))
        throw new Error('Pick a time in the future, or publish now.');
      await sync.saveNow();
      return unwrap(
        api.POST('/api/v1/apps/{appId}/pages/{pageId}/publish', {
          params: { path },
          body: time ? { at: time.toISOString() } : {},
        }),
      );
    },
    onSuccess: (summary) => {
      setScheduledFor(summary.scheduledAt);
      setDone(when === 'later' ? 'scheduled' : 'published');
      refresh(summary);
    },
  });
  const cancelSchedule = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/apps/{appId}/pages/{pageId}/schedule', { params: { path } })),
    onSuccess: (summary) => {
      setScheduledFor(null);
      setDone('cancelled');
      refresh(summary);
    },
  });
  const unpublish = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/apps/{appId}/pages/{pageId}/publish', { params: { path } })),
    onSuccess: (summary) => {
      setDone('unpublished');
      refresh(summary);
    },
  });
  const error = publish.error ?? cancelSchedule.error ?? unpublish.error;
  const isLive = page.publishedVersionId !== null && done !== 'unpublished';

  const title =
    done === 'published'
      ? 'Published'
      : done === 'scheduled'
        ? 'Scheduled'
        : done === 'unpublished'
          ? 'Taken off the site'
          : done === 'cancelled'
            ? 'Schedule cancelled'
            : `Publish “${page.title}”?`;
  const description =
    done === 'published'
      ? 'Your changes are live.'
      : done === 'scheduled' && scheduledFor
        ? `It goes live by itself on ${dateTime.format(new Date(scheduledFor))}. Edits made before then are included.`
        : done === 'unpublished'
          ? 'Visitors now get the site’s “page not found” page here. Publish again any time.'
          : done === 'cancelled'
            ? 'Nothing will be published automatically.'
            : 'Visitors see this version as soon as it is live.';

  return (
    <Dialog size="lg" open onClose={onClose} title={title} description={description}>
      <div className="space-y-4">
        {(done === null || done === 'published') && (
          <div className="rounded-lg border border-line bg-subtle px-3 py-2 text-sm">
            <span className="text-ink-muted">Live address: </span>
            <a
              href={url}
              target="_blank"
              rel="noreferrer"
              className="break-all font-medium text-brand-strong underline"
            >
              {url}
            </a>
          </div>
        )}

        {done === null && (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-ink">When</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {(
                [
                  { id: 'now', label: 'Now', hint: 'Live in a moment', icon: Rocket },
                  { id: 'later', label: 'Later', hint: 'At a date and time', icon: CalendarClock },
                ] as const
              ).map((option) => (
                <label
                  key={option.id}
                  className={cn(
                    'flex cursor-pointer items-center gap-3 rounded-lg border px-3 py-2.5 has-focus-visible:outline-2 has-focus-visible:outline-brand',
                    when === option.id ? 'border-brand bg-brand-soft' : 'border-line-strong bg-surface',
                  )}
                >
                  <input
                    type="radio"
                    name="publish-when"
                    className="sr-only"
                    checked={when === option.id}
                    onChange={() => setWhen(option.id)}
                  />
                  <option.icon className="size-4 text-brand" aria-hidden="true" />
                  <span>
                    <span className="block text-sm font-medium text-ink">{option.label}</span>
                    <span className="block text-xs text-ink-muted">{option.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {when === 'later' && (
              <div className="space-y-1 pt-1">
                <label htmlFor={atId} className="block text-sm font-medium text-ink">
                  Publish on
                </label>
                <input
                  id={atId}
                  type="datetime-local"
                  value={at}
                  min={toLocalInput(new Date())}
                  onChange={(e) => setAt(e.target.value)}
                  className="block h-10 w-full rounded-lg border border-line-strong bg-surface px-3 text-sm text-ink focus:border-brand focus:ring-4 focus:ring-brand/15 focus:outline-none sm:w-72"
                />
              </div>
            )}
          </fieldset>
        )}

        {done === null && scheduledFor && (
          <Alert tone="info" title={`Scheduled for ${dateTime.format(new Date(scheduledFor))}`}>
            <span className="flex flex-wrap items-center justify-between gap-2">
              Publishing now or at another time replaces this schedule.
              <Button
                size="sm"
                variant="secondary"
                loading={cancelSchedule.isPending}
                onClick={() => cancelSchedule.mutate()}
              >
                Cancel schedule
              </Button>
            </span>
          </Alert>
        )}

        {error && <Alert tone="error">{messageOf(error)}</Alert>}

        <div className="flex flex-wrap items-center justify-end gap-2">
          {done === null ? (
            <>
              {isLive && (
                <Button
                  variant="ghost"
                  className="mr-auto text-danger"
                  loading={unpublish.isPending}
                  onClick={() => (confirmUnpublish ? unpublish.mutate() : setConfirmUnpublish(true))}
                >
                  <EyeOff className="size-4" aria-hidden="true" />
                  {confirmUnpublish ? 'Yes, take it off the site' : 'Unpublish'}
                </Button>
              )}
              <Button variant="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button loading={publish.isPending} onClick={() => publish.mutate()}>
                {when === 'now' ? (
                  <Rocket className="size-4" aria-hidden="true" />
                ) : (
                  <CalendarClock className="size-4" aria-hidden="true" />
                )}
                {when === 'now' ? 'Publish now' : 'Schedule'}
              </Button>
            </>
          ) : done === 'published' ? (
            <>
              <Button variant="secondary" onClick={onClose}>
                Keep editing
              </Button>
              <Button asChild>
                <a href={url} target="_blank" rel="noreferrer">
                  <ExternalLink className="size-4" aria-hidden="true" />
                  Open live page
                </a>
              </Button>
            </>
          ) : (
            <Button onClick={onClose}>Done</Button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
