/** The editor's top bar: back, title, save state, undo/redo, draft preview, history, publish. */
import { createUsePuck } from '@puckeditor/core';
import { Link } from '@tanstack/react-router';
import {
  ArrowLeft,
  Check,
  CloudOff,
  Eye,
  History,
  Loader2,
  Plus,
  Redo2,
  Rocket,
  TriangleAlert,
  Undo2,
} from 'lucide-react';
import { createContext, type ReactElement, useContext, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../lib/cn';
import type { PageDetail, PageSummary } from '../queries';
import { pageStatus } from '../queries';
import { AddSectionDialog } from './add-section-dialog';
import type { DraftSync, SyncState } from './draft-sync';
import { HistoryDialog } from './history-dialog';
import { PublishDialog } from './publish-dialog';

const usePuck = createUsePuck();

interface HeaderProps {
  appId: string;
  appSlug: string;
  page: PageDetail;
  can: { edit: boolean; admin: boolean };
  state: SyncState;
  sync: DraftSync;
  onRestored: (page: PageDetail) => void;
  onPublishChanged: (summary: PageSummary) => void;
}

/** Puck's header override must keep one identity (or it remounts and drops its dialogs): it reads its props here. */
export const HeaderContext = createContext<HeaderProps | null>(null);

export function HeaderSlot(): ReactElement {
  const props = useContext(HeaderContext);
  return props ? <EditorHeader {...props} /> : <span />;
}

export function EditorHeader({
  appId,
  appSlug,
  page,
  can,
  state,
  sync,
  onRestored,
  onPublishChanged,
}: HeaderProps) {
  const history = usePuck((s) => s.history);
  const [panel, setPanel] = useState<'history' | 'publish' | 'add' | null>(null);
  const status = pageStatus(page);
  const iconButton =
    'grid size-8 shrink-0 place-items-center rounded-lg sm:size-9 text-ink-muted hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand disabled:opacity-35 disabled:hover:bg-transparent';

  const previewDraft = async () => {
    const tab = window.open('about:blank', '_blank');
    await sync.saveNow().catch(() => {});
    if (tab) tab.location.href = `/preview/${appId}/${page.id}`;
  };

  return (
    <header className="flex h-14 shrink-0 items-center gap-0.5 border-b border-line bg-surface px-1.5 sm:gap-2 sm:px-3">
      <Link to="/apps/$appId/pages" params={{ appId }} className={iconButton} aria-label="Back to pages">
        <ArrowLeft className="size-4" aria-hidden="true" />
      </Link>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-sm font-semibold text-ink">{page.title}</h1>
        <p className="hidden truncate text-xs text-ink-muted sm:block">
          /{page.slug} · {status.label}
        </p>
      </div>
      {can.edit ? (
        <>
          <Button
            size="sm"
            variant="secondary"
            className="shrink-0 px-2 sm:px-3"
            aria-label="Add section"
            onClick={() => setPanel('add')}
          >
            <Plus className="size-4" aria-hidden="true" />
            <span className="hidden md:inline">Add section</span>
          </Button>
          <SaveState state={state} />
          <button
            type="button"
            className={iconButton}
            aria-label="Undo (⌘Z)"
            title="Undo (⌘Z)"
            disabled={!history.hasPast}
            onClick={history.back}
          >
            <Undo2 className="size-4" aria-hidden="true" />
          </button>
          <button
            type="button"
            className={iconButton}
            aria-label="Redo (⇧⌘Z)"
            title="Redo (⇧⌘Z)"
            disabled={!history.hasFuture}
            onClick={history.forward}
          >
            <Redo2 className="size-4" aria-hidden="true" />
          </button>
          <button
            type="button"
            className={iconButton}
            aria-label="Preview the draft in a new tab"
            title="Preview the draft"
            onClick={() => void previewDraft()}
          >
            <Eye className="size-4" aria-hidden="true" />
          </button>
          <button
            type="button"
            className={iconButton}
            aria-label="Version history"
            title="Version history"
            onClick={() => setPanel('history')}
          >
            <History className="size-4" aria-hidden="true" />
          </button>
          {can.admin && (
            <Button
              size="sm"
              aria-label="Publish"
              className="shrink-0 px-2 sm:px-3"
              onClick={() => setPanel('publish')}
            >
              <Rocket className="size-4" aria-hidden="true" />
              <span className="hidden sm:inline">Publish</span>
            </Button>
          )}
        </>
      ) : (
        <span className="rounded-md bg-subtle px-2 py-1 text-xs font-medium text-ink-muted">View only</span>
      )}
      <AddSectionDialog open={panel === 'add'} onClose={() => setPanel(null)} />
      {panel === 'history' && (
        <HistoryDialog
          appId={appId}
          page={page}
          canRestore={can.edit}
          onClose={() => setPanel(null)}
          onRestored={(restored) => {
            setPanel(null);
            onRestored(restored);
          }}
        />
      )}
      {panel === 'publish' && (
        <PublishDialog
          appId={appId}
          appSlug={appSlug}
          page={page}
          sync={sync}
          onClose={() => setPanel(null)}
          onChanged={onPublishChanged}
        />
      )}
    </header>
  );
}

function SaveState({ state }: { state: SyncState }) {
  const view = {
    saved: { icon: Check, text: 'Saved', className: 'text-success' },
    saving: { icon: Loader2, text: 'Saving…', className: 'text-ink-muted [&_svg]:animate-spin' },
    pending: { icon: Loader2, text: 'Saving…', className: 'text-ink-muted' },
    offline: { icon: CloudOff, text: 'Offline', className: 'text-warning' },
    error: { icon: TriangleAlert, text: 'Not saved', className: 'text-danger' },
  }[state.kind];
  const title =
    state.kind === 'offline'
      ? 'Q-Space cannot be reached. Your edits are kept on this device and sent when the connection returns.'
      : state.kind === 'error'
        ? state.message
        : undefined;
  return (
    <span
      role="status"
      data-save-state={state.kind}
      title={title}
      className={cn('mx-1 inline-flex shrink-0 items-center gap-1.5 text-xs font-medium', view.className)}
    >
      <view.icon className="size-3.5" aria-hidden="true" />
      <span className="sr-only sm:not-sr-only">{view.text}</span>
    </span>
  );
}
