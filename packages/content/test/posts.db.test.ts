/**
 * Blog posts against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): CRUD and
 * validation, slugs per App, roles, tenant isolation, publishing on a schedule through the real job
 * worker, and the media-usage index.
 */
import {
  CoreErrors,
  getJob,
  JobWorker,
  ManualClock,
  newId,
  queryRows,
  silentLogger,
  type TenantContext,
} from '@qspace/core';
import type { TestDatabase } from '@qspace/core/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentErrors } from '../src/errors.js';
import { mediaUsage, posts } from '../src/schema.js';
import {
  createPostPublishHandler,
  POST_PUBLISH_JOB,
  publishPost,
  schedulePost,
  unpublishPost,
} from '../src/services/post-publishing.js';
import {
  createPost,
  deletePost,
  getPost,
  getPublishedPostBySlug,
  listPosts,
  listPublishedPosts,
  updatePost,
} from '../src/services/posts.js';
import { as, contentTestDatabase, createOwnedApp } from './helpers.js';

const MEDIA_A = newId();
const MEDIA_B = newId();

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const image = (id: string) => ({ type: 'image', attrs: { src: `media:${id}`, alt: 'Fresh loaves' } });
const body = (...texts: string[]) => doc(...texts.map(para)) as never;

/** The error a rejected call threw, for assertions on its code, message and details. */
async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; details?: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; details?: unknown };
  }
  throw new Error('expected the call to fail');
}

/** Runs the publish job's handler directly, as the worker would (a first run or a retry). */
function runPublishJob(
  t: TestDatabase,
  clock: ManualClock,
  payload: { appId: string; postId: string; at: Date },
) {
  const job = {
    id: newId(),
    name: POST_PUBLISH_JOB,
    payload: { ...payload, at: payload.at.toISOString() },
    attempt: 1,
    maxAttempts: 10,
  };
  return createPostPublishHandler(t, clock)(job, {
    signal: new AbortController().signal,
    database: t,
    logger: silentLogger(),
  });
}

const issuePaths = (error: { details?: unknown }) =>
  ((error.details as { issues?: { path: string }[] }).issues ?? []).map((i) => i.path);

