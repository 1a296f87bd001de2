import { coreMigrations } from '@qspace/core';
import { createTestDatabase, type TestDatabase } from '@qspace/core/testing';
import { listMailbox, notificationsMigrations } from '@qspace/notifications';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Auth, authMigrations, createAuth } from '../src/index.js';

const BASE = 'http://qspace.test';

describe('accounts', () => {
  let t: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    t = await createTestDatabase({ migrations: [coreMigrations, notificationsMigrations, authMigrations] });
    auth = createAuth({
      database: t,
      secret: 'test-secret-test-secret-test-secret-0123',
      baseURL: BASE,
      production: false,
      mailFrom: 'Q-Space <no-reply@qspace.test>',
    });
  });
  afterAll(() => t?.close());

  /** Calls the auth API like a browser on the same origin would. */
  async function call(method: 'GET' | 'POST', path: string, body?: unknown, cookie?: string) {
    const headers = new Headers({ origin: BASE });
    if (body !== undefined) headers.set('content-type', 'application/json');
    if (cookie) headers.set('cookie', cookie);
    const url = path.startsWith('http') ? path : `${BASE}/api/auth${path}`;
    const res = await auth.handler(
      new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
    );
    const text = await res.text();
    let json: Record<string, unknown> | null = null;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // redirects and empty bodies
    }
    return { status: res.status, json, headers: res.headers };
  }

  const cookieOf = (headers: Headers) =>
    headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

  async function latestLink(to: string, template: string): Promise<string> {
    const mail = (await listMailbox(t, { to })).find((m) => m.template === template);
    const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
    if (!link) throw new Error(`no ${template} mail to ${to}`);
    return link;
  }

  async function signUpVerified(email: string, password: string): Promise<string> {
    expect((await call('POST', '/sign-up/email', { email, password, name: 'Test' })).status).toBe(200);
    const verified = await call('GET', await latestLink(email, 'verify_email'));
    expect(verified.status).toBe(302);
    return cookieOf(verified.headers);
  }

  it('signs up, mails a verification link, refuses sign-in until verified, then signs in', async () => {
    const email = 'amina@example.co.ke';
    const signUp = await call('POST', '/sign-up/email', {
      email,
      password: 'mandazi na chai kila siku',
      name: 'Amina',
    });
    expect(signUp.status).toBe(200);
    expect(cookieOf(signUp.headers)).not.toContain('session_token');

    const early = await call('POST', '/sign-in/email', { email, password: 'mandazi na chai kila siku' });
    expect(early.status).toBe(403);
    expect(early.json?.code).toBe('EMAIL_NOT_VERIFIED');

    const link = await latestLink(email, 'verify_email');
    expect(link.startsWith(`${BASE}/api/auth/verify-email?token=`)).toBe(true);
    const verified = await call('GET', link);
    expect(verified.status).toBe(302);

    const signIn = await call('POST', '/sign-in/email', {
      email,
      password: 'mandazi na chai kila siku',
      rememberMe: true,
    });
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.getSetCookie().find((c) => c.startsWith('qspace.session_token='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=\d+/);
    const session = await call('GET', '/get-session', undefined, cookieOf(signIn.headers));
    expect(session.json?.user).toMatchObject({ email, emailVerified: true });
  });

  it('refuses a verification link that was tampered with', async () => {
    const res = await call('GET', `${BASE}/api/auth/verify-email?token=not-a-real-token`);
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).not.toBe(200);
  });

  it('refuses weak, common and duplicate sign-ups with messages that say what to do', async () => {
    const short = await call('POST', '/sign-up/email', {
      email: 'short@example.com',
      password: 'abc123',
      name: 'S',
    });
    expect(short.status).toBe(400);
    expect(String(short.json?.message)).toMatch(/10 characters/);
    const common = await call('POST', '/sign-up/email', {
      email: 'common@example.com',
      password: 'password1234',
      name: 'C',
    });
    expect(common.status).toBe(400);
    expect(common.json?.code).toBe('PASSWORD_COMMON');
    const badEmail = await call('POST', '/sign-up/email', {
      email: 'not-an-email',
      password: 'a fine long passphrase',
      name: 'E',
    });
    expect(badEmail.status).toBe(400);
    await signUpVerified('dup@example.com', 'first passphrase here');
    // A taken address answers like a new one (no account enumeration); its owner is told by email.
    const dup = await call('POST', '/sign-up/email', {
      email: 'dup@example.com',
      password: 'second passphrase here',
      name: 'D',
    });
    expect(dup.status).toBe(200);
    await expect(latestLink('dup@example.com', 'account_exists')).resolves.toBe(`${BASE}/sign-in`);
    // Nothing half-created or overwritten: the first password still works, the second does not.
    expect(
      (await call('POST', '/sign-in/email', { email: 'dup@example.com', password: 'first passphrase here' }))
        .status,
    ).toBe(200);
    expect(
      (await call('POST', '/sign-in/email', { email: 'dup@example.com', password: 'second passphrase here' }))
        .status,
    ).toBe(401);
  });

  it('resets a password once with the mailed link, then refuses the link; old sessions are revoked', async () => {
    const email = 'kamau@example.com';
    const oldCookie = await signUpVerified(email, 'original pass phrase');
    expect((await call('GET', '/get-session', undefined, oldCookie)).json).not.toBeNull();

    expect(
      (await call('POST', '/request-password-reset', { email, redirectTo: `${BASE}/reset` })).status,
    ).toBe(200);
    const link = await latestLink(email, 'reset_password');
    const landing = await call('GET', link);
    expect(landing.status).toBe(302);
    const token = new URL(landing.headers.get('location') ?? '', BASE).searchParams.get('token');
    expect(token).toBeTruthy();

    const reset = await call('POST', '/reset-password', { token, newPassword: 'brand new pass phrase' });
    expect(reset.status).toBe(200);
    const again = await call('POST', '/reset-password', { token, newPassword: 'another new pass phrase' });
    expect(again.status).toBe(400);
    expect(again.json?.code).toBe('INVALID_TOKEN');

    expect((await call('GET', '/get-session', undefined, oldCookie)).json).toBeNull();
    expect((await call('POST', '/sign-in/email', { email, password: 'original pass phrase' })).status).toBe(
      401,
    );
    expect((await call('POST', '/sign-in/email', { email, password: 'brand new pass phrase' })).status).toBe(
      200,
    );
  });

  it('refuses a common password on reset too', async () => {
    const email = 'otieno@example.com';
    await signUpVerified(email, 'good old pass phrase');
    await call('POST', '/request-password-reset', { email, redirectTo: `${BASE}/reset` });
    const landing = await call('GET', await latestLink(email, 'reset_password'));
    const token = new URL(landing.headers.get('location') ?? '', BASE).searchParams.get('token');
    const weak = await call('POST', '/reset-password', { token, newPassword: 'qwertyuiop' });
    expect(weak.status).toBe(400);
    expect(weak.json?.code).toBe('PASSWORD_COMMON');
  });

  it('lists my sessions and revokes one; signs out', async () => {
    const email = 'wanjiru@example.com';
    await signUpVerified(email, 'sessions pass phrase');
    const a = cookieOf(
      (await call('POST', '/sign-in/email', { email, password: 'sessions pass phrase' })).headers,
    );
    const b = cookieOf(
      (await call('POST', '/sign-in/email', { email, password: 'sessions pass phrase' })).headers,
    );
    const list = await call('GET', '/list-sessions', undefined, a);
    const sessions = list.json as unknown as Array<{ token: string }>;
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const bToken = decodeURIComponent(b.split('=')[1] ?? '').split('.')[0];
    expect((await call('POST', '/revoke-session', { token: bToken }, a)).status).toBe(200);
    expect((await call('GET', '/get-session', undefined, b)).json).toBeNull();
    expect((await call('POST', '/sign-out', {}, a)).status).toBe(200);
    expect((await call('GET', '/get-session', undefined, a)).json).toBeNull();
  });

  it('issues short-lived JWTs for API clients, verifiable with the JWKS', async () => {
    const email = 'baraka@example.com';
    await signUpVerified(email, 'token pass phrase ok');
    const cookie = cookieOf(
      (await call('POST', '/sign-in/email', { email, password: 'token pass phrase ok' })).headers,
    );
    const token = await call('GET', '/token', undefined, cookie);
    expect(token.status).toBe(200);
    const jwtString = String(token.json?.token);
    const [header, payload] = jwtString
      .split('.')
      .slice(0, 2)
      .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString() || '{}'));
    expect(payload.sub).toBeTruthy();
    expect(payload.exp - payload.iat).toBe(15 * 60);
    const jwks = await call('GET', '/jwks');
    const keys = (jwks.json?.keys ?? []) as Array<{ kid: string }>;
    expect(keys.map((k) => k.kid)).toContain(header.kid);
  });

  it('changes the password with the current one (and the same rules), signing out other sessions', async () => {
    const email = 'chebet@example.com';
    const first = await signUpVerified(email, 'first good pass phrase');
    const other = cookieOf(
      (await call('POST', '/sign-in/email', { email, password: 'first good pass phrase' })).headers,
    );
    const wrong = await call(
      'POST',
      '/change-password',
      { currentPassword: 'not it at all', newPassword: 'second good pass phrase' },
      first,
    );
    expect(wrong.status).toBe(400);
    const common = await call(
      'POST',
      '/change-password',
      { currentPassword: 'first good pass phrase', newPassword: 'password12345' },
      first,
    );
    expect(common.json?.code).toBe('PASSWORD_COMMON');
    const ok = await call(
      'POST',
      '/change-password',
      {
        currentPassword: 'first good pass phrase',
        newPassword: 'second good pass phrase',
        revokeOtherSessions: true,
      },
      first,
    );
    expect(ok.status).toBe(200);
    expect((await call('GET', '/get-session', undefined, other)).json).toBeNull();
    expect(
      (await call('POST', '/sign-in/email', { email, password: 'second good pass phrase' })).status,
    ).toBe(200);
  });

  it('changes the email only after the new address is verified', async () => {
    const cookie = await signUpVerified('old-address@example.com', 'email change pass phrase');
    const res = await call(
      'POST',
      '/change-email',
      { newEmail: 'new-address@example.com', callbackURL: '/' },
      cookie,
    );
    expect(res.status).toBe(200);
    const session = await call('GET', '/get-session', undefined, cookie);
    expect(session.json?.user).toMatchObject({ email: 'old-address@example.com' });
    const mails = await listMailbox(t, {});
    const link = mails
      .find((m) => m.template === 'verify_email' && m.toAddress === 'new-address@example.com')
      ?.text.match(/https?:\/\/\S+/)?.[0];
    expect(link).toBeTruthy();
    expect((await call('GET', String(link), undefined, cookie)).status).toBe(302);
    const after = await call('GET', '/get-session', undefined, cookie);
    expect(after.json?.user).toMatchObject({ email: 'new-address@example.com' });
  });

  it('deletes the account with the password, and then it is gone', async () => {
    const email = 'leaving@example.com';
    const cookie = await signUpVerified(email, 'goodbye pass phrase');
    expect((await call('POST', '/delete-user', { password: 'wrong pass phrase' }, cookie)).status).toBe(400);
    expect((await call('POST', '/delete-user', { password: 'goodbye pass phrase' }, cookie)).status).toBe(
      200,
    );
    expect((await call('GET', '/get-session', undefined, cookie)).json).toBeNull();
    expect((await call('POST', '/sign-in/email', { email, password: 'goodbye pass phrase' })).status).toBe(
      401,
    );
  });
});
