/** The dialogs of the pages list: create, settings (title, slug, SEO) and delete. */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TriangleAlert } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, messageOf } from '../../api/errors';
import type { paths } from '../../api/schema';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { Dialog } from '../../components/ui/dialog';
import { Field, TextField } from '../../components/ui/field';
import { Label } from '../../components/ui/label';
import { cn } from '../../lib/cn';
import { SectionThumb } from './editor/section-thumbs';
import { type PageSummary, pageSlugOf, pagesKey } from './queries';
import { SearchPreview, SocialPreview } from './seo-preview';

type Errors = Record<string, string>;
/** The template ids the server accepts (from its route definition). */
type TemplateId = NonNullable<
  NonNullable<
    paths['/api/v1/apps/{appId}/pages']['post']['requestBody']
  >['content']['application/json']['template']
>;

/** Server validation issues by field path (`seo.title` → `seo.title`, `slug` → `slug`). */
function errorsOf(error: unknown): { fields: Errors; form: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, form: messageOf(error) };
  const fields: Errors = {};
  for (const issue of error.issues) if (!fields[issue.path]) fields[issue.path] = issue.message;
  if (error.code.includes('slug') && !fields.slug) fields.slug = error.message;
  return { fields, form: Object.keys(fields).length ? null : error.message };
}

export function CreatePageDialog({
  appId,
  open,
  onClose,
  onCreated,
}: {
  appId: string;
  open: boolean;
  onClose: () => void;
  onCreated: (page: PageSummary) => void;
}) {
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [template, setTemplate] = useState('blank');
  const templates = useQuery(templatesQuery);
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/pages', {
          params: { path: { appId } },
          body: { title, slug, ...(template !== 'blank' ? { template: template as TemplateId } : {}) },
        }),
      ),
    onSuccess: (page) => {
      void qc.invalidateQueries({ queryKey: pagesKey(appId) });
      setTitle('');
      setSlug('');
      setSlugTouched(false);
      setTemplate('blank');
      onCreated(page);
    },
  });
  const errors = create.error ? errorsOf(create.error) : { fields: {} as Errors, form: null };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <Dialog
      size="3xl"
      open={open}
      onClose={onClose}
      title="New page"
      description="It starts as a draft with the site’s navigation and footer: nobody sees it until you publish."
    >
      <form onSubmit={submit} className="space-y-4" id="create-page">
        <TextField
          label="Title"
          value={title}
          required
          autoFocus
          error={errors.fields.title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!slugTouched) setSlug(pageSlugOf(e.target.value));
          }}
        />
        <TextField
          label="Address"
          value={slug}
          required
          hint={`Lowercase letters, digits and hyphens: /${slug || 'about-us'}`}
          error={errors.fields.slug}
          onChange={(e) => {
            setSlugTouched(true);
            setSlug(e.target.value);
          }}
        />
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-ink">Start from</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {(templates.data ?? [{ id: 'blank', name: 'Blank', description: '', sections: [] }]).map((t) => (
              <label
                key={t.id}
                title={t.description}
                className={cn(
                  'flex cursor-pointer flex-col gap-1.5 rounded-xl border p-2 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand',
                  template === t.id
                    ? 'border-brand bg-brand-soft'
                    : 'border-line bg-surface hover:border-line-strong',
                )}
              >
                <input
                  type="radio"
                  name="page-template"
                  value={t.id}
                  className="sr-only"
                  checked={template === t.id}
                  onChange={() => setTemplate(t.id)}
                />
                <TemplatePicture sections={t.sections} />
                <span className="px-0.5 text-sm font-medium text-ink">{t.name}</span>
              </label>
            ))}
          </div>
          <p className="mt-2 min-h-5 text-[13px] text-ink-muted">
            {templates.data?.find((t) => t.id === template)?.description}
          </p>
        </fieldset>
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <div className="flex justify-end gap-2 pt-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Create page
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

const templatesQuery = queryOptions({
  queryKey: ['page-templates'],
  queryFn: () => unwrap(api.GET('/api/v1/page-templates')),
  staleTime: Number.POSITIVE_INFINITY,
});

/** A template as a tiny page: its sections' pictures stacked (or an empty page for "Blank"). */
function TemplatePicture({ sections }: { sections: string[] }) {
  const shown = sections.slice(0, 4);
  return (
    <span className="flex aspect-[4/3] flex-col gap-0.5 overflow-hidden rounded-lg border border-line bg-canvas p-1">
      {shown.length === 0 ? (
        <span className="grid flex-1 place-items-center text-xs text-ink-faint">Empty page</span>
      ) : (
        shown.map((type) => (
          <SectionThumb key={type} type={type} className="min-h-0 w-full flex-1 rounded-sm" />
        ))
      )}
    </span>
  );
}

