/**
 * /api/v1/apps/:appId/posts — blog posts: list with filters, create, read, change, delete, publish now
 * or on a schedule, unpublish. Each handler: parse → App context → service (authorizes) → respond.
 * Route schemas check only shapes; the service validates content and answers 422 with `details.issues`.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  createPost,
  deletePost,
  getPost,
  listPosts,
  POST_STATUSES,
  publishPost,
  schedulePost,
  unpublishPost,
  updatePost,
} from '@qspace/content';
import type { Database } from '@qspace/core';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

const Cover = z.object({ src: z.string(), alt: z.string() }).openapi('PostCover', {
  description: '`src` is a `media:<id>` reference or an https URL; empty for none.',
});
const PostSeo = z
  .object({ title: z.string(), description: z.string(), image: z.string(), noindex: z.boolean() })
  .openapi('PostSeo');
const PostSeoInput = PostSeo.partial().openapi('PostSeoInput');
const Status = z
  .enum(POST_STATUSES)
  .openapi({ description: 'scheduled = goes live by itself at `scheduledAt`' });
const RichText = z
  .record(z.string(), z.unknown())
  .openapi('RichTextDoc', { description: 'A rich-text document: `{ "type": "doc", "content": [...] }`.' });

const PostSummary = z
  .object({
    id: Id,
    slug: z.string(),
    title: z.string(),
    excerpt: z.string(),
    cover: Cover,
    tags: z.array(z.string()),
    authorId: z.string().nullable(),
    authorName: z.string(),
    status: Status,
    publishedAt: z.string().nullable(),
    scheduledAt: z.string().nullable(),
    seo: PostSeo,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PostSummary');
const Post = PostSummary.extend({ body: RichText }).openapi('Post');

const fields = {
  slug: z.string().optional().openapi({ description: 'Default: made from the title.' }),
  excerpt: z.string().optional().openapi({ description: 'Empty: written from the body.' }),
  cover: Cover.optional(),
  tags: z.array(z.string()).optional(),
  body: RichText.optional(),
  seo: PostSeoInput.optional(),
};
const PostCreate = z.object({ title: z.string(), ...fields }).openapi('PostCreate');
const PostPatch = z.object({ title: z.string().optional(), ...fields }).openapi('PostPatch');

// Every query parameter is optional and loosely typed, so a call aimed at another App reaches the
// App check (404) instead of stopping at validation; the service checks the values (422).
const ListQuery = z.object({
  status: Status.optional(),
  tag: z.string().optional(),
  search: z.string().optional().openapi({ description: 'Words in the title or excerpt.' }),
  limit: z.coerce.number().int().optional().openapi({ description: '1–100, default 20.' }),
  offset: z.coerce.number().int().optional().openapi({ description: 'Default 0.' }),
});

const appParams = z.object({ appId: Id });
// Any string: a malformed id is simply not found (404), like a well-formed id of another App.
const postParams = z.object({
  appId: Id,
  postId: z.string().max(100).openapi({ description: 'Post id (UUID)' }),
});
const invalid = { 422: { description: 'Invalid content; `details.issues` names each field.' } };
const conflict = { 409: { description: 'Slug taken, or not possible from the current status.' } };

export function postRoutes(app: OpenAPIHono<AppEnv>, database: Database): void {
  const ctxOf = (c: Parameters<typeof appContext>[0], appId: string) => appContext(c, database, appId);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/posts',
      tags: ['Posts'],
      summary: 'Posts of the App, most recently edited first',
      request: { params: appParams, query: ListQuery },
      responses: {
        200: json(
          z.object({
            posts: z.array(PostSummary),
            total: z.number().int(),
            limit: z.number(),
            offset: z.number(),
          }),
          'A page of posts.',
        ),
        ...invalid,
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await ctxOf(c, c.req.valid('param').appId);
      const { items, ...page } = await listPosts(database, ctx, c.req.valid('query'));
      return c.json({ posts: items, ...page }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/posts',
      tags: ['Posts'],
      summary: 'Create a post (a draft; editor)',
      request: { params: appParams, ...body(PostCreate) },
      responses: {
        201: json(Post, 'Created.'),
        400: { description: 'Bad slug.' },
        ...conflict,
        ...invalid,
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await ctxOf(c, c.req.valid('param').appId);
      return c.json(await createPost(database, ctx, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/posts/{postId}',
      tags: ['Posts'],
      summary: 'A post with its body',
      request: { params: postParams },
      responses: { 200: json(Post, 'The post.'), ...errors },
    }),
    async (c) => {
      const { appId, postId } = c.req.valid('param');
      return c.json(await getPost(database, await ctxOf(c, appId), postId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/apps/{appId}/posts/{postId}',
      tags: ['Posts'],
      summary: 'Change fields of a post (editor; live at once when published)',
      request: { params: postParams, ...body(PostPatch) },
      responses: {
        200: json(Post, 'Updated.'),
        400: { description: 'Bad slug.' },
        ...conflict,
        ...invalid,
        ...errors,
      },
    }),
    async (c) => {
      const { appId, postId } = c.req.valid('param');
      return c.json(await updatePost(database, await ctxOf(c, appId), postId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/posts/{postId}',
      tags: ['Posts'],
      summary: 'Delete a post (editor)',
      request: { params: postParams },
      responses: { 204: { description: 'Deleted.' }, ...errors },
    }),
    async (c) => {
      const { appId, postId } = c.req.valid('param');
      await deletePost(database, await ctxOf(c, appId), postId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/posts/{postId}/publish',
      tags: ['Posts'],
      summary: 'Publish now, or schedule with `at` (admin)',
      request: {
        params: postParams,
        body: {
          required: false,
          content: {
            'application/json': {
              schema: z.object({
                at: z.iso
                  .datetime({ offset: true })
                  .optional()
                  .openapi({ description: 'Publish later, at this time.' }),
              }),
            },
          },
        },
      },
      responses: {
        200: json(Post, 'Published or scheduled.'),
        400: { description: 'Time in the past.' },
        409: { description: 'A published post is unpublished before it is scheduled.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, postId } = c.req.valid('param');
      const ctx = await ctxOf(c, appId);
      const at = c.req.valid('json')?.at;
      const post = at
        ? await schedulePost(database, ctx, postId, new Date(at))
        : await publishPost(database, ctx, postId);
      return c.json(post, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/posts/{postId}/publish',
      tags: ['Posts'],
      summary: 'Unpublish, or cancel a schedule: the post is a draft again (admin)',
      request: { params: postParams },
      responses: { 200: json(Post, 'A draft again.'), ...errors },
    }),
    async (c) => {
      const { appId, postId } = c.req.valid('param');
      return c.json(await unpublishPost(database, await ctxOf(c, appId), postId), 200);
    },
  );
}
