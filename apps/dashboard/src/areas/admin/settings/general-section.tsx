/** Name and address (slug). Changing the slug moves the site: old links stop working. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { type App, api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { appQuery, appsQuery } from '../../../api/queries';
import { SlugField, type SlugState } from '../../../components/app/slug-field';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { toast } from '../../../components/ui/toast';
import { type FieldErrors, fieldErrorsOf, SLUG_RE } from '../../../lib/forms';
import { Section } from '../shared/section';

const FIELDS = ['name', 'slug'] as const;
type FieldName = (typeof FIELDS)[number];

export function GeneralSection({ app, editable }: { app: App; editable: boolean }) {
  const origin = globalThis.location?.origin ?? '';
  if (!editable)
    return (
      <Section id="general" title="General">
        <dl className="grid gap-4 px-5 py-5 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-ink-faint">Name</dt>
            <dd className="mt-0.5 font-medium text-ink">{app.name}</dd>
          </div>
          <div>
            <dt className="text-ink-faint">Site address</dt>
            <dd className="mt-0.5 break-all font-mono text-[13px] text-ink">
              {origin}/s/{app.slug}/
            </dd>
          </div>
        </dl>
      </Section>
    );
  return <GeneralForm app={app} origin={origin} />;
}

function GeneralForm({ app, origin }: { app: App; origin: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(app.name);
  const [slug, setSlug] = useState(app.slug);
  const [slugState, setSlugState] = useState<SlugState>('current');
  const [errors, setErrors] = useState<FieldErrors<FieldName>>({});
  const [formError, setFormError] = useState<string | null>(null);
  // Follow the App when it changes elsewhere (another tab, a teammate) while nothing is being edited.
  useEffect(() => {
    setName(app.name);
    setSlug(app.slug);
  }, [app.name, app.slug]);

  const save = useMutation({
    mutationFn: (body: { name?: string; slug?: string }) =>
      unwrap(api.PATCH('/api/v1/apps/{appId}', { params: { path: { appId: app.id } }, body })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(appQuery(app.id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: appsQuery.queryKey });
      toast.success(
        updated.slug !== app.slug ? `Saved. Your site now lives at /s/${updated.slug}/.` : 'Saved.',
      );
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return setFormError(messageOf(error));
      const mapped = fieldErrorsOf(error, FIELDS);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    },
  });

  const changed = name.trim() !== app.name || slug !== app.slug;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors<FieldName> = {};
    if (!name.trim()) local.name = 'Give the App a name — usually your business’s name.';
    if (!SLUG_RE.test(slug)) local.slug = 'Use 3–40 lowercase letters, digits and single hyphens.';
    else if (slugState === 'unavailable') local.slug = 'This address is not available. Pick another one.';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0 || !changed) return;
    save.mutate({
      ...(name.trim() !== app.name ? { name: name.trim() } : {}),
      ...(slug !== app.slug ? { slug } : {}),
    });
  };
  const onSlugState = useCallback((s: SlugState) => setSlugState(s), []);

  return (
    <Section id="general" title="General" description="How the App is called, and where its site lives.">
      <form onSubmit={submit} noValidate className="space-y-5 px-5 py-5">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-5 md:grid-cols-2">
          <TextField
            label="App name"
            name="name"
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            error={errors.name}
            hint="Shown on your site and in the dashboard."
          />
          <SlugField
            slug={slug}
            current={app.slug}
            error={errors.slug}
            onChange={setSlug}
            onState={onSlugState}
          />
        </div>
        {slug !== app.slug && SLUG_RE.test(slug) && (
          <Alert tone="warning" title="Your site’s address will change">
            The site moves from <span className="font-mono text-ink">/s/{app.slug}/</span> to{' '}
            <span className="font-mono text-ink">/s/{slug}/</span>. Links people saved, shared or printed with
            the old address stop working, and the old address becomes free for others.
          </Alert>
        )}
        <div className="flex flex-col-reverse gap-3 border-t border-line pt-5 sm:flex-row sm:items-center sm:justify-between">
          <p className="break-all text-[13px] text-ink-muted">
            Live at{' '}
            <a
              href={`/s/${app.slug}/`}
              target="_blank"
              rel="noreferrer"
              className="font-mono text-brand hover:underline"
            >
              {origin}/s/{app.slug}/
            </a>
          </p>
          <div className="flex gap-2 sm:shrink-0">
            {changed && (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setName(app.name);
                  setSlug(app.slug);
                  setErrors({});
                  setFormError(null);
                }}
              >
                Discard
              </Button>
            )}
            <Button
              type="submit"
              loading={save.isPending}
              disabled={!changed}
              className="flex-1 sm:flex-none"
            >
              Save changes
            </Button>
          </div>
        </div>
      </form>
    </Section>
  );
}
