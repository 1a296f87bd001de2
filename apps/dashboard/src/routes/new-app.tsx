import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ArrowLeft, ArrowUpRight, Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { type FormEvent, useDeferredValue, useEffect, useState } from 'react';
import { api, type Starter, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/errors';
import { appsQuery, slugQuery, startersQuery } from '../api/queries';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card } from '../components/ui/card';
import { Field, TextField } from '../components/ui/field';
import { Input } from '../components/ui/input';
import { Skeleton } from '../components/ui/spinner';
import { cn } from '../lib/cn';
import { type FieldErrors, fieldErrorsOf, SLUG_RE, slugify } from '../lib/forms';
import { PageHeader } from './app-shell';

const FIELDS = ['name', 'slug', 'starter'] as const;
type FieldName = (typeof FIELDS)[number];

/** A first, simple create form (name, address, starter). The full wizard with live previews comes later. */
export function NewApp() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const starters = useQuery(startersQuery);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [starter, setStarter] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors<FieldName>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (!starter && starters.data?.[0]) setStarter(starters.data[0].id);
  }, [starter, starters.data]);

  const create = useMutation({
    mutationFn: (body: { name: string; slug: string; starter: string }) =>
      unwrap(api.POST('/api/v1/apps', { body })),
    onSuccess: async (app) => {
      await queryClient.invalidateQueries({ queryKey: appsQuery.queryKey });
      await navigate({ to: '/', search: { created: app.id } });
    },
    onError: (error) => {
      if (error instanceof ApiError) {
        const mapped = fieldErrorsOf(error, FIELDS);
        setErrors(mapped.fields);
        setFormError(mapped.form);
      } else setFormError(messageOf(error));
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors<FieldName> = {};
    if (!name.trim()) local.name = 'Give the App a name — usually your business’s name.';
    if (!SLUG_RE.test(slug)) local.slug = 'Use 3–40 lowercase letters, digits and single hyphens.';
    if (!starter) local.starter = 'Pick a starter.';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length === 0 && starter) create.mutate({ name: name.trim(), slug, starter });
  };

  return (
    <div className="mx-auto max-w-3xl">
      <Link
        to="/"
        className="mb-6 inline-flex items-center gap-1.5 rounded text-sm font-medium text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> All Apps
      </Link>
      <PageHeader
        title="Create an App"
        description="Name it, choose its address, and start from a site made for businesses like yours."
      />
      <form onSubmit={onSubmit} noValidate className="space-y-6">
        {formError && <Alert tone="error">{formError}</Alert>}
        <Card className="space-y-5 p-6">
          <TextField
            label="App name"
            name="name"
            placeholder="Mama Oliech Restaurant"
            value={name}
            maxLength={80}
            onChange={(e) => {
              setName(e.target.value);
              if (!slugEdited) setSlug(slugify(e.target.value));
            }}
            error={errors.name}
          />
          <SlugField
            slug={slug}
            error={errors.slug}
            onChange={(value) => {
              setSlugEdited(true);
              setSlug(value);
            }}
          />
        </Card>
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-ink">Starter</legend>
          <p className="text-sm text-ink-muted">
            Every starter comes with real pages and sample content you can change.
          </p>
          {errors.starter && (
            <p className="text-[13px] font-medium text-danger" role="alert">
              {errors.starter}
            </p>
          )}
          <StarterPicker state={starters} value={starter} onChange={setStarter} />
        </fieldset>
        <div className="flex flex-col-reverse gap-3 border-t border-line pt-6 sm:flex-row sm:justify-end">
          <Button asChild variant="secondary">
            <Link to="/">Cancel</Link>
          </Button>
          <Button type="submit" loading={create.isPending}>
            {create.isPending ? 'Creating your App…' : 'Create App'}
          </Button>
        </div>
      </form>
    </div>
  );
}

