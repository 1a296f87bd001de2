/**
 * Blog posts. Every function authorizes first, then works inside the App's tenant transaction (RLS).
 * Posts are not versioned: an edit to a published post is live at once, so it bumps the site
 * version like a page publish. Publishing and scheduling live in post-publishing.ts. Callers get
 * DTOs with ISO dates, never rows.
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  type Database,
  type Executor,
  isId,
  newId,
  systemClock,
  systemContext,
  type TenantContext,
} from '@qspace/core';
import { emptyDoc, formatPath, type RichTextDoc } from '@qspace/site-kit';
import { and, arrayContains, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  EMPTY_COVER,
  EMPTY_SEO,
  isValidPostSlug,
  normalizeTags,
  type PostCover,
  type PostCreate,
  PostCreateInput,
  type PostPatch,
  PostPatchInput,
  type PostSeo,
  postMediaIds,
  resolveExcerpt,
  slugCandidate,
  slugify,
} from '../domain/posts.js';
import { ContentErrors } from '../errors.js';
import { mediaUsage, POST_STATUSES, type PostStatus, posts } from '../schema.js';
import { actorName, bumpSiteVersion } from './site-version.js';

export type PostRow = typeof posts.$inferSelect;

/** A post as the API and the dashboard list see it (no body). */
export interface PostSummaryDto {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  cover: PostCover;
  tags: string[];
  authorId: string | null;
  authorName: string;
  status: PostStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  seo: PostSeo;
  createdAt: string;
  updatedAt: string;
}

/** A whole post, body included. */
export interface PostDto extends PostSummaryDto {
  body: RichTextDoc;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function summaryOf(row: PostRow): PostSummaryDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    cover: row.cover,
    tags: row.tags,
    authorId: row.authorId,
    authorName: row.authorName,
    status: row.status,
    publishedAt: iso(row.publishedAt),
    scheduledAt: iso(row.scheduledAt),
    seo: { ...EMPTY_SEO, ...row.seo },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// The body was validated on write; the column is typed `unknown` only because it is JSON.
export const postOf = (row: PostRow): PostDto => ({ ...summaryOf(row), body: row.body as RichTextDoc });

// ---- validation helpers ------------------------------------------------------------------------

/** A Zod result, or the module's 422 naming every offending field (`body.content[1].type`). */
function valid<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
  const first = issues[0];
  throw ContentErrors.post_invalid(
    { issues },
    first ? `${first.path || 'post'}: ${first.message}` : undefined,
  );
}

function checkedSlug(slug: string): string {
  const clean = slug.trim().toLowerCase();
  if (!isValidPostSlug(clean)) {
    throw ContentErrors.post_slug_invalid(
      { slug },
      `"${slug.slice(0, 100)}" cannot be a post slug: use 1–80 lowercase letters, digits and single hyphens, like our-new-menu.`,
    );
  }
  return clean;
}

const slugTaken = (slug: string) =>
  ContentErrors.post_slug_taken(
    { slug },
    `Another post of this App already uses the slug "${slug}". Pick another one.`,
  );

/** Postgres unique violation (a slug race lost to a concurrent write); drivers wrap it differently. */
function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let hops = 0; hops < 5 && e && typeof e === 'object'; hops++) {
    if ((e as { code?: unknown }).code === '23505') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

// ---- persistence helpers -----------------------------------------------------------------------

export async function loadPost(tx: Executor, ctx: TenantContext, postId: string): Promise<PostRow> {
  // Checked first: a malformed id would be a database error (500) instead of a plain 404.
  if (!isId(postId)) throw ContentErrors.post_not_found({ postId });
  const [row] = await tx
    .select()
    .from(posts)
    .where(and(eq(posts.appId, ctx.appId), eq(posts.id, postId)));
  if (!row) throw ContentErrors.post_not_found({ postId });
  return row;
}

async function slugOwner(tx: Executor, ctx: TenantContext, slug: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.appId, ctx.appId), eq(posts.slug, slug)));
  return row?.id ?? null;
}

