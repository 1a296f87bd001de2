/**
 * Accounts on Better Auth: email + password with verification by an expiring link, sign-in and
 * sign-out, password reset by a single-use expiring link (all sessions revoked after it), change of
 * password, change of email, account deletion, database sessions in HttpOnly SameSite=Lax cookies
 * (Secure in production), listing and revoking sessions, and short-lived JWTs with a JWKS endpoint.
 *
 * Mail goes through @qspace/notifications: it is recorded and delivered by a durable job, so a flaky
 * SMTP server never loses a verification link.
 */
import { type Database, newId } from '@qspace/core';
import {
  type Brand,
  PLATFORM_BRAND,
  sendEmail,
  type TemplateData,
  type TemplateName,
} from '@qspace/notifications';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { jwt } from 'better-auth/plugins';
import { eq } from 'drizzle-orm';
import {
  checkPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_MESSAGES,
} from './domain/passwords.js';
import { appMembers, authSchema } from './schema.js';
import { recordAudit } from './services/audit.js';

export const VERIFY_EMAIL_HOURS = 24;
export const RESET_PASSWORD_MINUTES = 60;

export interface AuthOptions {
  database: Database;
  /** 32+ characters; signs cookies and tokens. */
  secret: string;
  /** Public origin of the server, e.g. https://qspace.example.co.ke. */
  baseURL: string;
  /** Secure cookies and stricter defaults. */
  production: boolean;
  /** Origins allowed to call the auth API from a browser besides `baseURL`. */
  trustedOrigins?: string[];
  /** Lifetime of a "remember me" session. */
  sessionDays?: number;
  /** Sender of account mail, e.g. `Q-Space <no-reply@example.com>`. */
  mailFrom: string;
  brand?: Brand;
}

/** Paths whose body carries a new password, and the field that holds it. */
const PASSWORD_FIELDS: Record<string, string> = {
  '/sign-up/email': 'password',
  '/reset-password': 'newPassword',
  '/change-password': 'newPassword',
};

export function createAuth(options: AuthOptions) {
  const { database } = options;
  const mail = async <T extends TemplateName>(template: T, to: string, data: TemplateData<T>) => {
    await database.system((tx) =>
      sendEmail(tx, { to, from: options.mailFrom, template, data, brand: options.brand ?? PLATFORM_BRAND }),
    );
  };
  return betterAuth({
    appName: options.brand?.name ?? PLATFORM_BRAND.name,
    baseURL: options.baseURL,
    basePath: '/api/auth',
    secret: options.secret,
    trustedOrigins: [options.baseURL, ...(options.trustedOrigins ?? [])],
    database: drizzleAdapter(database.db, { provider: 'pg', schema: authSchema }),
    telemetry: { enabled: false },
    // Abuse limits are enforced in front of this handler by the server (per IP and per account).
    rateLimit: { enabled: false },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      resetPasswordTokenExpiresIn: RESET_PASSWORD_MINUTES * 60,
      revokeSessionsOnPasswordReset: true,
      // A sign-up with a taken address answers exactly like a new one (no account enumeration, see
      // docs/decisions/0021); the address's owner is told by email instead.
      onExistingUserSignUp: async ({ user }) =>
        mail('account_exists', user.email, {
          name: user.name,
          signInUrl: `${options.baseURL}/sign-in`,
          resetUrl: `${options.baseURL}/forgot-password`,
        }),
      sendResetPassword: async ({ user, url }) =>
        mail('reset_password', user.email, {
          name: user.name,
          url,
          expiresInMinutes: RESET_PASSWORD_MINUTES,
        }),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFY_EMAIL_HOURS * 3600,
      sendVerificationEmail: async ({ user, url }) =>
        mail('verify_email', user.email, { name: user.name, url, expiresInHours: VERIFY_EMAIL_HOURS }),
    },
    user: {
      changeEmail: { enabled: true },
      deleteUser: { enabled: true },
    },
    session: {
      expiresIn: (options.sessionDays ?? 30) * 86_400,
      updateAge: 86_400,
    },
    advanced: {
      cookiePrefix: 'qspace',
      useSecureCookies: options.production,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => newId() },
    },
    databaseHooks: {
      session: {
        create: {
          // A sign-in is a security event in every App the person belongs to.
          after: async (session) => {
            const memberships = await database.db
              .select({ appId: appMembers.organizationId, role: appMembers.role })
              .from(appMembers)
              .where(eq(appMembers.userId, session.userId));
            for (const m of memberships) {
              const ctx = {
                appId: m.appId,
                actor: { type: 'user' as const, id: session.userId },
                role: m.role,
              };
              await database.tenant(ctx, (tx) =>
                recordAudit(tx, ctx, {
                  action: 'member.signed_in',
                  ip: session.ipAddress ?? null,
                  details: { userAgent: session.userAgent ?? null },
                }),
              );
            }
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const field = PASSWORD_FIELDS[ctx.path];
        if (!field) return;
        const password = (ctx.body as Record<string, unknown> | undefined)?.[field];
        if (typeof password !== 'string') return; // Better Auth's own validation reports the missing field
        const problem = checkPassword(password);
        if (problem) {
          throw new APIError('BAD_REQUEST', {
            code: `PASSWORD_${problem.toUpperCase()}`,
            message: PASSWORD_MESSAGES[problem],
          });
        }
      }),
    },
    // JWTs are issued on request (GET /api/auth/token), not signed into every session lookup: that costs
    // a key decryption and a signature per request.
    plugins: [jwt({ jwt: { expirationTime: '15m' }, disableSettingJwtHeader: true })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
