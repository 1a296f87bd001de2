/**
 * /api/v1/apps — Apps (tenants), members and the audit log. Each handler: parse → resolve the
 * caller's App context → call the service (which authorizes) → respond.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  addMember,
  changeRole,
  createApp,
  deleteApp,
  getApp,
  listAudit,
  listMembers,
  listMyApps,
  removeMember,
  slugAvailability,
  transferOwnership,
  updateApp,
} from '@qspace/auth';
import { applyStarter, SiteErrors, touchSite } from '@qspace/content';
import type { Database } from '@qspace/core';
import { starterById } from '@qspace/site-kit';
import { clientIp } from '../../http/auth-limits.js';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json, Role } from './openapi.js';
import { appContext, currentUser } from './session.js';

const App = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    logo: z.string().nullable(),
    createdAt: z.string(),
    role: Role,
  })
  .openapi('App');
const Member = z
  .object({ id: Id, userId: Id, name: z.string(), email: z.string(), role: Role, createdAt: z.string() })
  .openapi('Member');
const AuditEvent = z
  .object({
    id: Id,
    actorType: z.string(),
    actorId: z.string(),
    action: z.string(),
    target: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    ip: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('AuditEvent');
const Name = z.string().trim().min(1, 'Give the App a name.').max(80, 'Keep the name under 80 characters.');
const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .openapi({ example: 'mama-oliech', description: '3–40 of a-z, 0-9, hyphens' });

/** The starter a new App gets when none is named: a clean, general business site. */
export const DEFAULT_STARTER = 'business-meridian';

const appParams = z.object({ appId: Id });
const memberParams = z.object({ appId: Id, memberId: Id });

const iso = <T extends { createdAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString() });