/** The first free slug from the title: `title`, `title-2`, `title-3`… */
async function freeSlugFor(tx: Executor, ctx: TenantContext, title: string): Promise<string> {
  const base = slugify(title);
  for (let attempt = 1; attempt <= 100; attempt++) {
    const slug = slugCandidate(base, attempt);
    if (!(await slugOwner(tx, ctx, slug))) return slug;
  }
  throw slugTaken(base);
}

/** Rebuilds the post's rows in `content_media_usage` from what it shows now. */
async function syncMedia(
  tx: Executor,
  ctx: TenantContext,
  row: PostRow | null,
  postId: string,
): Promise<void> {
  await tx.delete(mediaUsage).where(and(eq(mediaUsage.ownerType, 'post'), eq(mediaUsage.ownerId, postId)));
  if (!row) return;
  const ids = postMediaIds({
    body: row.body as RichTextDoc,
    cover: row.cover,
    seo: { ...EMPTY_SEO, ...row.seo },
  });
  if (ids.length === 0) return;
  await tx
    .insert(mediaUsage)
    .values(
      ids.map((mediaId) => ({ appId: ctx.appId, mediaId, ownerType: 'post' as const, ownerId: postId })),
    );
}

/** Runs a write that may lose a slug race, turning the unique violation into the 409. */
async function guardSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}

// ---- reading -----------------------------------------------------------------------------------

const ListFilter = z
  .object({
    status: z.enum(POST_STATUSES).optional(),
    tag: z.string().trim().max(40).optional(),
    search: z.string().trim().max(100).optional(),
    limit: z.number().int().min(1).max(100).default(20),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export type PostListFilter = z.input<typeof ListFilter>;

export interface PostList {
  items: PostSummaryDto[];
  total: number;
  limit: number;
  offset: number;
}

/** `%` and `_` typed in a search box are text, not wildcards. */
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The App's posts, most recently edited first, filtered by status, tag and a search in title/excerpt. */
export async function listPosts(
  database: Database,
  ctx: TenantContext,
  filter: PostListFilter = {},
): Promise<PostList> {
  authorize(ctx, 'content.read');
  const f = valid(ListFilter.safeParse(filter));
  const conditions: (SQL | undefined)[] = [eq(posts.appId, ctx.appId)];
  if (f.status) conditions.push(eq(posts.status, f.status));
  const [tag] = normalizeTags(f.tag ? [f.tag] : []);
  if (tag) conditions.push(arrayContains(posts.tags, [tag]));
  if (f.search)
    conditions.push(
      or(ilike(posts.title, likePattern(f.search)), ilike(posts.excerpt, likePattern(f.search))),
    );
  const where = and(...conditions);
  return database.tenant(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(posts)
      .where(where)
      .orderBy(desc(posts.updatedAt), desc(posts.id))
      .limit(f.limit)
      .offset(f.offset);
    const [total] = await tx.select({ n: count() }).from(posts).where(where);
    return { items: rows.map(summaryOf), total: total?.n ?? 0, limit: f.limit, offset: f.offset };
  });
}

export async function getPost(database: Database, ctx: TenantContext, postId: string): Promise<PostDto> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => postOf(await loadPost(tx, ctx, postId)));
}

// ---- writing -----------------------------------------------------------------------------------

/** A new draft post. Without a slug, one is made from the title (and numbered if taken). */
export async function createPost(
  database: Database,
  ctx: TenantContext,
  input: PostCreate,
  clock: Clock = systemClock,
): Promise<PostDto> {
  authorize(ctx, 'content.edit');
  const data = valid(PostCreateInput.safeParse(input));
  const explicitSlug = data.slug === undefined ? null : checkedSlug(data.slug);
  const body = data.body ?? emptyDoc();
  return database.tenant(ctx, async (tx) => {
    if (explicitSlug && (await slugOwner(tx, ctx, explicitSlug))) throw slugTaken(explicitSlug);
    const slug = explicitSlug ?? (await freeSlugFor(tx, ctx, data.title));
    const now = clock.now();
    const id = newId();
    const authorName = await actorName(tx, ctx.actor);
    const [row] = await guardSlug(slug, () =>
      tx
        .insert(posts)
        .values({
          id,
          appId: ctx.appId,
          slug,
          title: data.title,
          excerpt: resolveExcerpt({ given: data.excerpt ?? '', previous: '', previousBody: null, body }),
          cover: data.cover ?? EMPTY_COVER,
          tags: data.tags ?? [],
          authorId: ctx.actor.type === 'user' ? ctx.actor.id : null,
          authorName,
          body,
          status: 'draft',
          seo: { ...EMPTY_SEO, ...data.seo },
          createdAt: now,
          updatedAt: now,
        })
        .returning(),
    );
    if (!row) throw ContentErrors.post_not_found({ postId: id });
    await syncMedia(tx, ctx, row, id);
    return postOf(row);
  });
}

