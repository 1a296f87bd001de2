/**
 * The pages of an App in navigation order: status, open in the editor, settings (title, slug, SEO),
 * reorder, set home, delete. Viewers see the list without any edit control.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import {
  ArrowDown,
  ArrowUp,
  ExternalLink,
  FilePlus2,
  FileText,
  GripVertical,
  House,
  PencilLine,
  Settings2,
  Trash2,
} from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { messageOf } from '../../api/errors';
import { appQuery, pagesQuery } from '../../api/queries';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Skeleton } from '../../components/ui/spinner';
import { cn } from '../../lib/cn';
import { CreatePageDialog, DeletePageDialog, PageSettingsDialog } from './page-dialogs';
import { livePath, type PageSummary, pagePermissions, pageStatus, pagesKey } from './queries';

export function PagesScreen() {
  const { appId } = useParams({ strict: false }) as { appId: string };
  const navigate = useNavigate();
  const qc = useQueryClient();
  const app = useQuery(appQuery(appId));
  const pages = useQuery(pagesQuery(appId));
  const can = pagePermissions(app.data?.role);
  const [creating, setCreating] = useState(false);
  const [settingsOf, setSettingsOf] = useState<PageSummary | null>(null);
  const [deleting, setDeleting] = useState<PageSummary | null>(null);

  const reorder = useMutation({
    mutationFn: (pageIds: string[]) =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/pages/order', { params: { path: { appId } }, body: { pageIds } }),
      ),
    onMutate: async (pageIds) => {
      await qc.cancelQueries({ queryKey: pagesKey(appId) });
      const before = qc.getQueryData<PageSummary[]>(pagesKey(appId));
      if (before)
        qc.setQueryData(
          pagesKey(appId),
          pageIds.map((id) => before.find((p) => p.id === id)).filter((p): p is PageSummary => !!p),
        );
      return { before };
    },
    onError: (_e, _v, ctx) => ctx?.before && qc.setQueryData(pagesKey(appId), ctx.before),
    onSettled: () => qc.invalidateQueries({ queryKey: pagesKey(appId) }),
  });
  const setHome = useMutation({
    mutationFn: (pageId: string) =>
      unwrap(
        api.PATCH('/api/v1/apps/{appId}/pages/{pageId}', {
          params: { path: { appId, pageId } },
          body: { isHome: true },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: pagesKey(appId) }),
  });

  /** Moves the page at `from` to `to`, showing the new order at once (the server's answer follows). */
  const moveTo = (from: number, to: number) => {
    const list = [...(pages.data ?? [])];
    const [item] = list.splice(from, 1);
    if (!item || from === to || to < 0 || to > list.length) return;
    list.splice(to, 0, item);
    qc.setQueryData(pagesKey(appId), list);
    reorder.mutate(list.map((p) => p.id));
  };
  const move = (index: number, by: -1 | 1) => moveTo(index, index + by);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);

  const error = reorder.error ?? setHome.error;
  const list = pages.data ?? [];
  return (
    <div>
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink">Pages</h1>
          <p className="mt-1 text-sm text-ink-muted">
            The pages of your site, in the order of its navigation.
          </p>
        </div>
        {can.edit && (
          <Button onClick={() => setCreating(true)}>
            <FilePlus2 className="size-4" aria-hidden="true" />
            New page
          </Button>
        )}
      </div>
      {error && (
        <Alert tone="error" className="mb-4">
          {messageOf(error)}
        </Alert>
      )}
      {pages.isPending ? (
        <div className="space-y-2" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-16 w-full rounded-xl" />
          ))}
        </div>
      ) : pages.error ? (
        <Alert tone="error" title="The pages could not be loaded">
          {messageOf(pages.error)}
        </Alert>
      ) : list.length === 0 ? (
        <EmptyState
          icon={FileText}
          title="No pages yet"
          action={can.edit && <Button onClick={() => setCreating(true)}>Create the first page</Button>}
        >
          A page is a stack of sections. Start with a home page, then add the rest.
        </EmptyState>
      ) : (
        <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
          {list.map((page, index) => (
            <PageRow
              key={page.id}
              appId={appId}
              appSlug={app.data?.slug ?? ''}
              page={page}
              can={can}
              first={index === 0}
              last={index === list.length - 1}
              onUp={() => move(index, -1)}
              onDown={() => move(index, 1)}
              drag={
                can.admin
                  ? {
                      dragging: dragging === index,
                      over: over === index && dragging !== null && dragging !== index,
                      onStart: () => setDragging(index),
                      onOver: () => setOver(index),
                      onEnd: () => {
                        setDragging(null);
                        setOver(null);
                      },
                      onDrop: () => {
                        if (dragging !== null) moveTo(dragging, index);
                        setDragging(null);
                        setOver(null);
                      },
                    }
                  : null
              }
              onHome={() => setHome.mutate(page.id)}
              onSettings={() => setSettingsOf(page)}
              onDelete={() => setDeleting(page)}
            />
          ))}
        </ol>
      )}
      <CreatePageDialog
        appId={appId}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(page) => {
          setCreating(false);
          void navigate({ to: '/apps/$appId/pages/$pageId', params: { appId, pageId: page.id } });
        }}
      />
      {settingsOf && (
        <PageSettingsDialog
          appId={appId}
          appSlug={app.data?.slug ?? ''}
          page={settingsOf}
          canAdmin={can.admin}
          onClose={() => setSettingsOf(null)}
        />
      )}
      {deleting && <DeletePageDialog appId={appId} page={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}

interface RowProps {
  appId: string;
  appSlug: string;
  page: PageSummary;
  can: { edit: boolean; admin: boolean };
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onHome: () => void;
  onSettings: () => void;
  onDelete: () => void;
  /** Drag and drop to reorder (admins); the arrow buttons do the same from the keyboard. */
  drag: {
    dragging: boolean;
    over: boolean;
    onStart: () => void;
    onOver: () => void;
    onEnd: () => void;
    onDrop: () => void;
  } | null;
}

function PageRow({
  appId,
  appSlug,
  page,
  can,
  first,
  last,
  onUp,
  onDown,
  onHome,
  onSettings,
  onDelete,
  drag,
}: RowProps) {
  const status = pageStatus(page);
  const iconButton =
    'grid size-8 place-items-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand disabled:opacity-30 disabled:hover:bg-transparent';
  return (
    <li
      className={cn(
        'flex flex-wrap items-center gap-3 px-4 py-3 transition-colors sm:flex-nowrap',
        drag?.dragging && 'opacity-50',
        drag?.over && 'bg-brand-soft shadow-[inset_0_2px_0_var(--color-brand)]',
      )}
      draggable={drag ? true : undefined}
      onDragStart={(e) => {
        if (!drag) return;
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', page.id);
        drag.onStart();
      }}
      onDragOver={(e) => {
        if (!drag) return;
        e.preventDefault();
        drag.onOver();
      }}
      onDragEnd={() => drag?.onEnd()}
      onDrop={(e) => {
        if (!drag) return;
        e.preventDefault();
        drag.onDrop();
      }}
    >
      {can.admin && (
        <div className="hidden items-center sm:flex">
          <GripVertical className="size-4 cursor-grab text-ink-faint" aria-hidden="true" />
        </div>
      )}
      {can.admin && (
        <div className="flex flex-col">
          <button
            type="button"
            className={iconButton}
            disabled={first}
            onClick={onUp}
            aria-label={`Move ${page.title} up`}
          >
            <ArrowUp className="size-4" aria-hidden="true" />
          </button>
          <button
            type="button"
            className={iconButton}
            disabled={last}
            onClick={onDown}
            aria-label={`Move ${page.title} down`}
          >
            <ArrowDown className="size-4" aria-hidden="true" />
          </button>
        </div>
      )}
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            to="/apps/$appId/pages/$pageId"
            params={{ appId, pageId: page.id }}
            className="truncate font-medium text-ink hover:text-brand focus-visible:outline-2 focus-visible:outline-brand"
          >
            {page.title}
          </Link>
          {page.isHome && (
            <span className="inline-flex items-center gap-1 text-xs font-medium text-brand-strong">
              <House className="size-3.5" aria-hidden="true" /> Home
            </span>
          )}
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
        <p className="mt-0.5 truncate text-[13px] text-ink-muted">
          /{page.slug}
          {page.scheduledAt && ` · publishes ${new Date(page.scheduledAt).toLocaleString()}`}
          {!page.scheduledAt && ` · edited ${new Date(page.updatedAt).toLocaleDateString()}`}
        </p>
      </div>
      <div className="flex w-full items-center justify-end gap-1 border-t border-line pt-2 sm:w-auto sm:border-0 sm:pt-0">
        {page.status !== 'draft' && (
          <a
            href={livePath(appSlug, page.slug)}
            target="_blank"
            rel="noreferrer"
            className={iconButton}
            aria-label={`Open ${page.title} on the site`}
          >
            <ExternalLink className="size-4" aria-hidden="true" />
          </a>
        )}
        {can.edit && (
          <>
            <Button asChild size="sm" variant="secondary">
              <Link to="/apps/$appId/pages/$pageId" params={{ appId, pageId: page.id }}>
                <PencilLine className="size-4" aria-hidden="true" />
                Edit
              </Link>
            </Button>
            <button
              type="button"
              className={iconButton}
              onClick={onSettings}
              aria-label={`Settings of ${page.title}`}
            >
              <Settings2 className="size-4" aria-hidden="true" />
            </button>
          </>
        )}
        {can.admin && !page.isHome && (
          <>
            <button
              type="button"
              className={iconButton}
              onClick={onHome}
              aria-label={`Make ${page.title} the home page`}
            >
              <House className="size-4" aria-hidden="true" />
            </button>
            <button
              type="button"
              className={`${iconButton} hover:text-danger`}
              onClick={onDelete}
              aria-label={`Delete ${page.title}`}
            >
              <Trash2 className="size-4" aria-hidden="true" />
            </button>
          </>
        )}
      </div>
    </li>
  );
}