describe('blog posts', () => {
  let t: TestDatabase;
  let owner: TenantContext;
  let other: TenantContext;
  const clock = new ManualClock('2026-03-02T06:00:00.000Z');

  beforeAll(async () => {
    t = await contentTestDatabase();
    owner = (await createOwnedApp(t, 'Kilele Bakery')).ctx;
    other = (await createOwnedApp(t, 'Pwani Tours')).ctx;
  });
  afterAll(() => t?.close());

  const mediaRows = (ctx: TenantContext, postId: string) =>
    t.tenant(ctx, (tx) =>
      tx
        .select({ mediaId: mediaUsage.mediaId })
        .from(mediaUsage)
        .where(and(eq(mediaUsage.ownerType, 'post'), eq(mediaUsage.ownerId, postId))),
    );

  it('creates a draft with a slug from the title, an excerpt from the body and normalized tags', async () => {
    const post = await createPost(
      t,
      owner,
      {
        title: 'Chai na Mandazi: Our Story',
        tags: ['  Nairobi   Food ', 'nairobi food', 'Baking'],
        body: body('We started baking in 2016 in our kitchen in Nakuru.', 'Today we deliver every morning.'),
      },
      clock,
    );
    expect(post).toMatchObject({
      slug: 'chai-na-mandazi-our-story',
      status: 'draft',
      excerpt: 'We started baking in 2016 in our kitchen in Nakuru. Today we deliver every morning.',
      tags: ['nairobi food', 'baking'],
      authorName: 'Wanjiru Test',
      authorId: owner.actor.id,
      publishedAt: null,
      createdAt: '2026-03-02T06:00:00.000Z',
      cover: { src: '', alt: '' },
      seo: { title: '', description: '', image: '', noindex: false },
    });
    expect(await getPost(t, owner, post.id)).toEqual(post);
    // The same title again gets the next free slug instead of an error.
    expect((await createPost(t, owner, { title: 'Chai na Mandazi: Our Story' })).slug).toBe(
      'chai-na-mandazi-our-story-2',
    );
  });

  it('updates fields; an automatic excerpt follows the body, a typed one stays', async () => {
    const post = await createPost(t, owner, { title: 'Opening hours', body: body('Open from 7 a.m.') });
    const edited = await updatePost(
      t,
      owner,
      post.id,
      { body: body('Open from 6 a.m. on weekdays.'), seo: { title: 'Hours' } },
      clock,
    );
    expect(edited.excerpt).toBe('Open from 6 a.m. on weekdays.');
    expect(edited.seo).toEqual({ title: 'Hours', description: '', image: '', noindex: false });
    const typed = await updatePost(t, owner, post.id, { excerpt: 'When to find us.' });
    expect((await updatePost(t, owner, post.id, { body: body('Closed on Sundays.') })).excerpt).toBe(
      typed.excerpt,
    );
    expect((await updatePost(t, owner, post.id, { excerpt: '' })).excerpt).toBe('Closed on Sundays.');
    expect((await updatePost(t, owner, post.id, { seo: { noindex: true } })).seo).toMatchObject({
      title: 'Hours',
      noindex: true,
    });
  });

  it('refuses invalid fields and names the path of each one', async () => {
    const unknownNode = await failure(
      createPost(t, owner, { title: 'x', body: doc(para('ok'), { type: 'script', content: [] }) as never }),
    );
    expect(unknownNode.code).toBe(ContentErrors.post_invalid.code);
    expect(issuePaths(unknownNode)).toEqual(['body.content[1].type']);
    expect(unknownNode.message).toContain('body.content[1].type');

    const link = doc({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
      ],
    });
    expect(issuePaths(await failure(createPost(t, owner, { title: 'x', body: link as never })))).toEqual([
      'body.content[0].content[0].marks[0].attrs.href',
    ]);
    const tags = Array.from({ length: 11 }, (_, i) => `tag ${i}`);
    expect(issuePaths(await failure(createPost(t, owner, { title: 'x', tags })))).toEqual(['tags']);
    expect(issuePaths(await failure(createPost(t, owner, { title: '  ' })))).toEqual(['title']);
    expect(
      issuePaths(
        await failure(
          createPost(t, owner, { title: 'x', cover: { src: 'data:image/png;base64,AA', alt: '' } }),
        ),
      ),
    ).toEqual(['cover.src']);
  });

  it('keeps slugs unique per App, with a clear error, and allows the same slug in another App', async () => {
    await createPost(t, owner, { title: 'Menu', slug: 'our-menu' });
    const taken = await failure(createPost(t, owner, { title: 'Menu 2', slug: 'our-menu' }));
    expect(taken.code).toBe(ContentErrors.post_slug_taken.code);
    expect(taken.message).toContain('"our-menu"');
    const second = await createPost(t, owner, { title: 'Menu 2', slug: 'menu-2' });
    expect((await failure(updatePost(t, owner, second.id, { slug: 'our-menu' }))).code).toBe(
      ContentErrors.post_slug_taken.code,
    );
    expect((await createPost(t, other, { title: 'Menu', slug: 'our-menu' })).slug).toBe('our-menu');
    for (const slug of ['../etc/passwd', 'Our Menu', '-menu', 'a'.repeat(81), '']) {
      expect((await failure(createPost(t, owner, { title: 'x', slug }))).code).toBe(
        ContentErrors.post_slug_invalid.code,
      );
    }
  });

  it('lets an editor edit and a viewer only read', async () => {
    const editor = as(owner, 'editor');
    const viewer = as(owner, 'viewer');
    const post = await createPost(t, editor, { title: 'Editor’s note' });
    expect((await updatePost(t, editor, post.id, { title: 'Editor’s note (updated)' })).title).toBe(
      'Editor’s note (updated)',
    );
    expect((await getPost(t, viewer, post.id)).id).toBe(post.id);
    for (const attempt of [
      createPost(t, viewer, { title: 'Nope' }),
      updatePost(t, viewer, post.id, { title: 'Nope' }),
      deletePost(t, viewer, post.id),
      publishPost(t, viewer, post.id),
    ]) {
      expect((await failure(attempt)).code).toBe(CoreErrors.forbidden.code);
    }
  });

  it('keeps App A’s posts out of App B, in the service and in the database', async () => {
    const secret = await createPost(t, owner, { title: 'Secret recipe', slug: 'secret-recipe' });
    expect((await failure(getPost(t, other, secret.id))).code).toBe(ContentErrors.post_not_found.code);
    expect((await failure(updatePost(t, other, secret.id, { title: 'Mine now' }))).code).toBe(
      ContentErrors.post_not_found.code,
    );
    expect((await failure(deletePost(t, other, secret.id))).code).toBe(ContentErrors.post_not_found.code);
    expect((await listPosts(t, other, { search: 'Secret' })).items).toEqual([]);
    // Row-level security: even a query that forgets the app_id filter sees nothing of App A.
    const leaked = await t.tenant(other, (tx) => tx.select().from(posts).where(eq(posts.id, secret.id)));
    expect(leaked).toEqual([]);
    expect(await t.db.select().from(posts)).toEqual([]);
    expect(await getPost(t, owner, secret.id)).toMatchObject({ title: 'Secret recipe' });
  });

  it('lists with status, tag and search filters and pagination', async () => {
    const ctx = (await createOwnedApp(t, 'Listing App')).ctx;
    await createPost(t, ctx, { title: 'Safari tips', tags: ['Travel'] }, clock);
    clock.advance(1000);
    await createPost(t, ctx, { title: '100% Kenyan coffee', tags: ['coffee'] }, clock);
    clock.advance(1000);
    const live = await createPost(
      t,
      ctx,
      { title: 'Coffee tour in Kiambu', tags: ['Travel', 'Coffee'] },
      clock,
    );
    await publishPost(t, ctx, live.id, clock);

    const all = await listPosts(t, ctx, { limit: 2 });
    expect(all.total).toBe(3);
    expect(all.items.map((p) => p.title)).toEqual(['Coffee tour in Kiambu', '100% Kenyan coffee']);
    expect((await listPosts(t, ctx, { limit: 2, offset: 2 })).items.map((p) => p.title)).toEqual([
      'Safari tips',
    ]);
    expect((await listPosts(t, ctx, { status: 'published' })).items.map((p) => p.id)).toEqual([live.id]);
    expect((await listPosts(t, ctx, { tag: 'TRAVEL' })).total).toBe(2);
    expect((await listPosts(t, ctx, { search: '100%' })).items.map((p) => p.title)).toEqual([
      '100% Kenyan coffee',
    ]);
    expect((await listPosts(t, ctx, { search: '%' })).total).toBe(1); // `%` is text, not a wildcard
    expect(issuePaths(await failure(listPosts(t, ctx, { limit: 500 })))).toEqual(['limit']);
  });

  it('publishes now, shows published posts on the public site, and unpublishes', async () => {
    const ctx = (await createOwnedApp(t, 'Public App')).ctx;
    const post = await createPost(t, ctx, { title: 'Now open in Naivasha', body: body('Karibu!') }, clock);
    expect(await listPublishedPosts(t, ctx.appId)).toEqual([]);
    expect(await getPublishedPostBySlug(t, ctx.appId, post.slug)).toBeNull();

    const published = await publishPost(t, ctx, post.id, clock);
    expect(published).toMatchObject({ status: 'published', publishedAt: clock.now().toISOString() });
    clock.advance(60_000);
    expect((await publishPost(t, ctx, post.id, clock)).publishedAt).toBe(published.publishedAt); // a repeat is harmless
    expect((await listPublishedPosts(t, ctx.appId)).map((p) => p.slug)).toEqual([post.slug]);
    expect(await getPublishedPostBySlug(t, ctx.appId, post.slug)).toMatchObject({ body: body('Karibu!') });
    expect(await getPublishedPostBySlug(t, other.appId, post.slug)).toBeNull();

    expect(await unpublishPost(t, ctx, post.id, clock)).toMatchObject({ status: 'draft', publishedAt: null });
    expect(await listPublishedPosts(t, ctx.appId)).toEqual([]);
  });

  it('publishes a scheduled post through the job worker at its time, once', async () => {
    const ctx = (await createOwnedApp(t, 'Scheduled App')).ctx;
    const post = await createPost(t, ctx, { title: 'Easter opening hours' }, clock);
    const past = new Date(clock.now().getTime() - 1000);
    expect((await failure(schedulePost(t, ctx, post.id, past, clock))).code).toBe(
      ContentErrors.post_schedule_in_past.code,
    );

    const at = new Date(clock.now().getTime() + 3_600_000);
    const scheduled = await schedulePost(t, ctx, post.id, at, clock);
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      scheduledAt: at.toISOString(),
      publishedAt: null,
    });
    expect(await getPublishedPostBySlug(t, ctx.appId, post.slug)).toBeNull();

    const handlers = { [POST_PUBLISH_JOB]: createPostPublishHandler(t, clock) };
    const worker = new JobWorker({ database: t, handlers, clock });
    expect(await worker.runOnce()).toBe(0); // not due yet
    clock.set(at.getTime() + 5_000);
    expect(await worker.runOnce()).toBe(1);
    const live = await getPost(t, ctx, post.id);
    expect(live).toMatchObject({ status: 'published', publishedAt: at.toISOString(), scheduledAt: null });

    // Running the same job again (a retry after a crash) does not publish an unpublished post.
    await unpublishPost(t, ctx, post.id, clock);
    await runPublishJob(t, clock, { appId: ctx.appId, postId: post.id, at });
    expect((await getPost(t, ctx, post.id)).status).toBe('draft');
  });

  it('a rescheduled post publishes at the new time only; an unpublished one never', async () => {
    const ctx = (await createOwnedApp(t, 'Reschedule App')).ctx;
    const post = await createPost(t, ctx, { title: 'Harvest festival' }, clock);
    const first = new Date(clock.now().getTime() + 60_000);
    const second = new Date(clock.now().getTime() + 120_000);
    await schedulePost(t, ctx, post.id, first, clock);
    await schedulePost(t, ctx, post.id, second, clock);
    await runPublishJob(t, clock, { appId: ctx.appId, postId: post.id, at: first });
    expect((await getPost(t, ctx, post.id)).status).toBe('scheduled');
    await runPublishJob(t, clock, { appId: ctx.appId, postId: post.id, at: second });
    expect((await getPost(t, ctx, post.id)).publishedAt).toBe(second.toISOString());

    const cancelled = await createPost(t, ctx, { title: 'Cancelled event' }, clock);
    await schedulePost(t, ctx, cancelled.id, first, clock);
    await unpublishPost(t, ctx, cancelled.id, clock);
    await runPublishJob(t, clock, { appId: ctx.appId, postId: cancelled.id, at: first });
    expect((await getPost(t, ctx, cancelled.id)).status).toBe('draft');
    // A published post is unpublished before it can be scheduled again.
    expect(
      (await failure(schedulePost(t, ctx, post.id, new Date(clock.now().getTime() + 1e6), clock))).code,
    ).toBe(ContentErrors.post_status_conflict.code);
  });

  it('enqueues one durable job per scheduled time', async () => {
    const ctx = (await createOwnedApp(t, 'Jobs App')).ctx;
    const post = await createPost(t, ctx, { title: 'Job check' }, clock);
    const at = new Date(clock.now().getTime() + 86_400_000);
    await schedulePost(t, ctx, post.id, at, clock);
    await schedulePost(t, ctx, post.id, at, clock); // same time again: deduplicated
    const rows = await t.system((tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`select id from qspace_jobs where name = ${POST_PUBLISH_JOB} and payload->>'postId' = ${post.id}`,
      ),
    );
    expect(rows).toHaveLength(1);
    const job = await t.system((tx) => getJob(tx, rows[0]?.id ?? ''));
    expect(job?.runAt.toISOString()).toBe(at.toISOString());
  });

  it('keeps the media-usage rows of a post equal to the images it shows', async () => {
    const post = await createPost(t, owner, {
      title: 'Our new oven',
      body: doc(para('Look:'), image(MEDIA_A)) as never,
      cover: { src: `media:${MEDIA_B}`, alt: 'The oven' },
    });
    expect((await mediaRows(owner, post.id)).map((r) => r.mediaId).sort()).toEqual([MEDIA_A, MEDIA_B].sort());
    await updatePost(t, owner, post.id, { body: body('No pictures now.') });
    expect((await mediaRows(owner, post.id)).map((r) => r.mediaId)).toEqual([MEDIA_B]);
    await updatePost(t, owner, post.id, { cover: { src: '', alt: '' }, seo: { image: `media:${MEDIA_A}` } });
    expect((await mediaRows(owner, post.id)).map((r) => r.mediaId)).toEqual([MEDIA_A]);
    await deletePost(t, owner, post.id);
    expect(await mediaRows(owner, post.id)).toEqual([]);
    expect((await failure(getPost(t, owner, post.id))).code).toBe(ContentErrors.post_not_found.code);
    expect((await failure(getPost(t, owner, 'not-a-uuid'))).code).toBe(ContentErrors.post_not_found.code);
  });
});