/** Changes some fields of a post. A published post's changes are live at once. */
export async function updatePost(
  database: Database,
  ctx: TenantContext,
  postId: string,
  patch: PostPatch,
  clock: Clock = systemClock,
): Promise<PostDto> {
  authorize(ctx, 'content.edit');
  return database.tenant(ctx, async (tx) => {
    // Not found comes before invalid: another App's id must answer 404 whatever the body.
    const current = await loadPost(tx, ctx, postId);
    const data = valid(PostPatchInput.safeParse(patch));
    const slug = data.slug === undefined ? undefined : checkedSlug(data.slug);
    if (slug !== undefined && slug !== current.slug) {
      const owner = await slugOwner(tx, ctx, slug);
      if (owner && owner !== postId) throw slugTaken(slug);
    }
    const previousBody = current.body as RichTextDoc;
    const body = data.body ?? previousBody;
    const [row] = await guardSlug(slug ?? current.slug, () =>
      tx
        .update(posts)
        .set({
          slug,
          title: data.title,
          excerpt: resolveExcerpt({ given: data.excerpt, previous: current.excerpt, previousBody, body }),
          cover: data.cover,
          tags: data.tags,
          body: data.body,
          seo: data.seo ? { ...EMPTY_SEO, ...current.seo, ...data.seo } : undefined,
          updatedAt: clock.now(),
        })
        .where(and(eq(posts.appId, ctx.appId), eq(posts.id, postId)))
        .returning(),
    );
    if (!row) throw ContentErrors.post_not_found({ postId });
    await syncMedia(tx, ctx, row, postId);
    if (row.status === 'published') await bumpSiteVersion(tx, ctx.appId);
    return postOf(row);
  });
}

export async function deletePost(database: Database, ctx: TenantContext, postId: string): Promise<void> {
  authorize(ctx, 'content.edit');
  await database.tenant(ctx, async (tx) => {
    const current = await loadPost(tx, ctx, postId);
    // A pending publish job finds no post and does nothing, so it needs no cancelling here.
    await syncMedia(tx, ctx, null, postId);
    await tx.delete(posts).where(and(eq(posts.appId, ctx.appId), eq(posts.id, postId)));
    if (current.status === 'published') await bumpSiteVersion(tx, ctx.appId);
  });
}

// ---- public site -------------------------------------------------------------------------------

const publicContext = (appId: string) => systemContext(appId, 'public site');

/** The App's published posts, newest first, for the public blog (no body). */
export async function listPublishedPosts(
  database: Database,
  appId: string,
  options: { limit?: number } = {},
): Promise<PostSummaryDto[]> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 100);
  return database.tenant(publicContext(appId), async (tx) => {
    const rows = await tx
      .select()
      .from(posts)
      .where(and(eq(posts.appId, appId), eq(posts.status, 'published')))
      .orderBy(desc(posts.publishedAt), desc(posts.id))
      .limit(limit);
    return rows.map(summaryOf);
  });
}

/** One published post by its slug, or null (a draft or scheduled post is not public). */
export async function getPublishedPostBySlug(
  database: Database,
  appId: string,
  slug: string,
): Promise<PostDto | null> {
  if (!isValidPostSlug(slug)) return null;
  return database.tenant(publicContext(appId), async (tx) => {
    const [row] = await tx
      .select()
      .from(posts)
      .where(and(eq(posts.appId, appId), eq(posts.slug, slug), eq(posts.status, 'published')));
    return row ? postOf(row) : null;
  });
}
