/**
 * Pure rules for blog posts: slugs, tags, the shape of post fields, the excerpt, the media a post
 * uses and which status changes are allowed. No I/O: services/posts.ts and services/post-publishing.ts
 * apply them.
 */
import { collectMediaRefs, excerptOf, imageSrc, type RichTextDoc, richTextDoc, text } from '@qspace/site-kit';
import { z } from 'zod';
import type { PostStatus } from '../schema.js';

// ---- slugs -------------------------------------------------------------------------------------

export const POST_SLUG_MAX = 80;
/** a-z, 0-9 and single inner hyphens: never a path (`../`), never a leading or trailing hyphen. */
const POST_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidPostSlug(slug: string): boolean {
  return slug.length <= POST_SLUG_MAX && POST_SLUG.test(slug);
}

/** A slug suggestion from a title: "Chai na Mandazi: Our Story" → "chai-na-mandazi-our-story". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, POST_SLUG_MAX)
    .replace(/-+$/g, '');
  return slug === '' ? 'post' : slug;
}

/** `base`, or `base-2`, `base-3`… kept within the length limit. */
export function slugCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${base.slice(0, POST_SLUG_MAX - suffix.length).replace(/-+$/g, '')}${suffix}`;
}

// ---- tags --------------------------------------------------------------------------------------

export const MAX_TAGS = 10;

/** Tags compare case- and space-insensitively: "  Nairobi   Food" and "nairobi food" are one tag. */
export function normalizeTags(tags: readonly string[]): string[] {
  const clean = tags.map((t) => t.trim().replace(/\s+/g, ' ').toLowerCase()).filter((t) => t !== '');
  return [...new Set(clean)];
}

const Tags = z
  .array(text(40))
  .max(50, 'Send at most 50 tags.')
  .transform(normalizeTags)
  .refine((tags) => tags.length <= MAX_TAGS, `A post takes at most ${MAX_TAGS} tags.`);

// ---- fields ------------------------------------------------------------------------------------

const Title = z
  .string()
  .trim()
  .min(1, 'Give the post a title.')
  .max(160, 'Keep the title under 160 characters.');
const Excerpt = z.string().trim().max(300, 'Keep the excerpt under 300 characters.');
const Cover = z.object({ src: imageSrc(), alt: text(300) }).strict();
const Seo = z
  .object({
    title: z.string().trim().max(70, 'Search engines show about 60 characters of a title; keep it under 70.'),
    description: z
      .string()
      .trim()
      .max(200, 'Search engines show about 155 characters of a description; keep it under 200.'),
    image: imageSrc(),
    noindex: z.boolean(),
  })
  .strict();

export type PostCover = z.infer<typeof Cover>;
export type PostSeo = z.infer<typeof Seo>;

export const EMPTY_COVER: PostCover = { src: '', alt: '' };
export const EMPTY_SEO: PostSeo = { title: '', description: '', image: '', noindex: false };

/** Fields of a new post; only the title is required. */
export const PostCreateInput = z
  .object({
    title: Title,
    slug: z.string().optional(),
    excerpt: Excerpt.optional(),
    cover: Cover.optional(),
    tags: Tags.optional(),
    body: richTextDoc().optional(),
    seo: Seo.partial().optional(),
  })
  .strict();

/** A change to a post: every field optional; `seo` merges into the current SEO fields. */
export const PostPatchInput = PostCreateInput.partial().strict();

export type PostCreate = z.input<typeof PostCreateInput>;
export type PostPatch = z.input<typeof PostPatchInput>;

// ---- derived values ----------------------------------------------------------------------------

export const EXCERPT_CHARS = 200;

/**
 * The excerpt to store. An empty excerpt means "write it for me" (from the body). An excerpt that
 * was written that way follows later body edits; one the author typed is kept.
 */
export function resolveExcerpt(input: {
  given: string | undefined;
  previous: string;
  previousBody: RichTextDoc | null;
  body: RichTextDoc;
}): string {
  if (input.given !== undefined && input.given !== '') return input.given;
  if (input.given === '') return excerptOf(input.body, EXCERPT_CHARS);
  const wasAuto =
    input.previous === '' ||
    (input.previousBody !== null && input.previous === excerptOf(input.previousBody, EXCERPT_CHARS));
  return wasAuto ? excerptOf(input.body, EXCERPT_CHARS) : input.previous;
}

const MEDIA_SRC = /^media:([0-9a-f-]{36})$/i;

/** Ids of the media-library assets a post shows: images in the body, the cover and the SEO image. */
export function postMediaIds(post: { body: RichTextDoc; cover: PostCover; seo: PostSeo }): string[] {
  const srcs = [...collectMediaRefs(post.body), post.cover.src, post.seo.image];
  const ids = srcs.map((src) => MEDIA_SRC.exec(src)?.[1]?.toLowerCase()).filter((id): id is string => !!id);
  return [...new Set(ids)];
}

// ---- status ------------------------------------------------------------------------------------

export type PostAction = 'publish' | 'schedule' | 'unpublish';

/**
 * Where each action leads from each status; a missing entry is refused. Publishing a published post
 * and unpublishing a draft are harmless repeats (a double click), not errors. A published post is
 * unpublished before it can be scheduled again, so a live post never disappears by surprise.
 */
const TRANSITIONS: Record<PostAction, Partial<Record<PostStatus, PostStatus>>> = {
  publish: { draft: 'published', scheduled: 'published', published: 'published' },
  schedule: { draft: 'scheduled', scheduled: 'scheduled' },
  unpublish: { draft: 'draft', scheduled: 'draft', published: 'draft' },
};

/** The status after `action`, or null when the action is not allowed from `from`. */
export function nextStatus(from: PostStatus, action: PostAction): PostStatus | null {
  return TRANSITIONS[action][from] ?? null;
}

/** Why a publish time cannot be used, or null. */
export function scheduleProblem(at: Date, now: Date): string | null {
  if (Number.isNaN(at.getTime())) return 'This is not a valid date and time.';
  if (at.getTime() <= now.getTime()) return 'Pick a publish time in the future.';
  return null;
}
