/** Publish with a confirmation: the draft is saved first, then made live; the live address follows. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ExternalLink, Rocket } from 'lucide-react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { livePath, type PageDetail, pageKey, pagesKey } from '../queries';
import type { DraftSync } from './draft-sync';

export function PublishDialog({
  appId,
  appSlug,
  page,
  sync,
  onClose,
}: {
  appId: string;
  appSlug: string;
  page: PageDetail;
  sync: DraftSync;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const url = `${globalThis.location?.origin ?? ''}${livePath(appSlug, page.slug)}`;
  const publish = useMutation({
    mutationFn: async () => {
      await sync.saveNow();
      return unwrap(
        api.POST('/api/v1/apps/{appId}/pages/{pageId}/publish', {
          params: { path: { appId, pageId: page.id } },
          body: {},
        }),
      );
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: pagesKey(appId), exact: true });
      void qc.invalidateQueries({ queryKey: pageKey(appId, page.id) });
    },
  });
  return (
    <Dialog
      size="lg"
      open
      onClose={onClose}
      title={publish.isSuccess ? 'Published' : `Publish “${page.title}”?`}
      description={
        publish.isSuccess
          ? 'Your changes are live.'
          : 'Everyone who visits the page will see this version at once.'
      }
    >
      <div className="space-y-4">
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
        {publish.error && <Alert tone="error">{messageOf(publish.error)}</Alert>}
        <div className="flex justify-end gap-2">
          {publish.isSuccess ? (
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
            <>
              <Button variant="secondary" onClick={onClose}>
                Cancel
              </Button>
              <Button loading={publish.isPending} onClick={() => publish.mutate()}>
                <Rocket className="size-4" aria-hidden="true" />
                Publish now
              </Button>
            </>
          )}
        </div>
      </div>
    </Dialog>
  );
}
