/** Deleting the App: the owner types its slug back (the server checks it too). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Trash2 } from 'lucide-react';
import { useState } from 'react';
import { type App, api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/errors';
import { appsQuery } from '../../../api/queries';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { TextField } from '../../../components/ui/field';
import { toast } from '../../../components/ui/toast';

export function DangerZone({ app }: { app: App }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}', {
          params: { path: { appId: app.id } },
          body: { confirmSlug: typed.trim() },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      queryClient.removeQueries({ queryKey: ['apps', app.id] });
      await queryClient.invalidateQueries({ queryKey: appsQuery.queryKey });
      toast.success(`${app.name} was deleted.`);
      await navigate({ to: '/' });
    },
  });
  return (
    <section aria-labelledby="danger-title">
      <Card className="border-danger/30">
        <div className="flex flex-col gap-4 px-5 py-5 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <h2 id="danger-title" className="font-semibold text-danger">
              Delete this App
            </h2>
            <p className="mt-0.5 max-w-xl text-sm text-ink-muted">
              Removes the site, its pages, posts, media, inbox and team access for good. There is no undo.
            </p>
          </div>
          <Button
            variant="danger"
            onClick={() => {
              setTyped('');
              remove.reset();
              setOpen(true);
            }}
            className="shrink-0"
          >
            <Trash2 className="size-4" aria-hidden="true" /> Delete App
          </Button>
        </div>
      </Card>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={`Delete ${app.name}?`}
        confirmLabel="Delete this App forever"
        loading={remove.isPending}
        confirmDisabled={typed.trim() !== app.slug}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={() => remove.mutate()}
      >
        <p>
          The site at <span className="font-mono text-ink">/s/{app.slug}/</span> goes offline and everything
          in the App is deleted: pages, posts, media, messages, members and API keys.
        </p>
        <TextField
          label={
            <>
              Type <span className="font-mono font-semibold">{app.slug}</span> to confirm
            </>
          }
          name="confirm-slug"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
      </ConfirmDialog>
    </section>
  );
}
