/**
 * Apps (tenants) and their members. Every function that acts inside an App takes a TenantContext
 * built from the caller's membership (see `membershipContext`), authorizes against the permission
 * matrix, and records security-relevant changes in the App's audit log in the same transaction.
 */
import { type APP_ROLES, type Database, type Executor, newId, type TenantContext } from '@qspace/core';
import { and, asc, count, eq } from 'drizzle-orm';
import { authorize } from '../domain/permissions.js';
import { checkSlug } from '../domain/slug.js';
import { AppErrors } from '../errors.js';
import { appMembers, apps, users } from '../schema.js';
import { recordAudit } from './audit.js';

export type Role = (typeof APP_ROLES)[number];
export type AppRow = typeof apps.$inferSelect;

export interface AppSummary {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  createdAt: Date;
  role: Role;
}

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
}

function assertSlug(slug: string): void {
  const problem = checkSlug(slug);
  if (problem === 'format') throw AppErrors.slug_invalid({ slug });
  if (problem === 'reserved') throw AppErrors.slug_reserved({ slug });
}

async function assertSlugFree(tx: Executor, slug: string, exceptAppId?: string): Promise<void> {
  const [taken] = await tx.select({ id: apps.id }).from(apps).where(eq(apps.slug, slug));
  if (taken && taken.id !== exceptAppId) throw AppErrors.slug_taken({ slug });
}

/** Whether a slug can be used for a new App, and why not. */
export async function slugAvailability(
  database: Database,
  slug: string,
): Promise<{ available: boolean; reason?: 'format' | 'reserved' | 'taken' }> {
  const problem = checkSlug(slug);
  if (problem) return { available: false, reason: problem };
  const [taken] = await database.db.select({ id: apps.id }).from(apps).where(eq(apps.slug, slug));
  return taken ? { available: false, reason: 'taken' } : { available: true };
}

/** The caller's context in an App, or a 404 that does not reveal whether the App exists. */
export async function membershipContext(
  database: Database,
  userId: string,
  appId: string,
): Promise<TenantContext> {
  const [member] = await database.db
    .select({ role: appMembers.role })
    .from(appMembers)
    .where(and(eq(appMembers.organizationId, appId), eq(appMembers.userId, userId)));
  if (!member) throw AppErrors.not_found({ appId });
  return { appId, actor: { type: 'user', id: userId }, role: member.role };
}

export function listMyApps(database: Database, userId: string): Promise<AppSummary[]> {
  return database.db
    .select({
      id: apps.id,
      name: apps.name,
      slug: apps.slug,
      logo: apps.logo,
      createdAt: apps.createdAt,
      role: appMembers.role,
    })
    .from(appMembers)
    .innerJoin(apps, eq(apps.id, appMembers.organizationId))
    .where(eq(appMembers.userId, userId))
    .orderBy(asc(apps.name));
}

export async function createApp(
  database: Database,
  userId: string,
  input: { name: string; slug: string },
  ip?: string | null,
  /**
   * Runs inside the creating transaction (e.g. copying a starter's content): if it throws, the
   * App is not created at all.
   */
  seed?: (tx: Executor, ctx: TenantContext) => Promise<void>,
): Promise<AppSummary> {
  assertSlug(input.slug);
  const id = newId();
  const ctx: TenantContext = { appId: id, actor: { type: 'user', id: userId }, role: 'owner' };
  return database.tenant(ctx, async (tx) => {
    await assertSlugFree(tx, input.slug);
    const [app] = await tx
      .insert(apps)
      .values({ id, name: input.name, slug: input.slug })
      .onConflictDoNothing({ target: apps.slug })
      .returning();
    if (!app) throw AppErrors.slug_taken({ slug: input.slug }); // lost a race for the slug
    await tx.insert(appMembers).values({ id: newId(), organizationId: id, userId, role: 'owner' });
    await recordAudit(tx, ctx, {
      action: 'app.created',
      target: id,
      details: { name: input.name, slug: input.slug },
      ip,
    });
    if (seed) await seed(tx, ctx);
    return {
      id: app.id,
      name: app.name,
      slug: app.slug,
      logo: app.logo,
      createdAt: app.createdAt,
      role: 'owner',
    };
  });
}

export async function getApp(database: Database, ctx: TenantContext): Promise<AppSummary> {
  authorize(ctx, 'app.read');
  const [app] = await database.db.select().from(apps).where(eq(apps.id, ctx.appId));
  if (!app) throw AppErrors.not_found({ appId: ctx.appId });
  return {
    id: app.id,
    name: app.name,
    slug: app.slug,
    logo: app.logo,
    createdAt: app.createdAt,
    role: ctx.role,
  };
}

export async function updateApp(
  database: Database,
  ctx: TenantContext,
  patch: { name?: string; slug?: string },
  ip?: string | null,
): Promise<AppSummary> {
  authorize(ctx, 'app.update');
  if (patch.slug !== undefined) assertSlug(patch.slug);
  await database.tenant(ctx, async (tx) => {
    if (patch.slug !== undefined) await assertSlugFree(tx, patch.slug, ctx.appId);
    await tx.update(apps).set(patch).where(eq(apps.id, ctx.appId));
    if (patch.slug !== undefined) {
      await recordAudit(tx, ctx, {
        action: 'app.slug_changed',
        target: ctx.appId,
        details: { slug: patch.slug },
        ip,
      });
    }
  });
  return getApp(database, ctx);
}

