/**
 * One file of the library: a large preview, its alt text (editable), the sizes the server made, where
 * it is used, and delete — with a warning naming the pages and posts that still use it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Field } from '../../../components/ui/field';
import { Skeleton } from '../../../components/ui/spinner';
import { toast } from '../../../components/ui/toast';
import { type MediaItem, type MediaUsage, mediaKey, mediaUsageQuery } from '../api';
import { formatBytes, isImage, thumbOf } from './media-grid';

interface DetailsProps {
  appId: string;
  item: MediaItem | null;
  onClose: () => void;
  canEdit: boolean;
}

export function MediaDetails({ appId, item, onClose, canEdit }: DetailsProps) {
  return (
    <Dialog
      open={item !== null}
      onClose={onClose}
      size="4xl"
      title={item?.filename ?? ''}
      description={item ? describe(item) : undefined}
    >
      {item && <Details key={item.id} appId={appId} item={item} onClose={onClose} canEdit={canEdit} />}
    </Dialog>
  );
}

const describe = (item: MediaItem) =>
  [item.width && item.height ? `${item.width} × ${item.height}` : null, formatBytes(item.size), item.mime]
    .filter(Boolean)
    .join(' · ');

function Details({ appId, item, onClose, canEdit }: DetailsProps & { item: MediaItem }) {
  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        <div className="grid place-items-center overflow-hidden rounded-xl border border-line bg-[repeating-conic-gradient(var(--color-subtle)_0_25%,var(--color-surface)_0_50%)] bg-[length:16px_16px]">
          {isImage(item) ? (
            <img src={thumbOf(item, 960)} alt={item.alt} className="max-h-[50dvh] w-auto object-contain" />
          ) : (
            <a
              href={item.url}
              target="_blank"
              rel="noreferrer"
              className="p-10 text-sm font-medium text-brand underline"
            >
              Open the file
            </a>
          )}
        </div>
        <Variants item={item} />
      </div>
      <div className="space-y-6">
        <AltText appId={appId} item={item} canEdit={canEdit} />
        <Usage appId={appId} mediaId={item.id} onNavigate={onClose} />
        {canEdit && <DeleteMedia appId={appId} item={item} onDeleted={onClose} />}
      </div>
    </div>
  );
}

function Variants({ item }: { item: MediaItem }) {
  const sizes = [...item.variants].sort((a, b) => a.width - b.width || a.format.localeCompare(b.format));
  return (
    <section aria-labelledby={`sizes-${item.id}`}>
      <h3 id={`sizes-${item.id}`} className="text-sm font-semibold">
        Sizes
      </h3>
      <p className="text-[13px] text-ink-muted">
        Visitors’ browsers download the smallest one that fits their screen.
      </p>
      <ul className="mt-2 divide-y divide-line rounded-lg border border-line text-sm">
        <li className="flex items-center gap-3 px-3 py-2">
          <span className="flex-1 font-medium">Original</span>
          <span className="tabular-nums text-ink-muted">
            {item.width && item.height ? `${item.width}×${item.height}` : '—'}
          </span>
          <span className="w-16 text-right tabular-nums text-ink-muted">{formatBytes(item.size)}</span>
          <a
            href={item.url}
            target="_blank"
            rel="noreferrer"
            aria-label="Open the original"
            className="text-ink-faint hover:text-brand"
          >
            <ExternalLink className="size-4" aria-hidden="true" />
          </a>
        </li>
        {sizes.map((v) => (
          <li key={v.url} className="flex items-center gap-3 px-3 py-2">
            <span className="flex-1 uppercase text-ink-muted">{v.format}</span>
            <span className="tabular-nums text-ink-muted">
              {v.width}×{v.height}
            </span>
            <span className="w-16 text-right tabular-nums text-ink-muted">{formatBytes(v.size)}</span>
            <a
              href={v.url}
              target="_blank"
              rel="noreferrer"
              aria-label={`Open the ${v.width} px ${v.format}`}
              className="text-ink-faint hover:text-brand"
            >
              <ExternalLink className="size-4" aria-hidden="true" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AltText({ appId, item, canEdit }: { appId: string; item: MediaItem; canEdit: boolean }) {
  const queryClient = useQueryClient();
  const [alt, setAlt] = useState(item.alt);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/v1/apps/{appId}/media/{mediaId}', {
          params: { path: { appId, mediaId: item.id } },
          body: { alt: alt.trim() },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData([...mediaKey(appId), 'one', item.id], updated);
      void queryClient.invalidateQueries({ queryKey: [...mediaKey(appId), 'list'] });
      toast.success('Alt text saved.');
    },
  });
  const error =
    save.error instanceof ApiError
      ? (save.error.issues[0]?.message ?? save.error.message)
      : save.error
        ? messageOf(save.error)
        : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      className="space-y-2"
    >
      <Field
        label="Alt text"
        hint="Describe the image for people who cannot see it, e.g. “Two cups of chai on a wooden table”. Leave empty if it is decoration."
        error={error}
      >
        {(control) => (
          <textarea
            {...control}
            value={alt}
            readOnly={!canEdit}
            maxLength={1000}
            rows={3}
            onChange={(e) => setAlt(e.target.value)}
            className="block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-[15px] shadow-xs focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15 read-only:bg-subtle sm:text-sm"
          />
        )}
      </Field>
      {canEdit && (
        <Button type="submit" size="sm" loading={save.isPending} disabled={alt.trim() === item.alt}>
          Save alt text
        </Button>
      )}
    </form>
  );
}

function usageLink(u: MediaUsage, appId: string) {
  if (u.ownerType === 'post')
    return { to: '/apps/$appId/blog/$postId', params: { appId, postId: u.ownerId } } as const;
  if (u.ownerType === 'site') return { to: '/apps/$appId/theme', params: { appId } } as const;
  return { to: '/apps/$appId/pages', params: { appId } } as const;
}

const OWNER_LABEL = { page: 'Page', post: 'Blog post', site: 'Theme' } as const;

export function UsageList({
  appId,
  usage,
  onNavigate,
}: {
  appId: string;
  usage: MediaUsage[];
  onNavigate?: () => void;
}) {
  return (
    <ul className="divide-y divide-line rounded-lg border border-line text-sm">
      {usage.map((u) => (
        <li key={`${u.ownerType}:${u.ownerId}`} className="flex items-center gap-3 px-3 py-2">
          <span className="w-20 shrink-0 text-xs text-ink-faint">{OWNER_LABEL[u.ownerType]}</span>
          <Link
            {...usageLink(u, appId)}
            onClick={onNavigate}
            className="min-w-0 flex-1 truncate font-medium text-brand hover:underline"
          >
            {u.title || 'Untitled'}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function Usage({ appId, mediaId, onNavigate }: { appId: string; mediaId: string; onNavigate: () => void }) {
  const usage = useQuery(mediaUsageQuery(appId, mediaId));
  return (
    <section aria-labelledby={`usage-${mediaId}`} className="space-y-2">
      <h3 id={`usage-${mediaId}`} className="text-sm font-semibold">
        Where it is used
      </h3>
      {usage.isPending && <Skeleton className="h-9" />}
      {usage.isError && <Alert tone="error">{messageOf(usage.error)}</Alert>}
      {usage.data?.usage.length === 0 && (
        <p className="text-sm text-ink-muted">Not used on any page, post or in the theme.</p>
      )}
      {usage.data && usage.data.usage.length > 0 && (
        <UsageList appId={appId} usage={usage.data.usage} onNavigate={onNavigate} />
      )}
    </section>
  );
}

function DeleteMedia({ appId, item, onDeleted }: { appId: string; item: MediaItem; onDeleted: () => void }) {
  const queryClient = useQueryClient();
  const [inUse, setInUse] = useState<MediaUsage[] | null>(null);
  const remove = useMutation({
    mutationFn: (force: boolean) =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/media/{mediaId}', {
          params: { path: { appId, mediaId: item.id }, query: force ? { force: 'true' } : {} },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: mediaKey(appId) });
      toast.success(`${item.filename} deleted.`);
      onDeleted();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        const usage = (error.details as { usage?: MediaUsage[] } | undefined)?.usage;
        setInUse(Array.isArray(usage) ? usage : []);
      }
    },
  });
  const failed = remove.error && !(remove.error instanceof ApiError && remove.error.status === 409);
  return (
    <section className="space-y-3 border-t border-line pt-5">
      {inUse ? (
        <Alert
          tone="warning"
          title="This file is still in use"
          actions={
            <>
              <Button
                variant="danger"
                size="sm"
                loading={remove.isPending}
                onClick={() => remove.mutate(true)}
              >
                Delete anyway
              </Button>
              <Button variant="secondary" size="sm" onClick={() => setInUse(null)}>
                Keep it
              </Button>
            </>
          }
        >
          <p className="mb-2">Deleting it leaves an empty space where these show it:</p>
          {inUse.length > 0 && <UsageList appId={appId} usage={inUse} />}
        </Alert>
      ) : (
        <Button
          variant="secondary"
          size="sm"
          loading={remove.isPending}
          onClick={() => remove.mutate(false)}
          className="text-danger"
        >
          Delete file
        </Button>
      )}
      {failed && <Alert tone="error">{messageOf(remove.error)}</Alert>}
    </section>
  );
}