export function appRoutes(app: OpenAPIHono<AppEnv>, database: Database, trustProxy: boolean): void {
  const ip = (c: Parameters<typeof clientIp>[0]) => clientIp(c, trustProxy);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps',
      tags: ['Apps'],
      summary: 'My Apps, with my role in each',
      // Lists only the caller's own Apps (or the API key's one App): probed for leaks of other Apps.
      'x-tenant-probe': 'own-data',
      responses: { 200: json(z.object({ apps: z.array(App) }), 'Apps I belong to.'), 401: errors[401] },
    }),
    async (c) => {
      const principal = c.get('principal');
      // An API key sees exactly its own App.
      if (principal?.kind === 'api_key') {
        return c.json(
          { apps: [iso(await getApp(database, await appContext(c, database, principal.appId)))] },
          200,
        );
      }
      return c.json({ apps: (await listMyApps(database, currentUser(c).id)).map(iso) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps',
      tags: ['Apps'],
      summary: 'Create an App (you become its owner)',
      'x-tenant-probe': 'creates-own',
      request: body(
        z.object({
          name: Name,
          slug: Slug,
          starter: z
            .string()
            .optional()
            .openapi({ description: `A starter id from GET /api/v1/starters (default ${DEFAULT_STARTER}).` }),
        }),
      ),
      responses: {
        201: json(App, 'Created.'),
        400: { description: 'Invalid or reserved slug.' },
        409: { description: 'Slug taken.' },
        401: errors[401],
      },
    }),
    async (c) => {
      const { name, slug, starter = DEFAULT_STARTER } = c.req.valid('json');
      if (!starterById(starter)) throw SiteErrors.starter_not_found({ starter });
      const created = await createApp(database, currentUser(c).id, { name, slug }, ip(c), (tx, ctx) =>
        applyStarter(tx, ctx, starter),
      );
      return c.json(iso(created), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/app-slugs/{slug}',
      tags: ['Apps'],
      summary: 'Is this slug free for a new App?',
      // Slugs are public addresses (<slug>.qspace…); saying one is taken reveals nothing more.
      'x-tenant-probe': 'global',
      request: { params: z.object({ slug: z.string().max(80) }) },
      responses: {
        200: json(
          z.object({
            slug: z.string(),
            available: z.boolean(),
            reason: z.enum(['format', 'reserved', 'taken']).optional(),
          }),
          'Availability.',
        ),
        401: errors[401],
      },
    }),
    async (c) => {
      const slug = c.req.valid('param').slug.toLowerCase();
      return c.json({ slug, ...(await slugAvailability(database, slug)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}',
      tags: ['Apps'],
      summary: 'One App',
      request: { params: appParams },
      responses: { 200: json(App, 'The App.'), ...errors },
    }),
    async (c) =>
      c.json(iso(await getApp(database, await appContext(c, database, c.req.valid('param').appId))), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/apps/{appId}',
      tags: ['Apps'],
      summary: 'Rename an App or change its slug (admin)',
      request: { params: appParams, ...body(z.object({ name: Name.optional(), slug: Slug.optional() })) },
      responses: { 200: json(App, 'Updated.'), 409: { description: 'Slug taken.' }, ...errors },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const updated = await updateApp(database, ctx, c.req.valid('json'), ip(c));
      await touchSite(database, ctx); // the site shows the App's name; its URL is the slug
      return c.json(iso(updated), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}',
      tags: ['Apps'],
      summary: 'Delete an App (owner; type the slug to confirm)',
      request: { params: appParams, ...body(z.object({ confirmSlug: z.string() })) },
      responses: {
        204: { description: 'Deleted.' },
        400: { description: 'Confirmation does not match.' },
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      await deleteApp(database, ctx, c.req.valid('json').confirmSlug, ip(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/members',
      tags: ['Members'],
      summary: 'Members of an App',
      request: { params: appParams },
      responses: { 200: json(z.object({ members: z.array(Member) }), 'Members.'), ...errors },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      return c.json({ members: (await listMembers(database, ctx)).map(iso) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/members',
      tags: ['Members'],
      summary: 'Add an existing account as a member (admin)',
      request: {
        params: appParams,
        ...body(z.object({ email: z.email('Enter a valid email address.'), role: Role })),
      },
      responses: { 201: json(Member, 'Added.'), 409: { description: 'Already a member.' }, ...errors },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      return c.json(iso(await addMember(database, ctx, c.req.valid('json'), ip(c))), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/apps/{appId}/members/{memberId}',
      tags: ['Members'],
      summary: "Change a member's role (admin; owners only by owners)",
      request: { params: memberParams, ...body(z.object({ role: Role })) },
      responses: {
        200: json(Member, 'Updated.'),
        409: { description: 'Would leave the App without an owner.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, memberId } = c.req.valid('param');
      const ctx = await appContext(c, database, appId);
      return c.json(iso(await changeRole(database, ctx, memberId, c.req.valid('json').role, ip(c))), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/members/{memberId}',
      tags: ['Members'],
      summary: 'Remove a member, or leave the App (your own membership)',
      request: { params: memberParams },
      responses: {
        204: { description: 'Removed.' },
        409: { description: 'The last owner cannot leave.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, memberId } = c.req.valid('param');
      await removeMember(database, await appContext(c, database, appId), memberId, ip(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/transfer-ownership',
      tags: ['Members'],
      summary: 'Make another member the owner (you become admin)',
      request: { params: appParams, ...body(z.object({ memberId: Id })) },
      responses: { 204: { description: 'Transferred.' }, ...errors },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      await transferOwnership(database, ctx, c.req.valid('json').memberId, ip(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/audit',
      tags: ['Audit'],
      summary: 'Security-relevant actions in an App, newest first (admin)',
      request: {
        params: appParams,
        query: z.object({ limit: z.coerce.number().int().min(1).max(200).optional(), before: Id.optional() }),
      },
      responses: {
        200: json(
          z.object({ events: z.array(AuditEvent), next: z.string().nullable() }),
          'A page of events.',
        ),
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const page = await listAudit(database, ctx, c.req.valid('query'));
      return c.json(
        {
          events: page.events.map((e) => ({ ...iso(e), details: e.details as Record<string, unknown> })),
          next: page.next,
        },
        200,
      );
    },
  );
}
