/** /api/v1 invitations: managed by App admins; previewed and accepted through the emailed link. */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  acceptInvitation,
  type InvitationSettings,
  type InvitationView,
  inviteMember,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from '@qspace/auth';
import type { Database } from '@qspace/core';
import { clientIp } from '../../http/auth-limits.js';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json, Role } from './openapi.js';
import { appContext, currentUser } from './session.js';

const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    role: Role,
    status: z.enum(['pending', 'accepted', 'revoked']),
    expiresAt: z.string(),
    createdAt: z.string(),
    inviterId: Id,
  })
  .openapi('Invitation');
const appParams = z.object({ appId: Id });
const invParams = z.object({ appId: Id, invitationId: Id });
const tokenParams = z.object({ token: z.string().min(10).max(200) });

const dto = (i: InvitationView) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  status: i.status,
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
  inviterId: i.inviterId,
});

export function invitationRoutes(
  app: OpenAPIHono<AppEnv>,
  database: Database,
  settings: InvitationSettings,
  trustProxy: boolean,
): void {
  const ip = (c: Parameters<typeof clientIp>[0]) => clientIp(c, trustProxy);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/invitations',
      tags: ['Invitations'],
      summary: 'Invitations of an App (admin)',
      request: { params: appParams },
      responses: {
        200: json(z.object({ invitations: z.array(Invitation) }), 'Invitations, newest first.'),
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      return c.json({ invitations: (await listInvitations(database, ctx)).map(dto) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/invitations',
      tags: ['Invitations'],
      summary: 'Invite someone by email (admin); the link works for 7 days, once',
      request: {
        params: appParams,
        ...body(z.object({ email: z.email('Enter a valid email address.'), role: Role })),
      },
      responses: {
        201: json(Invitation, 'Invited; the email is on its way.'),
        409: { description: 'Already a member or already invited.' },
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const { invitation } = await inviteMember(database, ctx, settings, c.req.valid('json'), ip(c));
      return c.json(dto(invitation), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/invitations/{invitationId}/resend',
      tags: ['Invitations'],
      summary: 'Send the invitation again with a fresh 7-day link (admin)',
      request: { params: invParams },
      responses: {
        200: json(Invitation, 'Resent.'),
        410: { description: 'Already used or revoked.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, invitationId } = c.req.valid('param');
      const { invitation } = await resendInvitation(
        database,
        await appContext(c, database, appId),
        settings,
        invitationId,
        ip(c),
      );
      return c.json(dto(invitation), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/invitations/{invitationId}',
      tags: ['Invitations'],
      summary: 'Revoke a pending invitation (admin)',
      request: { params: invParams },
      responses: {
        204: { description: 'Revoked.' },
        410: { description: 'Already used or revoked.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, invitationId } = c.req.valid('param');
      await revokeInvitation(database, await appContext(c, database, appId), invitationId, ip(c));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/invitations/{token}',
      tags: ['Invitations'],
      summary: 'What an invitation link is for (no sign-in needed)',
      // The token is the capability: whoever holds the emailed link may see what it is for.
      'x-tenant-probe': 'capability',
      request: { params: tokenParams },
      responses: {
        200: json(
          z.object({
            appName: z.string(),
            role: Role,
            email: z.string(),
            inviterName: z.string(),
            expiresAt: z.string(),
          }),
          'The invitation.',
        ),
        404: { description: 'Unknown link.' },
        410: { description: 'Used, revoked or expired.' },
      },
    }),
    async (c) => {
      const preview = await previewInvitation(database, c.req.valid('param').token);
      return c.json({ ...preview, expiresAt: preview.expiresAt.toISOString() }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/invitations/{token}/accept',
      tags: ['Invitations'],
      summary: 'Accept an invitation as the signed-in user (who must own the invited address)',
      'x-tenant-probe': 'capability',
      request: { params: tokenParams },
      responses: {
        200: json(z.object({ appId: Id, role: Role }), 'You are now a member.'),
        403: { description: 'Signed in with another address.' },
        410: { description: 'Used, revoked or expired.' },
        401: errors[401],
      },
    }),
    async (c) =>
      c.json(await acceptInvitation(database, currentUser(c), c.req.valid('param').token, ip(c)), 200),
  );
}
