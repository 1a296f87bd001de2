/** The post editor's form: its values, what changed since the last save, and server errors per field. */
import { ApiError, messageOf } from '../../../api/errors';
import type { Post } from '../api';
import type { RichTextDoc } from './richtext';

export interface PostForm {
  title: string;
  slug: string;
  excerpt: string;
  cover: { src: string; alt: string };
  tags: string[];
  body: RichTextDoc;
  seo: { title: string; description: string; noindex: boolean };
}

export const POST_FIELDS = [
  'title',
  'slug',
  'excerpt',
  'cover',
  'tags',
  'body',
  'seo.title',
  'seo.description',
] as const;
export type PostField = (typeof POST_FIELDS)[number];

export function formOf(post: Post): PostForm {
  return {
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    cover: { src: post.cover.src, alt: post.cover.alt },
    tags: [...post.tags],
    body: post.body as unknown as RichTextDoc,
    seo: { title: post.seo.title, description: post.seo.description, noindex: post.seo.noindex },
  };
}

/**
 * The PUT body: every field, so what is saved is what is on screen — except an unchanged excerpt,
 * which the server may have written from the body: sent back, it would count as typed and stop
 * following the body.
 */
export function patchOf(form: PostForm, saved: PostForm) {
  return {
    title: form.title,
    slug: form.slug.trim(),
    ...(form.excerpt !== saved.excerpt ? { excerpt: form.excerpt } : {}),
    cover: form.cover,
    tags: form.tags,
    body: form.body as unknown as Record<string, unknown>,
    seo: form.seo,
  };
}

/** JSON with object keys sorted: the database hands JSON back with its keys in another order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export const sameForm = (a: PostForm, b: PostForm) => stableJson(a) === stableJson(b);

/**
 * Server errors placed on the fields they are about: 422 issues by path (`body.content[2]…` goes
 * to the body, `seo.title` to the SEO title), slug codes to the slug. The rest is a form message.
 */
export function postErrorsOf(error: unknown): {
  fields: Partial<Record<PostField, string>>;
  form: string | null;
} {
  if (!(error instanceof ApiError)) return { fields: {}, form: messageOf(error) };
  const fields: Partial<Record<PostField, string>> = {};
  for (const issue of error.issues) {
    const field = POST_FIELDS.find(
      (f) => issue.path === f || issue.path.startsWith(`${f}.`) || issue.path.startsWith(`${f}[`),
    );
    if (field && !fields[field])
      fields[field] = field === 'body' ? bodyMessage(issue.path, issue.message) : issue.message;
  }
  if (error.code.endsWith('post_slug_invalid') || error.code.endsWith('post_slug_taken'))
    fields.slug = error.message;
  const placed = Object.keys(fields).length > 0;
  return { fields, form: placed ? null : error.message };
}

/** "In block 3: …" reads better than a JSON path. */
function bodyMessage(path: string, message: string): string {
  const block = /^body\.content\[(\d+)\]/.exec(path)?.[1];
  return block === undefined ? message : `Block ${Number(block) + 1}: ${message}`;
}
