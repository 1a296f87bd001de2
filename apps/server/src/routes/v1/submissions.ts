/**
 * /api/v1/apps/{appId}/submissions — the inbox of contact-form messages. Each handler: parse →
 * resolve the caller's App context → call the content service (which authorizes) → respond.
 * The public form endpoint that creates submissions lives with the public site routes.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  deleteSubmission,
  exportSubmissionsCsv,
  getSubmission,
  listSubmissions,
  MAX_BULK_IDS,
  markSubmissionsRead,
  markSubmissionsUnread,
} from '@qspace/content';
import type { Database } from '@qspace/core';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

export interface SubmissionRouteDeps {
  database: Database;
}

const Submission = z
  .object({
    id: Id,
    pageId: Id.nullable(),
    sectionId: z.string(),
    formName: z.string(),
    fields: z.array(z.object({ label: z.string(), value: z.string() })),
    name: z.string(),
    email: z.string(),
    meta: z.object({ path: z.string(), referrer: z.string(), userAgent: z.string() }),
    read: z.boolean(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Submission');

const Filter = z.enum(['unread', 'read', 'all']).optional().openapi({ description: 'Default: all' });
const Search = z.string().trim().max(200, 'Keep the search under 200 characters.').optional();
const appParams = z.object({ appId: Id });
// Any string: a malformed id is simply not found (404), like a well-formed id of another App.
const submissionParams = z.object({
  appId: Id,
  submissionId: z.string().max(100).openapi({ description: 'Submission id (UUID)' }),
});

export function submissionRoutes(app: OpenAPIHono<AppEnv>, deps: SubmissionRouteDeps): void {
  const { database } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/submissions',
      tags: ['Inbox'],
      summary: 'Form submissions, newest first, with the unread count (editor)',
      request: {
        params: appParams,
        query: z.object({
          filter: Filter,
          search: Search,
          before: Id.optional().openapi({ description: 'Cursor: `next` of the previous page' }),
          page: z.coerce.number().int().min(1).max(10_000).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
      },
      responses: {
        200: json(
          z.object({
            submissions: z.array(Submission),
            next: z.string().nullable(),
            total: z.number().int(),
            unread: z.number().int(),
          }),
          'A page of the inbox.',
        ),
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      return c.json(await listSubmissions(database, ctx, c.req.valid('query')), 200);
    },
  );

  // Registered before /{submissionId}, which would otherwise also match `export.csv`.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/submissions/export.csv',
      tags: ['Inbox'],
      summary: 'The inbox as a CSV file for a spreadsheet (editor)',
      request: { params: appParams, query: z.object({ filter: Filter, search: Search }) },
      responses: {
        200: {
          description:
            'UTF-8 CSV with a byte-order mark; one column per field label, then the time received.',
          content: { 'text/csv': { schema: z.string() } },
        },
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const csv = await exportSubmissionsCsv(database, ctx, c.req.valid('query'));
      const day = new Date().toISOString().slice(0, 10);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="submissions-${day}.csv"`,
        // Visitors' personal data: never kept by a shared cache.
        'Cache-Control': 'no-store',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/submissions/{submissionId}',
      tags: ['Inbox'],
      summary: 'One form submission (editor)',
      request: { params: submissionParams },
      responses: { 200: json(Submission, 'The submission.'), ...errors },
    }),
    async (c) => {
      const { appId, submissionId } = c.req.valid('param');
      const ctx = await appContext(c, database, appId);
      return c.json(await getSubmission(database, ctx, submissionId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/submissions/read',
      tags: ['Inbox'],
      summary: 'Mark submissions read or unread (editor)',
      request: {
        params: appParams,
        ...body(
          z.object({
            ids: z
              .array(Id)
              .min(1, 'Name at least one submission.')
              .max(MAX_BULK_IDS, `Mark at most ${MAX_BULK_IDS} submissions at once.`),
            read: z.boolean(),
          }),
        ),
      },
      responses: {
        200: json(
          z.object({ updated: z.number().int(), unread: z.number().int() }),
          'How many changed, and the unread count after the change.',
        ),
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const { ids, read } = c.req.valid('json');
      const result = read
        ? await markSubmissionsRead(database, ctx, ids)
        : await markSubmissionsUnread(database, ctx, ids);
      return c.json(result, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/submissions/{submissionId}',
      tags: ['Inbox'],
      summary: 'Delete a form submission (editor)',
      request: { params: submissionParams },
      responses: { 204: { description: 'Deleted.' }, ...errors },
    }),
    async (c) => {
      const { appId, submissionId } = c.req.valid('param');
      await deleteSubmission(database, await appContext(c, database, appId), submissionId);
      return c.body(null, 204);
    },
  );
}
