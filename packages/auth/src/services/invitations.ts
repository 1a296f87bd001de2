/**
 * Invitations by email: a link valid for 7 days that works once, for a new or an existing account
 * (whoever accepts must be signed in with the invited address). Only a hash of the token is stored;
 * resending issues a new token and a new expiry, so an older link stops working.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Clock, type Database, newId, systemClock, type TenantContext } from '@qspace/core';
import { sendEmail } from '@qspace/notifications';
import { and, desc, eq } from 'drizzle-orm';
import { authorize } from '../domain/permissions.js';
import { AppErrors } from '../errors.js';
import { appInvitations, appMembers, apps, users } from '../schema.js';
import type { Role } from './apps.js';
import { recordAudit } from './audit.js';

export const INVITATION_DAYS = 7;
const DAY = 86_400_000;

export interface InvitationSettings {
  /** Public origin; the link is `${baseURL}/invite/<token>`. */
  baseURL: string;
  mailFrom: string;
  clock?: Clock;
}

export type InvitationRow = typeof appInvitations.$inferSelect;
export type InvitationView = Omit<InvitationRow, 'tokenHash'>;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const view = ({ tokenHash: _omit, ...rest }: InvitationRow): InvitationView => rest;

async function issue(
  database: Database,
  ctx: TenantContext,
  settings: InvitationSettings,
  invitation: { id: string; email: string; role: Role },
  isNew: boolean,
  ip?: string | null,
): Promise<{ invitation: InvitationView; token: string }> {
  const clock = settings.clock ?? systemClock;
  const token = randomBytes(32).toString('base64url');
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY);
  return database.tenant(ctx, async (tx) => {
    const [app] = await tx.select().from(apps).where(eq(apps.id, ctx.appId));
    const [inviter] = await tx.select().from(users).where(eq(users.id, ctx.actor.id));
    if (!app) throw AppErrors.not_found({ appId: ctx.appId });
    let row: InvitationRow | undefined;
    if (isNew) {
      [row] = await tx
        .insert(appInvitations)
        .values({
          id: invitation.id,
          organizationId: ctx.appId,
          email: invitation.email,
          role: invitation.role,
          tokenHash: hash(token),
          expiresAt,
          inviterId: ctx.actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) throw AppErrors.already_invited({ email: invitation.email });
    } else {
      [row] = await tx
        .update(appInvitations)
        .set({ tokenHash: hash(token), expiresAt, updatedAt: now })
        .where(eq(appInvitations.id, invitation.id))
        .returning();
    }
    if (!row) throw AppErrors.invitation_not_found({ invitationId: invitation.id });
    await sendEmail(
      tx,
      {
        to: invitation.email,
        from: settings.mailFrom,
        appId: ctx.appId,
        template: 'invitation',
        data: {
          inviterName: inviter?.name || inviter?.email || 'A teammate',
          appName: app.name,
          role: invitation.role,
          url: `${settings.baseURL}/invite/${token}`,
          expiresInDays: INVITATION_DAYS,
        },
        brand: {
          name: app.name,
          primaryColor: '#0f766e',
          footer: `You were invited to ${app.name} on Q-Space.`,
        },
      },
      clock,
    );
    await recordAudit(tx, ctx, {
      action: isNew ? 'invitation.created' : 'invitation.resent',
      target: row.id,
      details: { email: invitation.email, role: invitation.role },
      ip,
    });
    return { invitation: view(row), token };
  });
}

export async function inviteMember(
  database: Database,
  ctx: TenantContext,
  settings: InvitationSettings,
  input: { email: string; role: Role },
  ip?: string | null,
): Promise<{ invitation: InvitationView; token: string }> {
  authorize(ctx, 'invitations.manage');
  if (input.role === 'owner' && ctx.role !== 'owner') throw AppErrors.owner_only();
  const email = input.email.trim().toLowerCase();
  const [existing] = await database.db
    .select({ id: appMembers.id })
    .from(appMembers)
    .innerJoin(users, eq(users.id, appMembers.userId))
    .where(and(eq(appMembers.organizationId, ctx.appId), eq(users.email, email)));
  if (existing) throw AppErrors.already_member({ email });
  return issue(database, ctx, settings, { id: newId(), email, role: input.role }, true, ip);
}

async function findInvitation(
  database: Database,
  ctx: TenantContext,
  invitationId: string,
): Promise<InvitationRow> {
  const [row] = await database.db
    .select()
    .from(appInvitations)
    .where(and(eq(appInvitations.id, invitationId), eq(appInvitations.organizationId, ctx.appId)));
  if (!row) throw AppErrors.invitation_not_found({ invitationId });
  return row;
}

