/**
 * Public share links: an App's admin can publish its analytics, read-only, at an unguessable link,
 * optionally behind a password. Unlocking with the password returns a signed access token valid
 * for 12 hours; changing the password (or turning the link off) invalidates every token at once,
 * because tokens are signed with a key stored beside the link and replaced with it.
 */
import { createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { authorize } from '@qspace/auth';
import { type Clock, type Database, systemClock, type TenantContext } from '@qspace/core';
import { eq, sql } from 'drizzle-orm';
import { AnalyticsErrors } from '../errors.js';
import { settings } from '../schema.js';
import { DEFAULT_TIMEZONE } from './settings.js';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const TOKEN_RE = /^[A-Za-z0-9_-]{32,64}$/;
export const SHARE_ACCESS_HOURS = 12;

export interface ShareView {
  enabled: boolean;
  token: string | null;
  hasPassword: boolean;
}

async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, 32);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [, salt, hash] = stored.split('$');
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(actual, expected);
}

export async function getShare(database: Database, ctx: TenantContext): Promise<ShareView> {
  authorize(ctx, 'analytics.manage');
  return database.tenant(ctx, async (tx) => {
    const [row] = await tx.select().from(settings).where(eq(settings.appId, ctx.appId));
    return {
      enabled: !!row?.shareToken,
      token: row?.shareToken ?? null,
      hasPassword: !!row?.sharePasswordHash,
    };
  });
}

/**
 * Turns the link on (keeping its token unless `rotate`), and sets (string) or removes (null) its
 * password; `undefined` keeps the current password.
 */
export async function enableShare(
  database: Database,
  ctx: TenantContext,
  input: { password?: string | null | undefined; rotate?: boolean | undefined },
): Promise<ShareView> {
  authorize(ctx, 'analytics.manage');
  if (typeof input.password === 'string' && (input.password.length < 8 || input.password.length > 128))
    throw AnalyticsErrors.share_password_invalid();
  const hash = typeof input.password === 'string' ? await hashPassword(input.password) : input.password;
  return database.tenant(ctx, async (tx) => {
    const [row] = await tx.select().from(settings).where(eq(settings.appId, ctx.appId));
    const token = !row?.shareToken || input.rotate ? randomBytes(24).toString('base64url') : row.shareToken;
    const passwordHash = hash === undefined ? (row?.sharePasswordHash ?? null) : hash;
    const changed = hash !== undefined || token !== row?.shareToken;
    const shareKey = changed || !row?.shareKey ? randomBytes(32).toString('base64url') : row.shareKey;
    await tx
      .insert(settings)
      .values({
        appId: ctx.appId,
        timezone: DEFAULT_TIMEZONE,
        shareToken: token,
        sharePasswordHash: passwordHash,
        shareKey,
      })
      .onConflictDoUpdate({
        target: settings.appId,
        set: { shareToken: token, sharePasswordHash: passwordHash, shareKey, updatedAt: sql`now()` },
      });
    return { enabled: true, token, hasPassword: passwordHash !== null };
  });
}

export async function disableShare(database: Database, ctx: TenantContext): Promise<void> {
  authorize(ctx, 'analytics.manage');
  await database.tenant(ctx, (tx) =>
    tx
      .update(settings)
      .set({ shareToken: null, sharePasswordHash: null, shareKey: null, updatedAt: sql`now()` })
      .where(eq(settings.appId, ctx.appId)),
  );
}

interface ShareRow {
  appId: string;
  passwordHash: string | null;
  key: string;
}

/** The link behind a token. Tokens are a routing table across Apps (like domains): read as system. */
async function findShare(database: Database, token: string): Promise<ShareRow> {
  if (!TOKEN_RE.test(token)) throw AnalyticsErrors.share_not_found();
  const [row] = await database.system((tx) =>
    tx
      .select({ appId: settings.appId, passwordHash: settings.sharePasswordHash, key: settings.shareKey })
      .from(settings)
      .where(eq(settings.shareToken, token)),
  );
  if (!row?.key) throw AnalyticsErrors.share_not_found();
  return { appId: row.appId, passwordHash: row.passwordHash, key: row.key };
}

const sign = (key: string, token: string, expires: number) =>
  createHmac('sha256', key).update(`${token}.${expires}`).digest('base64url');

/** Checks a share link's password; returns an access token for `shareContext`. */
export async function unlockShare(
  database: Database,
  token: string,
  password: string,
  clock: Clock = systemClock,
): Promise<{ access: string; expiresAt: string }> {
  const share = await findShare(database, token);
  if (!share.passwordHash) throw AnalyticsErrors.share_not_found({ reason: 'this link has no password' });
  if (!(await passwordMatches(password, share.passwordHash))) throw AnalyticsErrors.share_password_wrong();
  const expires = clock.now().getTime() + SHARE_ACCESS_HOURS * 3_600_000;
  return {
    access: `${expires}.${sign(share.key, token, expires)}`,
    expiresAt: new Date(expires).toISOString(),
  };
}

/** A read-only (viewer) context for the App behind a share link, or 404 / 401 (locked). */
export async function shareContext(
  database: Database,
  token: string,
  access: string | undefined,
  clock: Clock = systemClock,
): Promise<TenantContext> {
  const share = await findShare(database, token);
  if (share.passwordHash) {
    const [expires, signature] = (access ?? '').split('.');
    const at = Number(expires);
    const expected = Number.isFinite(at) ? sign(share.key, token, at) : '';
    const ok =
      !!signature &&
      signature.length === expected.length &&
      timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) &&
      at > clock.now().getTime();
    if (!ok) throw AnalyticsErrors.share_locked();
  }
  return { appId: share.appId, actor: { type: 'system', id: 'share link' }, role: 'viewer' };
}