function SlugField({
  slug,
  error,
  onChange,
}: {
  slug: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const deferred = useDeferredValue(slug);
  const [debounced, setDebounced] = useState(deferred);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(deferred), 300);
    return () => clearTimeout(timer);
  }, [deferred]);
  const checkable = SLUG_RE.test(debounced);
  const availability = useQuery({ ...slugQuery(debounced), enabled: checkable });
  const settled = debounced === slug;
  let status: React.ReactNode = <>Your site’s address. Lowercase letters, digits and hyphens.</>;
  if (slug && !SLUG_RE.test(slug)) status = <>Use 3–40 lowercase letters, digits and single hyphens.</>;
  else if (checkable && settled && availability.isFetching)
    status = (
      <span className="inline-flex items-center gap-1.5">
        <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" /> Checking…
      </span>
    );
  else if (checkable && settled && availability.data?.available)
    status = (
      <span className="inline-flex items-center gap-1.5 font-medium text-success">
        <Check className="size-3.5" aria-hidden="true" /> Available
      </span>
    );
  else if (checkable && settled && availability.data && !availability.data.available)
    status = (
      <span className="inline-flex items-center gap-1.5 font-medium text-warning">
        <CircleAlert className="size-3.5" aria-hidden="true" />
        {availability.data.reason === 'reserved'
          ? 'Reserved for the platform — pick another.'
          : 'Already taken — pick another.'}
      </span>
    );
  return (
    <Field label="Address" error={error} hint={<span aria-live="polite">{status}</span>}>
      {(control) => (
        <div className="flex rounded-lg shadow-xs">
          <span className="inline-flex items-center rounded-l-lg border border-r-0 border-line-strong bg-subtle px-3 font-mono text-[13px] text-ink-muted">
            /s/
          </span>
          <Input
            {...control}
            name="slug"
            value={slug}
            onChange={(e) => onChange(e.target.value.toLowerCase())}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={40}
            className="rounded-l-none font-mono shadow-none"
            placeholder="mama-oliech"
          />
        </div>
      )}
    </Field>
  );
}

interface StarterPickerProps {
  state: { isPending: boolean; isError: boolean; error: unknown; data?: Starter[]; refetch: () => unknown };
  value: string | null;
  onChange: (id: string) => void;
}

function StarterPicker({ state, value, onChange }: StarterPickerProps) {
  if (state.isPending)
    return (
      <div className="grid gap-3 sm:grid-cols-3" aria-busy="true">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-32 rounded-xl" />
        ))}
      </div>
    );
  if (state.isError || !state.data)
    return (
      <Alert
        tone="error"
        title="The starters could not be loaded"
        actions={
          <Button size="sm" variant="secondary" onClick={() => state.refetch()}>
            Try again
          </Button>
        }
      >
        {messageOf(state.error)}
      </Alert>
    );
  const categories = [...new Map(state.data.map((s) => [s.category, s.categoryName])).entries()];
  return (
    <div className="space-y-5">
      {categories.map(([category, categoryName]) => (
        <div key={category} className="space-y-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-ink-faint">{categoryName}</h3>
          <div className="grid gap-3 sm:grid-cols-3">
            {state.data
              ?.filter((s) => s.category === category)
              .map((s) => (
                <StarterOption key={s.id} starter={s} checked={value === s.id} onChange={onChange} />
              ))}
          </div>
        </div>
      ))}
    </div>
  );
}

function StarterOption({
  starter,
  checked,
  onChange,
}: {
  starter: Starter;
  checked: boolean;
  onChange: (id: string) => void;
}) {
  const [title, ...rest] = starter.name.split(' — ');
  return (
    <label
      className={cn(
        'relative flex h-full cursor-pointer flex-col rounded-xl border bg-surface p-4 shadow-xs transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand',
        checked ? 'border-brand ring-1 ring-brand' : 'border-line hover:border-line-strong',
      )}
    >
      <input
        type="radio"
        name="starter"
        value={starter.id}
        checked={checked}
        onChange={() => onChange(starter.id)}
        className="sr-only"
      />
      <span className="flex items-start justify-between gap-2">
        <span className="font-semibold text-ink">{title}</span>
        <span
          aria-hidden="true"
          className={cn(
            'grid size-4.5 shrink-0 place-items-center rounded-full border',
            checked ? 'border-brand bg-brand text-white' : 'border-line-strong',
          )}
        >
          {checked && <Check className="size-3" strokeWidth={3} />}
        </span>
      </span>
      <span className="mt-0.5 text-[13px] text-ink-muted">
        {rest.join(' — ') || starter.designSystemName}
      </span>
      <span className="mt-2 line-clamp-2 text-xs text-ink-faint sm:line-clamp-3">{starter.description}</span>
      <a
        href={starter.previewUrl}
        target="_blank"
        rel="noreferrer"
        className="relative mt-3 inline-flex w-fit items-center gap-1 rounded text-xs font-medium text-brand hover:underline focus-visible:outline-2 focus-visible:outline-brand"
      >
        Preview <ArrowUpRight className="size-3" aria-hidden="true" />
        <span className="sr-only">the {title} starter (opens in a new tab)</span>
      </a>
    </label>
  );
}
