/** Version history: every save with its author and time; the section-level diff against the draft; restore. */
import { useMutation, useQuery } from '@tanstack/react-query';
import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Loading } from '../../../components/ui/spinner';
import { cn } from '../../../lib/cn';
import { diffQuery, type PageDetail, versionsQuery } from '../queries';
import { readQueued } from './draft-sync';

interface Change {
  kind: 'added' | 'removed' | 'changed' | 'moved' | 'unchanged';
  id: string;
  type: string;
  props?: string[];
  from?: number;
  to?: number;
}

const KIND_TEXT: Record<Change['kind'], string> = {
  added: 'Added since',
  removed: 'Removed since',
  changed: 'Changed',
  moved: 'Moved',
  unchanged: 'Unchanged',
};

export function HistoryDialog({
  appId,
  page,
  canRestore,
  onClose,
  onRestored,
}: {
  appId: string;
  page: PageDetail;
  canRestore: boolean;
  onClose: () => void;
  onRestored: (page: PageDetail) => void;
}) {
  const versions = useQuery(versionsQuery(appId, page.id));
  const [selected, setSelected] = useState<string | null>(null);
  const draftId = page.draftVersionId ?? '';
  const diff = useQuery({
    ...diffQuery(appId, page.id, selected ?? '', draftId),
    enabled: !!selected && !!draftId,
  });
  const restore = useMutation({
    mutationFn: (versionId: string) =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/pages/{pageId}/versions/{versionId}/restore', {
          params: { path: { appId, pageId: page.id, versionId } },
        }),
      ),
    onSuccess: (restored) => {
      // The restored version is the draft now; reload the editor on it.
      localStorage.removeItem(`qspace:draft:${appId}:${page.id}`);
      onRestored(restored);
      window.location.reload();
    },
  });
  const changes = ((diff.data?.sections ?? []) as unknown as Change[]).filter((c) => c.kind !== 'unchanged');
  return (
    <Dialog
      open
      onClose={onClose}
      title="Version history"
      description="Every save is a version. Pick one to see what changed since, or bring it back."
      size="3xl"
    >
      {readQueued(appId, page.id) && (
        <Alert tone="warning" className="mb-3">
          Some edits are not on the server yet; restoring replaces them.
        </Alert>
      )}
      {versions.isPending ? (
        <Loading />
      ) : versions.error ? (
        <Alert tone="error">{messageOf(versions.error)}</Alert>
      ) : (
        <div className="grid gap-4 md:grid-cols-[1fr_1.2fr]">
          <ol className="max-h-[55dvh] space-y-1 overflow-y-auto" aria-label="Versions">
            {versions.data.map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  onClick={() => setSelected(v.id)}
                  aria-pressed={selected === v.id}
                  className={cn(
                    'w-full rounded-lg border px-3 py-2 text-left text-sm focus-visible:outline-2 focus-visible:outline-brand',
                    selected === v.id ? 'border-brand bg-brand-soft' : 'border-line hover:bg-subtle',
                  )}
                >
                  <span className="flex items-center gap-2 font-medium text-ink">
                    Version {v.number}
                    {v.draft && <Badge tone="brand">Draft</Badge>}
                    {v.published && <Badge tone="success">Live</Badge>}
                  </span>
                  <span className="block text-xs text-ink-muted">
                    {v.authorName} · {new Date(v.createdAt).toLocaleString()}
                    {v.message && ` · ${v.message}`}
                  </span>
                </button>
              </li>
            ))}
          </ol>
          <div className="rounded-lg border border-line p-3 text-sm">
            {!selected ? (
              <p className="text-ink-muted">Select a version to compare it with the current draft.</p>
            ) : diff.isPending ? (
              <Loading label="Comparing…" />
            ) : diff.error ? (
              <Alert tone="error">{messageOf(diff.error)}</Alert>
            ) : (
              <div className="space-y-3">
                <p className="font-medium text-ink">From this version to the draft</p>
                {diff.data?.same ? (
                  <p className="text-ink-muted">Same content as the draft.</p>
                ) : (
                  <ul className="space-y-1.5" aria-label="Changes">
                    {diff.data?.title && (
                      <li>
                        Title: “{diff.data.title.from}” → “{diff.data.title.to}”
                      </li>
                    )}
                    {diff.data && diff.data.seo.length > 0 && <li>SEO: {diff.data.seo.join(', ')}</li>}
                    {changes.map((c) => (
                      <li key={`${c.kind}:${c.id}`} className="flex flex-wrap items-baseline gap-1.5">
                        <Badge
                          tone={c.kind === 'removed' ? 'warning' : c.kind === 'added' ? 'success' : 'neutral'}
                        >
                          {c.kind === 'added'
                            ? 'Added'
                            : c.kind === 'removed'
                              ? 'Removed'
                              : KIND_TEXT[c.kind]}
                        </Badge>
                        <span className="font-medium">{c.type}</span>
                        {c.props && c.props.length > 0 && (
                          <span className="text-ink-muted">{c.props.join(', ')}</span>
                        )}
                        {c.kind === 'moved' && (
                          <span className="text-ink-muted">
                            position {(c.from ?? 0) + 1} → {(c.to ?? 0) + 1}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {restore.error && <Alert tone="error">{messageOf(restore.error)}</Alert>}
                {canRestore && (
                  <Button
                    size="sm"
                    variant="secondary"
                    loading={restore.isPending}
                    onClick={() => restore.mutate(selected)}
                  >
                    <RotateCcw className="size-4" aria-hidden="true" />
                    Restore this version
                  </Button>
                )}
              </div>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
