/** The post's side fields: address (slug), excerpt, cover, tags and how search engines show it. */

import { useId } from 'react';
import { Card } from '../../../components/ui/card';
import { Checkbox } from '../../../components/ui/checkbox';
import { Field, TextField } from '../../../components/ui/field';
import { Label } from '../../../components/ui/label';
import { ImageField } from '../media/image-field';
import type { PostField, PostForm } from './post-form';
import { MAX_TAGS, TagsInput } from './tags-input';

interface PostFieldsProps {
  appId: string;
  form: PostForm;
  set: <K extends keyof PostForm>(key: K, value: PostForm[K]) => void;
  errors: Partial<Record<PostField, string>>;
  readOnly: boolean;
  siteSlug: string | undefined;
}

const textareaClass =
  'block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-[15px] shadow-xs focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15 aria-invalid:border-danger read-only:bg-subtle sm:text-sm';

export function PostFields({ appId, form, set, errors, readOnly, siteSlug }: PostFieldsProps) {
  const noindexId = useId();
  const seoTitle = form.seo.title || form.title;
  const seoDescription = form.seo.description || form.excerpt;
  return (
    <>
      <Card className="space-y-4 p-4">
        <TextField
          label="Address"
          value={form.slug}
          readOnly={readOnly}
          maxLength={80}
          onChange={(e) => set('slug', e.target.value.toLowerCase().replace(/\s+/g, '-'))}
          hint={<span className="break-all font-mono text-xs">/blog/{form.slug || '…'}</span>}
          error={errors.slug}
          spellCheck={false}
        />
        <Field
          label="Excerpt"
          hint="Shown in the blog list. Leave empty to use the start of the post."
          error={errors.excerpt}
        >
          {(control) => (
            <textarea
              {...control}
              value={form.excerpt}
              readOnly={readOnly}
              rows={3}
              maxLength={300}
              onChange={(e) => set('excerpt', e.target.value)}
              className={textareaClass}
            />
          )}
        </Field>
        <ImageField
          appId={appId}
          label="Cover image"
          value={form.cover.src}
          readOnly={readOnly}
          error={errors.cover}
          onChange={(src, alt) => set('cover', { src, alt })}
        />
        {form.cover.src && (
          <TextField
            label="Cover alt text"
            value={form.cover.alt}
            readOnly={readOnly}
            maxLength={300}
            onChange={(e) => set('cover', { ...form.cover, alt: e.target.value })}
          />
        )}
        <Field label="Tags" hint={`Up to ${MAX_TAGS}. Press Enter after each.`} error={errors.tags}>
          {(control) => (
            <TagsInput
              {...control}
              value={form.tags}
              readOnly={readOnly}
              onChange={(tags) => set('tags', tags)}
            />
          )}
        </Field>
      </Card>
      <Card className="space-y-4 p-4">
        <h2 className="text-sm font-semibold">Search engines</h2>
        <section className="rounded-lg border border-line bg-canvas p-3" aria-label="Search result preview">
          <p className="truncate text-xs text-ink-faint">
            {siteSlug ? `…/s/${siteSlug}/blog/${form.slug}` : `/blog/${form.slug}`}
          </p>
          <p className="truncate text-[15px] font-medium text-info">{seoTitle || 'Post title'}</p>
          <p className="line-clamp-2 text-[13px] text-ink-muted">
            {seoDescription || 'A short description of the post.'}
          </p>
        </section>
        <TextField
          label="SEO title"
          value={form.seo.title}
          readOnly={readOnly}
          maxLength={70}
          placeholder={form.title}
          onChange={(e) => set('seo', { ...form.seo, title: e.target.value })}
          hint={`${form.seo.title.length}/60 — empty uses the post title.`}
          error={errors['seo.title']}
        />
        <Field
          label="SEO description"
          hint={`${form.seo.description.length}/155 — empty uses the excerpt.`}
          error={errors['seo.description']}
        >
          {(control) => (
            <textarea
              {...control}
              value={form.seo.description}
              readOnly={readOnly}
              rows={3}
              maxLength={200}
              onChange={(e) => set('seo', { ...form.seo, description: e.target.value })}
              className={textareaClass}
            />
          )}
        </Field>
        <div className="flex items-start gap-2.5 text-sm">
          <Checkbox
            id={noindexId}
            aria-describedby={`${noindexId}-hint`}
            checked={form.seo.noindex}
            disabled={readOnly}
            onCheckedChange={(v) => set('seo', { ...form.seo, noindex: v === true })}
            className="mt-0.5"
          />
          <div>
            <Label htmlFor={noindexId} className="font-normal">
              Hide from search engines
            </Label>
            <p id={`${noindexId}-hint`} className="text-[13px] text-ink-muted">
              The post stays on your blog, but Google is asked not to list it.
            </p>
          </div>
        </div>
      </Card>
    </>
  );
}
