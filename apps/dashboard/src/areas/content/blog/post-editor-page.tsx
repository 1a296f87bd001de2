/**
 * One post: title and body on the left; status, address, excerpt, cover, tags and SEO on the right
 * (stacked on a phone). Save sends the whole form (PUT); publishing saves pending changes first.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useBlocker, useNavigate, useParams } from '@tanstack/react-router';
import { ArrowLeft, Check, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../api/errors';
import { appQuery } from '../../../api/queries';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Dialog } from '../../../components/ui/dialog';
import { Skeleton } from '../../../components/ui/spinner';
import { toast } from '../../../components/ui/toast';
import { type Post, postQuery, postsKey } from '../api';
import { usePermissions } from '../shared/permissions';
import { useAppId } from '../shared/use-app-id';
import { PostFields } from './post-fields';
import { formOf, type PostForm, patchOf, postErrorsOf, sameForm } from './post-form';
import { PublishPanel } from './publish-panel';
import { RichTextEditor } from './rich-text-editor';

export function PostEditorPage() {
  const appId = useAppId();
  const { postId } = useParams({ strict: false }) as { postId: string };
  const post = useQuery(postQuery(appId, postId));
  if (post.isPending)
    return (
      <div aria-busy="true" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="space-y-4">
          <Skeleton className="h-10 w-2/3" />
          <Skeleton className="h-96 rounded-xl" />
        </div>
        <Skeleton className="h-80 rounded-xl" />
      </div>
    );
  if (post.isError)
    return (
      <Alert
        tone="error"
        title="This post could not be opened"
        actions={
          <Button asChild size="sm" variant="secondary">
            <Link to="/apps/$appId/blog" params={{ appId }}>
              Back to the blog
            </Link>
          </Button>
        }
      >
        {messageOf(post.error)}
      </Alert>
    );
  return <Editor key={post.data.id} appId={appId} post={post.data} />;
}

type Busy = 'publish' | 'schedule' | 'unpublish' | null;

function Editor({ appId, post }: { appId: string; post: Post }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const can = usePermissions(appId);
  const app = useQuery(appQuery(appId));
  const [saved, setSaved] = useState<PostForm>(() => formOf(post));
  const [form, setForm] = useState<PostForm>(saved);
  const [current, setCurrent] = useState<Post>(post);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const titleId = useId();
  const bodyLabel = useId();
  const dirty = !sameForm(form, saved);

  const accept = useCallback(
    (updated: Post) => {
      const next = formOf(updated);
      setCurrent(updated);
      setSaved(next);
      // Server-side normalisation (slug, tags, excerpt) shows in the form; the body stays as typed.
      setForm((f) => ({ ...next, body: f.body }));
      queryClient.setQueryData(postQuery(appId, updated.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: [...postsKey(appId), 'list'] });
    },
    [appId, queryClient],
  );

  const save = useMutation({
    mutationFn: (values: PostForm) =>
      unwrap(
        api.PUT('/api/v1/apps/{appId}/posts/{postId}', {
          params: { path: { appId, postId: post.id } },
          body: patchOf(values, saved),
        }),
      ),
    onSuccess: accept,
  });
  const errors = save.error ? postErrorsOf(save.error) : { fields: {}, form: null };

  const publishing = useMutation({
    mutationFn: async (action: { kind: 'publish' | 'schedule' | 'unpublish'; at?: string }) => {
      setBusy(action.kind);
      if (dirty && can.edit) await save.mutateAsync(form);
      const path = { params: { path: { appId, postId: post.id } } };
      return action.kind === 'unpublish'
        ? unwrap(api.DELETE('/api/v1/apps/{appId}/posts/{postId}/publish', path))
        : unwrap(
            api.POST('/api/v1/apps/{appId}/posts/{postId}/publish', {
              ...path,
              body: action.at ? { at: action.at } : {},
            }),
          );
    },
    onSuccess: (updated, action) => {
      accept(updated);
      toast.success(
        action.kind === 'publish'
          ? 'Published: the post is on your site.'
          : action.kind === 'schedule'
            ? 'Scheduled.'
            : 'The post is a draft again.',
      );
    },
    onError: (error) => {
      if (!save.isError) toast.error(messageOf(error));
    },
    onSettled: () => setBusy(null),
  });

  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/posts/{postId}', { params: { path: { appId, postId: post.id } } }),
      ),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: postQuery(appId, post.id).queryKey });
      void queryClient.invalidateQueries({ queryKey: postsKey(appId) });
      setSaved(form); // nothing left to lose
      toast.success('Post deleted.');
      void navigate({ to: '/apps/$appId/blog', params: { appId } });
    },
  });

  const submit = useCallback(() => {
    if (can.edit && !save.isPending) save.mutate(form, { onSuccess: () => toast.success('Saved.') });
  }, [can.edit, save, form]);

  // Ctrl/Cmd+S saves from anywhere on the screen.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [submit]);

  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm('Leave this post? Your unsaved changes will be lost.'),
    enableBeforeUnload: () => dirty,
  });

  const set = <K extends keyof PostForm>(key: K, value: PostForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  return (
    <>
      <div className="mb-5 flex flex-wrap items-center gap-3">
        <Link
          to="/apps/$appId/blog"
          params={{ appId }}
          className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
        >
          <ArrowLeft className="size-4" aria-hidden="true" /> Blog
        </Link>
        <div className="ml-auto flex items-center gap-2">
          {can.edit && (
            <>
              <span className="text-sm text-ink-faint" aria-live="polite">
                {save.isPending ? (
                  'Saving…'
                ) : dirty ? (
                  'Unsaved changes'
                ) : (
                  <span className="inline-flex items-center gap-1">
                    <Check className="size-3.5" aria-hidden="true" /> Saved
                  </span>
                )}
              </span>
              <Button
                variant="ghost"
                size="sm"
                aria-label="Delete post"
                onClick={() => setConfirmDelete(true)}
              >
                <Trash2 className="size-4" aria-hidden="true" />
              </Button>
              <Button
                size="sm"
                loading={save.isPending}
                disabled={!dirty}
                onClick={submit}
                title="Save (Ctrl+S)"
              >
                Save
              </Button>
            </>
          )}
        </div>
      </div>
      {errors.form && (
        <Alert tone="error" title="The post was not saved" className="mb-4">
          {errors.form}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_320px]">
        <div className="min-w-0 space-y-4">
          <div>
            <label htmlFor={titleId} className="sr-only">
              Title
            </label>
            <textarea
              id={titleId}
              value={form.title}
              readOnly={!can.edit}
              rows={1}
              maxLength={160}
              placeholder="Post title"
              aria-invalid={errors.fields.title ? true : undefined}
              aria-describedby={errors.fields.title ? `${titleId}-error` : undefined}
              onChange={(e) => set('title', e.target.value.replace(/\n/g, ' '))}
              className="block w-full resize-none bg-transparent text-3xl font-semibold tracking-tight text-ink [field-sizing:content] placeholder:text-ink-faint focus-visible:rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand/40"
            />
            {errors.fields.title && (
              <p id={`${titleId}-error`} className="mt-1 text-[13px] font-medium text-danger">
                {errors.fields.title}
              </p>
            )}
          </div>
          <div>
            <span id={bodyLabel} className="sr-only">
              Post body
            </span>
            <RichTextEditor
              appId={appId}
              value={form.body}
              onChange={(body) => set('body', body)}
              editable={can.edit}
              labelledBy={bodyLabel}
              invalid={Boolean(errors.fields.body)}
            />
            {errors.fields.body && (
              <p className="mt-1 text-[13px] font-medium text-danger">{errors.fields.body}</p>
            )}
          </div>
        </div>
        <aside className="space-y-4">
          <Card className="p-4">
            <PublishPanel
              post={current}
              siteSlug={app.data?.slug}
              canPublish={can.publish}
              busy={busy}
              onPublish={(at) => publishing.mutate({ kind: at ? 'schedule' : 'publish', at })}
              onUnpublish={() => publishing.mutate({ kind: 'unpublish' })}
            />
          </Card>
          <PostFields
            appId={appId}
            form={form}
            set={set}
            errors={errors.fields}
            readOnly={!can.edit}
            siteSlug={app.data?.slug}
          />
        </aside>
      </div>
      <Dialog
        open={confirmDelete}
        onClose={() => setConfirmDelete(false)}
        title="Delete this post?"
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirmDelete(false)}>
              Keep it
            </Button>
            <Button variant="danger" loading={remove.isPending} onClick={() => remove.mutate()}>
              Delete post
            </Button>
          </>
        }
      >
        <p className="text-sm text-ink-muted">
          “{current.title}” is removed{current.status === 'published' ? ' from your site' : ''} for good. This
          cannot be undone.
        </p>
        {remove.isError && (
          <Alert tone="error" className="mt-3">
            {messageOf(remove.error)}
          </Alert>
        )}
      </Dialog>
    </>
  );
}
