/** Authentication for /api/v1: a Better Auth session cookie (API keys arrive in a later change). */
import type { Auth } from '@qspace/auth';
import { AuthErrors, membershipContext } from '@qspace/auth';
import type { Database, TenantContext } from '@qspace/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../http/types.js';

export function requireUser(auth: Auth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) throw AuthErrors.unauthenticated();
    c.set('user', { id: session.user.id, email: session.user.email, name: session.user.name });
    await next();
  };
}

export function currentUser(c: Context<AppEnv>): { id: string; email: string; name: string } {
  const user = c.get('user');
  if (!user) throw AuthErrors.unauthenticated();
  return user;
}

/** The caller's context in the App named by the `appId` path parameter (404 when not a member). */
export function appContext(c: Context<AppEnv>, database: Database, appId: string): Promise<TenantContext> {
  return membershipContext(database, currentUser(c).id, appId);
}
