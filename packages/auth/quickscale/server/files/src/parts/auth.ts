/**
 * @qspace/auth in this project: Better Auth's handler at /api/auth/*, the signed-in person (or null)
 * on every request as `c.var.user`, and abuse limits in front of sign-in and sign-up. Pages and
 * APIs that need a person call `ctx.services.auth.requireUser(c)`.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Auth, authMigrations, createAuth, resolveSession } from '@qspace/auth';
import { ConfigError, defineErrors } from '@qspace/core';
import type { Context } from 'hono';
import type { Config } from '../composition.js';
import { clientAddress } from '../kernel/http.js';
import { definePart } from '../kernel/part.js';
import { fixedWindow } from '../kernel/rate-limit.js';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
}

export interface AuthService {
  auth: Auth;
  /** The signed-in person, or throws 401 (the API) — pages redirect to /sign-in themselves. */
  requireUser(c: Context): SignedInUser;
  /** Counts a sign-in or sign-up attempt from the client's address; false when over the limit. */
  allow(kind: 'sign-in' | 'sign-up', c: Context): { ok: boolean; retryAfterSeconds: number };
  /** The person behind a Cookie header (a signature check and one indexed join), or null. */
  userOf(cookieHeader: string | undefined): Promise<SignedInUser | null>;
}

declare module '../kernel/part.js' {
  interface Services {
    auth: AuthService;
  }
}

declare module 'hono' {
  interface ContextVariableMap {
    user: SignedInUser | null;
  }
}

export const AuthPartErrors = defineErrors('auth', {
  sign_in_required: { status: 401, message: 'Sign in to do this.' },
  too_many_attempts: {
    status: 429,
    message: 'Too many attempts from your address. Wait a minute and try again.',
  },
});

/** AUTH_SECRET in production; in development a random one kept beside the embedded database. */
function authSecret(config: Config): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === 'production') {
    throw new ConfigError([
      {
        variable: 'AUTH_SECRET',
        value: undefined,
        problem: 'is required in production',
        hint: 'Generate one with `openssl rand -base64 48` and set AUTH_SECRET.',
      },
    ]);
  }
  if (config.QSPACE_DATA_DIR.startsWith('memory://')) return randomBytes(48).toString('base64');
  const file = join(dirname(resolve(config.QSPACE_DATA_DIR)), 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export default definePart({
  name: 'auth',
  migrations: [authMigrations],
  setup(ctx) {
    const secret = authSecret(ctx.config);
    const auth = createAuth({
      database: ctx.database,
      secret,
      baseURL: ctx.config.PUBLIC_URL,
      production: ctx.config.NODE_ENV === 'production',
      sessionDays: ctx.config.AUTH_SESSION_DAYS,
      mailFrom: ctx.config.MAIL_FROM,
    });
    const limits = { 'sign-in': fixedWindow(10, 60_000), 'sign-up': fixedWindow(5, 10 * 60_000) };
    ctx.services.auth = {
      auth,
      requireUser(c) {
        const user = c.get('user');
        if (!user) throw AuthPartErrors.sign_in_required();
        return user;
      },
      allow: (kind, c) => limits[kind].hit(clientAddress(c)),
      async userOf(cookieHeader) {
        const session = await resolveSession(ctx.database, secret, cookieHeader);
        return session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
      },
    };
  },
  routes(app, ctx) {
    const { auth, userOf } = ctx.services.auth;
    app.use('*', async (c, next) => {
      c.set('user', await userOf(c.req.header('cookie')));
      await next();
    });
    app.on(['POST'], ['/api/auth/sign-in/email', '/api/auth/sign-up/email'], async (c, next) => {
      const allowed = ctx.services.auth.allow(
        c.req.path.endsWith('sign-in/email') ? 'sign-in' : 'sign-up',
        c,
      );
      if (!allowed.ok) {
        return c.json({ error: AuthPartErrors.too_many_attempts().toJSON() }, 429, {
          'Retry-After': String(allowed.retryAfterSeconds),
        });
      }
      return next();
    });
    app.on(['GET', 'POST'], '/api/auth/*', (c) => auth.handler(c.req.raw));
    app.get('/api/session', (c) => c.json({ user: c.get('user') }));
  },
});
