import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ArrowLeft, ArrowRight } from 'lucide-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/errors';
import { appsQuery, startersQuery } from '../api/queries';
import { categoriesOf } from '../areas/account/onboarding/categories';
import { CategoryStep } from '../areas/account/onboarding/category-step';
import { DesignStep } from '../areas/account/onboarding/design-step';
import { DetailsStep } from '../areas/account/onboarding/details-step';
import { Stepper } from '../areas/account/onboarding/stepper';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Skeleton } from '../components/ui/spinner';
import { type FieldErrors, fieldErrorsOf, SLUG_RE, slugify } from '../lib/forms';

const FIELDS = ['name', 'slug', 'starter'] as const;
type FieldName = (typeof FIELDS)[number];

const HEADINGS = [
  { title: 'What kind of business is it?', text: 'We’ll show you designs made for businesses like it.' },
  {
    title: 'Pick a design',
    text: 'These are the real starter sites, live. Each comes with pages and sample content you can change.',
  },
  { title: 'Name your App', text: 'Its name and its web address. You can change both later in settings.' },
] as const;

/** Creates the App from its starter, then finds its home page so the editor can open on it. */
async function createApp(body: { name: string; slug: string; starter: string }) {
  const app = await unwrap(api.POST('/api/v1/apps', { body }));
  const pages = await unwrap(
    api.GET('/api/v1/apps/{appId}/pages', { params: { path: { appId: app.id } } }),
  ).catch(() => []);
  return { app, home: pages.find((p) => p.isHome) ?? pages[0] };
}

/**
 * `/apps/new`, the create-App wizard: category → design (live previews of that category's three
 * starters) → name and address (availability checked as you type) → created, and on into the editor.
 * Going back and forth keeps every choice.
 */
export function NewApp() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const starters = useQuery(startersQuery);
  const categories = useMemo(() => categoriesOf(starters.data ?? []), [starters.data]);
  const [step, setStep] = useState(0);
  const [category, setCategory] = useState<string | null>(null);
  const [starter, setStarter] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<FieldErrors<FieldName | 'category'>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const chosenCategory = categories.find((c) => c.id === category);
  const chosenStarter = chosenCategory?.starters.find((s) => s.id === starter);

  const create = useMutation({
    mutationFn: createApp,
    onSuccess: async ({ app, home }) => {
      await queryClient.invalidateQueries({ queryKey: appsQuery.queryKey });
      // The editor route belongs to the pages area; it is reached by URL so this screen does not depend on it.
      if (home) await navigate({ href: `/apps/${app.id}/pages/${home.id}` });
      else await navigate({ to: '/apps/$appId', params: { appId: app.id } });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return setFormError(messageOf(error));
      const mapped = fieldErrorsOf(error, FIELDS);
      setErrors(mapped.fields);
      setFormError(mapped.form ?? mapped.fields.starter ?? null);
    },
  });

  const go = (next: number) => {
    setErrors({});
    setFormError(null);
    setStep(next);
    // The new step is announced by moving focus to its heading (after React has rendered it).
    requestAnimationFrame(() => heading.current?.focus());
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 0) return category ? go(1) : setErrors({ category: 'Pick a category to continue.' });
    if (step === 1) return chosenStarter ? go(2) : setErrors({ starter: 'Pick a design to continue.' });
    const local: FieldErrors<FieldName> = {};
    if (!name.trim()) local.name = 'Give the App a name — usually your business’s name.';
    if (!SLUG_RE.test(slug)) local.slug = 'Use 3–40 lowercase letters, digits and single hyphens.';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length === 0 && chosenStarter)
      create.mutate({ name: name.trim(), slug, starter: chosenStarter.id });
  };

  const pickCategory = (id: string) => {
    setCategory(id);
    setErrors({});
    // A design belongs to one category: a new category means choosing its design again.
    if (id !== category) setStarter(null);
  };

  const stepError = errors.category ?? (step === 1 ? errors.starter : undefined);
  const { title, text } = HEADINGS[step] ?? HEADINGS[0];
  return (
    <div className="mx-auto max-w-5xl">
      <Link
        to="/"
        className="mb-6 inline-flex items-center gap-1.5 rounded text-sm font-medium text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
      >
        <ArrowLeft className="size-4" aria-hidden="true" /> All Apps
      </Link>
      <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">Create an App</h1>
        <Stepper step={step} onGo={go} />
      </div>
      <form onSubmit={onSubmit} noValidate aria-labelledby="wizard-step-title">
        <div className="mb-5">
          <h2
            id="wizard-step-title"
            ref={heading}
            tabIndex={-1}
            className="text-lg font-semibold text-ink outline-none"
          >
            {title}
          </h2>
          <p className="mt-1 text-sm text-ink-muted">{text}</p>
        </div>
        {starters.isPending && (
          <div className="grid gap-4 md:grid-cols-3" aria-busy="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-44 rounded-xl" />
            ))}
          </div>
        )}
        {starters.isError && (
          <Alert
            tone="error"
            title="The designs could not be loaded"
            actions={
              <Button type="button" size="sm" variant="secondary" onClick={() => starters.refetch()}>
                Try again
              </Button>
            }
          >
            {messageOf(starters.error)}
          </Alert>
        )}
        {starters.data && step === 0 && (
          <CategoryStep categories={categories} value={category} onChange={pickCategory} />
        )}
        {starters.data && step === 1 && chosenCategory && (
          <DesignStep
            starters={chosenCategory.starters}
            value={starter}
            onChange={(id) => {
              setStarter(id);
              setErrors({});
            }}
          />
        )}
        {starters.data && step === 2 && chosenStarter && (
          <DetailsStep
            starter={chosenStarter}
            name={name}
            slug={slug}
            errors={errors}
            onName={(value) => {
              setName(value);
              if (!slugEdited) setSlug(slugify(value));
            }}
            onSlug={(value) => {
              setSlugEdited(value !== '');
              setSlug(value);
            }}
            onChangeDesign={() => go(1)}
          />
        )}
        {(stepError || formError) && (
          <p role="alert" className="mt-4 text-sm font-medium text-danger">
            {stepError ?? formError}
          </p>
        )}
        <div className="mt-8 flex flex-col-reverse gap-3 border-t border-line pt-6 sm:flex-row sm:justify-between">
          {step === 0 ? (
            <Button asChild variant="secondary">
              <Link to="/">Cancel</Link>
            </Button>
          ) : (
            <Button type="button" variant="secondary" onClick={() => go(step - 1)}>
              <ArrowLeft className="size-4" aria-hidden="true" /> Back
            </Button>
          )}
          {step < 2 ? (
            <Button type="submit" disabled={!starters.data}>
              Next <ArrowRight className="size-4" aria-hidden="true" />
            </Button>
          ) : (
            <Button type="submit" loading={create.isPending}>
              {create.isPending ? 'Creating your App…' : 'Create App'}
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