export async function resendInvitation(
  database: Database,
  ctx: TenantContext,
  settings: InvitationSettings,
  invitationId: string,
  ip?: string | null,
): Promise<{ invitation: InvitationView; token: string }> {
  authorize(ctx, 'invitations.manage');
  const row = await findInvitation(database, ctx, invitationId);
  if (row.status !== 'pending') throw AppErrors.invitation_used({ invitationId });
  return issue(database, ctx, settings, { id: row.id, email: row.email, role: row.role }, false, ip);
}

export async function revokeInvitation(
  database: Database,
  ctx: TenantContext,
  invitationId: string,
  ip?: string | null,
): Promise<void> {
  authorize(ctx, 'invitations.manage');
  const row = await findInvitation(database, ctx, invitationId);
  if (row.status !== 'pending') throw AppErrors.invitation_used({ invitationId });
  await database.tenant(ctx, async (tx) => {
    await tx
      .update(appInvitations)
      .set({ status: 'revoked', updatedAt: new Date() })
      .where(eq(appInvitations.id, row.id));
    await recordAudit(tx, ctx, {
      action: 'invitation.revoked',
      target: row.id,
      details: { email: row.email },
      ip,
    });
  });
}

export async function listInvitations(database: Database, ctx: TenantContext): Promise<InvitationView[]> {
  authorize(ctx, 'invitations.manage');
  const rows = await database.db
    .select()
    .from(appInvitations)
    .where(eq(appInvitations.organizationId, ctx.appId))
    .orderBy(desc(appInvitations.createdAt))
    .limit(200);
  return rows.map(view);
}

async function byToken(database: Database, token: string, clock: Clock): Promise<InvitationRow> {
  const [row] = await database.db
    .select()
    .from(appInvitations)
    .where(eq(appInvitations.tokenHash, hash(token)));
  if (!row) throw AppErrors.invitation_invalid();
  if (row.status !== 'pending') throw AppErrors.invitation_used();
  if (row.expiresAt.getTime() <= clock.now().getTime()) throw AppErrors.invitation_expired();
  return row;
}

/** What the link shows before accepting: which App, which role, for which address. */
export async function previewInvitation(
  database: Database,
  token: string,
  clock: Clock = systemClock,
): Promise<{ appName: string; role: Role; email: string; inviterName: string; expiresAt: Date }> {
  const row = await byToken(database, token, clock);
  const [app] = await database.db
    .select({ name: apps.name })
    .from(apps)
    .where(eq(apps.id, row.organizationId));
  const [inviter] = await database.db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, row.inviterId));
  return {
    appName: app?.name ?? '',
    role: row.role,
    email: row.email,
    inviterName: inviter?.name ?? '',
    expiresAt: row.expiresAt,
  };
}

/** Accepts an invitation as the signed-in user; the link works once. */
export async function acceptInvitation(
  database: Database,
  user: { id: string; email: string },
  token: string,
  ip?: string | null,
  clock: Clock = systemClock,
): Promise<{ appId: string; role: Role }> {
  const row = await byToken(database, token, clock);
  if (row.email !== user.email.toLowerCase())
    throw AppErrors.invitation_wrong_account({ invitedEmail: row.email });
  const ctx: TenantContext = {
    appId: row.organizationId,
    actor: { type: 'user', id: user.id },
    role: row.role,
  };
  await database.tenant(ctx, async (tx) => {
    // Claim the invitation first: of two concurrent accepts, only one updates a pending row.
    const claimed = await tx
      .update(appInvitations)
      .set({ status: 'accepted', acceptedBy: user.id, updatedAt: clock.now() })
      .where(and(eq(appInvitations.id, row.id), eq(appInvitations.status, 'pending')))
      .returning({ id: appInvitations.id });
    if (claimed.length === 0) throw AppErrors.invitation_used();
    const added = await tx
      .insert(appMembers)
      .values({ id: newId(), organizationId: row.organizationId, userId: user.id, role: row.role })
      .onConflictDoNothing()
      .returning({ id: appMembers.id });
    if (added.length === 0) throw AppErrors.already_member({ email: user.email });
    await recordAudit(tx, ctx, {
      action: 'invitation.accepted',
      target: row.id,
      details: { email: row.email, role: row.role },
      ip,
    });
  });
  return { appId: row.organizationId, role: row.role };
}
