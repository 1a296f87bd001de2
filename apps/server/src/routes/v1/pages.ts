/**
 * /api/v1/apps/:appId/pages — pages, draft saves (each a version), publishing, scheduling, version
 * history with diff and restore. Each handler: parse → App context → service (authorizes) → respond.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  cancelSchedule,
  compareVersions,
  createPage,
  deletePage,
  getPage,
  getVersion,
  listPages,
  listVersions,
  publishPage,
  reorderPages,
  restoreVersion,
  savePage,
  schedulePublish,
  unpublishPage,
  updatePageSettings,
} from '@qspace/content';
import type { Database } from '@qspace/core';
import { PAGE_TEMPLATES } from '@qspace/site-kit';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

const Seo = z
  .object({ title: z.string(), description: z.string(), image: z.string(), noindex: z.boolean() })
  .openapi('Seo');
const Section = z
  .object({ id: z.string(), type: z.string(), props: z.record(z.string(), z.unknown()) })
  .openapi('Section');
const SectionInput = z
  .object({ id: z.string().optional(), type: z.string(), props: z.record(z.string(), z.unknown()) })
  .openapi('SectionInput', {
    description: 'A section: its type from GET /api/v1/sections and props valid for it.',
  });
const PageSummary = z
  .object({
    id: Id,
    slug: z.string(),
    title: z.string(),
    isHome: z.boolean(),
    inNav: z.boolean(),
    position: z.number(),
    status: z
      .enum(['draft', 'published', 'changed'])
      .openapi({ description: 'changed = published, with newer draft edits' }),
    seo: Seo,
    draftVersionId: Id.nullable(),
    publishedVersionId: Id.nullable(),
    publishedAt: z.string().nullable(),
    scheduledAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('PageSummary');
const PageDetail = PageSummary.extend({ sections: z.array(Section), version: z.number() }).openapi('Page');
const Version = z
  .object({
    id: Id,
    number: z.number(),
    authorName: z.string(),
    message: z.string(),
    restoredFrom: Id.nullable(),
    createdAt: z.string(),
    published: z.boolean(),
    draft: z.boolean(),
  })
  .openapi('PageVersion');
const Diff = z
  .object({
    title: z.object({ from: z.string(), to: z.string() }).nullable(),
    seo: z.array(z.string()),
    sections: z.array(z.record(z.string(), z.unknown())),
    same: z.boolean(),
  })
  .openapi('VersionDiff');
const SeoInput = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    image: z.string().optional(),
    noindex: z.boolean().optional(),
  })
  .openapi('SeoInput');

const appParams = z.object({ appId: Id });
const pageParams = z.object({ appId: Id, pageId: Id });
const versionParams = z.object({ appId: Id, pageId: Id, versionId: Id });
const invalid = { 422: { description: 'Invalid content; `details.issues` names each field.' } };

export function pageRoutes(app: OpenAPIHono<AppEnv>, database: Database): void {
  const ctxOf = (c: Parameters<typeof appContext>[0], appId: string) => appContext(c, database, appId);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/pages',
      tags: ['Pages'],
      summary: 'Pages of the App, home first, in navigation order',
      request: { params: appParams },
      responses: { 200: json(z.array(PageSummary), 'Pages.'), ...errors },
    }),
    async (c) => c.json(await listPages(database, await ctxOf(c, c.req.valid('param').appId)), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/page-templates',
      tags: ['Pages'],
      summary: 'Page templates: the sections a new page can start with',
      'x-tenant-probe': 'global',
      responses: {
        200: json(
          z.array(
            z
              .object({
                id: z.string(),
                name: z.string(),
                description: z.string(),
                sections: z.array(z.string()),
              })
              .openapi('PageTemplate'),
          ),
          'Templates.',
        ),
        401: errors[401],
      },
    }),
    (c) =>
      c.json(
        PAGE_TEMPLATES.map((t) => ({
          id: t.id,
          name: t.name,
          description: t.description,
          sections: t.sections.map((s) => s.type),
        })),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/pages',
      tags: ['Pages'],
      summary: 'Create a page (a draft; editor)',
      request: {
        params: appParams,
        ...body(
          z.object({
            title: z.string(),
            slug: z.string(),
            sections: z.array(SectionInput).optional(),
            template: z
              .enum(PAGE_TEMPLATES.map((t) => t.id) as [string, ...string[]])
              .optional()
              .openapi({
                description:
                  'Start from a page template (GET /api/v1/page-templates) instead of a blank page; ignored when `sections` is given.',
              }),
            seo: SeoInput.optional(),
            inNav: z.boolean().optional(),
          }),
        ),
      },
      responses: {
        201: json(PageDetail, 'Created.'),
        409: { description: 'Slug taken.' },
        ...invalid,
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await ctxOf(c, c.req.valid('param').appId);
      return c.json(await createPage(database, ctx, c.req.valid('json')), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/pages/order',
      tags: ['Pages'],
      summary: 'Set the navigation order (admin)',
      request: { params: appParams, ...body(z.object({ pageIds: z.array(Id) })) },
      responses: {
        200: json(z.array(PageSummary), 'New order.'),
        ...invalid,
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await ctxOf(c, c.req.valid('param').appId);
      return c.json(await reorderPages(database, ctx, c.req.valid('json').pageIds), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/pages/{pageId}',
      tags: ['Pages'],
      summary: 'A page with its draft sections',
      request: { params: pageParams },
      responses: { 200: json(PageDetail, 'The page.'), ...errors },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      return c.json(await getPage(database, await ctxOf(c, appId), pageId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/apps/{appId}/pages/{pageId}',
      tags: ['Pages'],
      summary: 'Save the draft: a new version (editor)',
      description:
        'Sections are validated against the section registry; an unknown type or prop is refused with its path.',
      request: {
        params: pageParams,
        ...body(
          z.object({
            sections: z.array(SectionInput).optional(),
            title: z.string().optional(),
            seo: SeoInput.optional(),
            message: z.string().optional(),
          }),
        ),
      },
      responses: { 200: json(PageDetail, 'Saved.'), ...invalid, ...errors },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      return c.json(await savePage(database, await ctxOf(c, appId), pageId, c.req.valid('json')), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/apps/{appId}/pages/{pageId}',
      tags: ['Pages'],
      summary: 'Change slug, navigation or home (admin; live at once)',
      request: {
        params: pageParams,
        ...body(
          z.object({
            slug: z.string().optional(),
            inNav: z.boolean().optional(),
            isHome: z.boolean().optional(),
          }),
        ),
      },
      responses: { 200: json(PageSummary, 'Updated.'), 409: { description: 'Slug taken.' }, ...errors },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      return c.json(
        await updatePageSettings(database, await ctxOf(c, appId), pageId, c.req.valid('json')),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/pages/{pageId}',
      tags: ['Pages'],
      summary: 'Delete a page and its versions (admin; not the home page)',
      request: { params: pageParams },
      responses: { 204: { description: 'Deleted.' }, 409: { description: 'The home page.' }, ...errors },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      await deletePage(database, await ctxOf(c, appId), pageId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/pages/{pageId}/publish',
      tags: ['Pages'],
      summary: 'Publish the draft (or a version) now, or schedule it with `at` (admin)',
      request: {
        params: pageParams,
        body: {
          required: false,
          content: {
            'application/json': {
              schema: z.object({
                versionId: Id.optional(),
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
        200: json(PageSummary, 'Published or scheduled.'),
        400: { description: 'Time in the past.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      const ctx = await ctxOf(c, appId);
      const input = c.req.valid('json') ?? {};
      const options = input.versionId ? { versionId: input.versionId } : {};
      const page = input.at
        ? await schedulePublish(database, ctx, pageId, new Date(input.at), options)
        : await publishPage(database, ctx, pageId, options);
      return c.json(page, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/pages/{pageId}/publish',
      tags: ['Pages'],
      summary: 'Unpublish: take the page off the site (admin)',
      request: { params: pageParams },
      responses: {
        200: json(PageSummary, 'Unpublished.'),
        409: { description: 'Not published.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      return c.json(await unpublishPage(database, await ctxOf(c, appId), pageId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/pages/{pageId}/schedule',
      tags: ['Pages'],
      summary: 'Cancel a scheduled publish (admin)',
      request: { params: pageParams },
      responses: {
        200: json(PageSummary, 'Cancelled.'),
        409: { description: 'Nothing scheduled.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      return c.json(await cancelSchedule(database, await ctxOf(c, appId), pageId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/pages/{pageId}/versions',
      tags: ['Pages'],
      summary: 'Version history, newest first',
      request: { params: pageParams },
      responses: { 200: json(z.object({ versions: z.array(Version) }), 'Versions.'), ...errors },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      return c.json({ versions: await listVersions(database, await ctxOf(c, appId), pageId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/pages/{pageId}/versions/{versionId}',
      tags: ['Pages'],
      summary: 'One version with its content',
      request: { params: versionParams },
      responses: {
        200: json(
          Version.extend({ title: z.string(), seo: Seo, sections: z.array(Section) }),
          'The version.',
        ),
        ...errors,
      },
    }),
    async (c) => {
      const { appId, pageId, versionId } = c.req.valid('param');
      return c.json(await getVersion(database, await ctxOf(c, appId), pageId, versionId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/pages/{pageId}/diff',
      tags: ['Pages'],
      summary: 'Section-level diff between two versions',
      request: {
        params: pageParams,
        query: z.object({
          from: Id.optional().openapi({ description: 'Default: the published version.' }),
          to: Id.optional().openapi({ description: 'Default: the draft.' }),
        }),
      },
      responses: { 200: json(Diff, 'What changed from `from` to `to`.'), ...errors },
    }),
    async (c) => {
      const { appId, pageId } = c.req.valid('param');
      const ctx = await ctxOf(c, appId);
      const query = c.req.valid('query');
      const page = await getPage(database, ctx, pageId);
      const from = query.from ?? page.publishedVersionId ?? page.draftVersionId ?? '';
      const to = query.to ?? page.draftVersionId ?? '';
      return c.json(await compareVersions(database, ctx, pageId, from, to), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/pages/{pageId}/versions/{versionId}/restore',
      tags: ['Pages'],
      summary: 'Restore a version as a new draft version (editor)',
      request: { params: versionParams },
      responses: { 200: json(PageDetail, 'Restored into the draft.'), ...errors },
    }),
    async (c) => {
      const { appId, pageId, versionId } = c.req.valid('param');
      return c.json(await restoreVersion(database, await ctxOf(c, appId), pageId, versionId), 200);
    },
  );
}