export async function deleteApp(
  database: Database,
  ctx: TenantContext,
  confirmSlug: string,
  ip?: string | null,
): Promise<void> {
  authorize(ctx, 'app.delete');
  await database.tenant(ctx, async (tx) => {
    const [app] = await tx.select().from(apps).where(eq(apps.id, ctx.appId));
    if (!app) throw AppErrors.not_found({ appId: ctx.appId });
    if (confirmSlug !== app.slug) throw AppErrors.confirm_mismatch({ expected: 'the App slug' });
    // The audit log outlives the App (security records are kept); everything else cascades.
    await recordAudit(tx, ctx, { action: 'app.deleted', target: ctx.appId, details: { slug: app.slug }, ip });
    await tx.delete(apps).where(eq(apps.id, ctx.appId));
  });
}

const memberColumns = {
  id: appMembers.id,
  userId: appMembers.userId,
  name: users.name,
  email: users.email,
  role: appMembers.role,
  createdAt: appMembers.createdAt,
};

function membersQuery(database: Database, appId: string, memberId?: string) {
  return database.db
    .select(memberColumns)
    .from(appMembers)
    .innerJoin(users, eq(users.id, appMembers.userId))
    .where(and(eq(appMembers.organizationId, appId), memberId ? eq(appMembers.id, memberId) : undefined))
    .orderBy(asc(appMembers.createdAt));
}

export async function listMembers(database: Database, ctx: TenantContext): Promise<MemberView[]> {
  authorize(ctx, 'members.read');
  return membersQuery(database, ctx.appId);
}

/** One member of the App (after a change), or 404. */
async function memberView(database: Database, ctx: TenantContext, memberId: string): Promise<MemberView> {
  const [member] = await membersQuery(database, ctx.appId, memberId);
  if (!member) throw AppErrors.member_not_found({ memberId });
  return member;
}

async function owners(tx: Executor, appId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(appMembers)
    .where(and(eq(appMembers.organizationId, appId), eq(appMembers.role, 'owner')));
  return row?.n ?? 0;
}

async function findMember(tx: Executor, appId: string, memberId: string) {
  const [member] = await tx
    .select()
    .from(appMembers)
    .where(and(eq(appMembers.id, memberId), eq(appMembers.organizationId, appId)))
    .for('update');
  if (!member) throw AppErrors.member_not_found({ memberId });
  return member;
}

/** Adds an existing account by email (new people are invited instead). */
export async function addMember(
  database: Database,
  ctx: TenantContext,
  input: { email: string; role: Role },
  ip?: string | null,
): Promise<MemberView> {
  authorize(ctx, 'members.manage');
  if (input.role === 'owner' && ctx.role !== 'owner') throw AppErrors.owner_only();
  const memberId = await database.tenant(ctx, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, input.email.trim().toLowerCase()));
    if (!user) throw AppErrors.user_not_found({ email: input.email });
    const id = newId();
    const inserted = await tx
      .insert(appMembers)
      .values({ id, organizationId: ctx.appId, userId: user.id, role: input.role })
      .onConflictDoNothing()
      .returning({ id: appMembers.id });
    if (inserted.length === 0) throw AppErrors.already_member({ email: input.email });
    await recordAudit(tx, ctx, {
      action: 'member.added',
      target: user.id,
      details: { role: input.role },
      ip,
    });
    return id;
  });
  return memberView(database, ctx, memberId);
}

export async function changeRole(
  database: Database,
  ctx: TenantContext,
  memberId: string,
  role: Role,
  ip?: string | null,
): Promise<MemberView> {
  authorize(ctx, 'members.manage');
  await database.tenant(ctx, async (tx) => {
    const member = await findMember(tx, ctx.appId, memberId);
    if ((member.role === 'owner' || role === 'owner') && ctx.role !== 'owner') throw AppErrors.owner_only();
    if (member.role === 'owner' && role !== 'owner' && (await owners(tx, ctx.appId)) <= 1)
      throw AppErrors.last_owner();
    await tx.update(appMembers).set({ role }).where(eq(appMembers.id, memberId));
    await recordAudit(tx, ctx, {
      action: 'member.role_changed',
      target: member.userId,
      details: { from: member.role, to: role },
      ip,
    });
  });
  return memberView(database, ctx, memberId);
}

/** Removes a member; any member may remove themselves (leave), otherwise members.manage. */
export async function removeMember(
  database: Database,
  ctx: TenantContext,
  memberId: string,
  ip?: string | null,
): Promise<void> {
  await database.tenant(ctx, async (tx) => {
    const member = await findMember(tx, ctx.appId, memberId);
    const leaving = member.userId === ctx.actor.id;
    if (!leaving) {
      authorize(ctx, 'members.manage');
      if (member.role === 'owner' && ctx.role !== 'owner') throw AppErrors.owner_only();
    }
    if (member.role === 'owner' && (await owners(tx, ctx.appId)) <= 1) throw AppErrors.last_owner();
    await tx.delete(appMembers).where(eq(appMembers.id, memberId));
    await recordAudit(tx, ctx, {
      action: leaving ? 'member.left' : 'member.removed',
      target: member.userId,
      ip,
    });
  });
}

/** Makes another member the owner and the current owner an admin, atomically. */
export async function transferOwnership(
  database: Database,
  ctx: TenantContext,
  memberId: string,
  ip?: string | null,
): Promise<void> {
  authorize(ctx, 'app.transfer');
  await database.tenant(ctx, async (tx) => {
    const target = await findMember(tx, ctx.appId, memberId);
    await tx.update(appMembers).set({ role: 'owner' }).where(eq(appMembers.id, target.id));
    await tx
      .update(appMembers)
      .set({ role: 'admin' })
      .where(and(eq(appMembers.organizationId, ctx.appId), eq(appMembers.userId, ctx.actor.id)));
    await recordAudit(tx, ctx, { action: 'app.ownership_transferred', target: target.userId, ip });
  });
}