/** Title and slug (rename, move) and SEO of one page, with its search and social previews. */
export function PageSettingsDialog({
  appId,
  appSlug,
  page,
  canAdmin,
  onClose,
}: {
  appId: string;
  appSlug: string;
  page: PageSummary;
  canAdmin: boolean;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const [title, setTitle] = useState(page.title);
  const [slug, setSlug] = useState(page.slug);
  const [seo, setSeo] = useState(page.seo);
  const [fieldErrors, setFieldErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const slugChanged = slug !== page.slug && !page.isHome;
  const origin = globalThis.location?.origin ?? '';
  const url = `${origin}/s/${appSlug}/${slug}`;

  const save = useMutation({
    mutationFn: async () => {
      const path = { appId, pageId: page.id };
      if (title !== page.title || JSON.stringify(seo) !== JSON.stringify(page.seo))
        await unwrap(
          api.PUT('/api/v1/apps/{appId}/pages/{pageId}', {
            params: { path },
            body: { title, seo, message: 'Page settings' },
          }),
        );
      if (slugChanged)
        await unwrap(api.PATCH('/api/v1/apps/{appId}/pages/{pageId}', { params: { path }, body: { slug } }));
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: pagesKey(appId) });
      onClose();
    },
    onError: (error) => {
      const { fields, form } = errorsOf(error);
      setFieldErrors(fields);
      setFormError(form);
    },
  });

  const seoField = (key: 'title' | 'description' | 'image') => ({
    value: seo[key],
    error: fieldErrors[`seo.${key}`],
    onChange: (e: { target: { value: string } }) => setSeo({ ...seo, [key]: e.target.value }),
  });

  return (
    <Dialog open onClose={onClose} title={`Page settings · ${page.title}`} size="2xl">
      <form
        className="space-y-5"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Title"
            value={title}
            required
            error={fieldErrors.title}
            onChange={(e) => setTitle(e.target.value)}
          />
          <TextField
            label="Address"
            value={slug}
            disabled={page.isHome || !canAdmin}
            hint={page.isHome ? 'The home page lives at the site’s root.' : `/${slug}`}
            error={fieldErrors.slug}
            onChange={(e) => setSlug(e.target.value)}
          />
        </div>
        {slugChanged && (
          <Alert tone="warning" title="Old links will break">
            Links to /{page.slug} from other sites, search results and shared messages will stop working.
          </Alert>
        )}
        <fieldset className="space-y-4 border-t border-line pt-4">
          <legend className="pt-4 text-sm font-semibold text-ink">Search and social</legend>
          <TextField label="SEO title" hint={`${seo.title.length}/60 characters`} {...seoField('title')} />
          <Field
            label="Meta description"
            error={fieldErrors['seo.description']}
            hint={`${seo.description.length}/160 characters`}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={seo.description}
                onChange={(e) => setSeo({ ...seo, description: e.target.value })}
                className="block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm text-ink shadow-xs focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15"
              />
            )}
          </Field>
          <TextField label="Social image URL" placeholder="/_site/images/…" {...seoField('image')} />
          <div className="flex items-center gap-2">
            <Checkbox
              id="seo-noindex"
              checked={seo.noindex}
              onCheckedChange={(v) => setSeo({ ...seo, noindex: v === true })}
            />
            <Label htmlFor="seo-noindex">Hide from search engines (noindex)</Label>
          </div>
          <div className="grid gap-4 md:grid-cols-2">
            <SearchPreview title={seo.title || title} description={seo.description} url={url} />
            <SocialPreview
              title={seo.title || title}
              description={seo.description}
              image={seo.image}
              host={origin.replace(/^https?:\/\//, '')}
            />
          </div>
        </fieldset>
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function DeletePageDialog({
  appId,
  page,
  onClose,
}: {
  appId: string;
  page: PageSummary;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/pages/{pageId}', { params: { path: { appId, pageId: page.id } } }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: pagesKey(appId) });
      onClose();
    },
  });
  return (
    <Dialog
      size="lg"
      open
      onClose={onClose}
      title={`Delete “${page.title}”?`}
      description="The page and its whole version history are deleted. Links to it will stop working."
    >
      <div className="space-y-4">
        <Alert tone="warning" title="This cannot be undone">
          If it is published, it disappears from the site at once.
        </Alert>
        {remove.error && <Alert tone="error">{messageOf(remove.error)}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="danger" loading={remove.isPending} onClick={() => remove.mutate()}>
            <TriangleAlert className="size-4" aria-hidden="true" />
            Delete page
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
