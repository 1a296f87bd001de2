/**
 * Who is calling /api/v1: a person with a Better Auth session cookie, or a program with an App's API
 * key (`Authorization: Bearer PREFIX.SECRET`). An API key acts only inside its own App.
 */
import type { Auth } from '@qspace/auth';
import { AppErrors, AuthErrors, membershipContext, resolveSession, verifyApiKey } from '@qspace/auth';
import type { Database, TenantContext } from '@qspace/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/types.js';

export interface SessionSettings {
  /** The secret Better Auth signs session cookies with. */
  secret: string;
  /** Session lifetime; within a day of its refresh point, Better Auth is asked (it extends the session). */
  sessionDays: number;
}

const DAY = 86_400_000;

export function requirePrincipal(
  auth: Auth,
  database: Database,
  settings: SessionSettings,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header !== undefined) {
      const [scheme, value] = header.split(/\s+/, 2);
      if (scheme?.toLowerCase() !== 'bearer' || !value) throw AuthErrors.key_malformed();
      const key = await verifyApiKey(database, value);
      c.set('principal', { kind: 'api_key', ...key });
      return next();
    }
    // Fast path: verify the signed cookie and read the session in one query.
    const fast = await resolveSession(database, settings.secret, c.req.header('cookie'));
    const refreshDue =
      fast !== null && fast.expiresAt.getTime() - Date.now() < (settings.sessionDays - 1) * DAY;
    if (fast && !refreshDue) {
      c.set('principal', {
        kind: 'user',
        user: { id: fast.user.id, email: fast.user.email, name: fast.user.name },
      });
      return next();
    }
    // No valid cookie, or a session Better Auth should extend: ask Better Auth.
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) throw AuthErrors.unauthenticated();
    c.set('principal', {
      kind: 'user',
      user: { id: session.user.id, email: session.user.email, name: session.user.name },
    });
    await next();
  };
}

/** The signed-in person; API keys are refused (creating Apps, accepting invitations…). */
export function currentUser(c: Context<AppEnv>): { id: string; email: string; name: string } {
  const principal = c.get('principal');
  if (!principal) throw AuthErrors.unauthenticated();
  if (principal.kind !== 'user') throw AuthErrors.person_required();
  return principal.user;
}

/** The caller's context in the App named by the path (404 when not a member / another App's key). */
export async function appContext(
  c: Context<AppEnv>,
  database: Database,
  appId: string,
): Promise<TenantContext> {
  const principal = c.get('principal');
  if (!principal) throw AuthErrors.unauthenticated();
  if (principal.kind === 'api_key') {
    if (principal.appId !== appId) throw AppErrors.not_found({ appId });
    return { appId, actor: { type: 'api_key', id: principal.keyId }, role: principal.role };
  }
  return membershipContext(database, principal.user.id, appId);
}
