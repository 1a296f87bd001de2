import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, waitFor } from './harness.js';

describe('accounts over HTTP (/api/auth)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
  });
  afterAll(() => s?.stop());

  const post = (path: string, body: unknown, cookie?: string) =>
    s.request(`/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: s.url, ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });

  it('sign up → verification mail in the dev mailbox → verify by its link → sign in', async () => {
    // PUBLIC_URL in tests is the default http://localhost:3000; rewrite links onto this server's port.
    const email = 'njoki@example.co.ke';
    expect(
      (await post('/sign-up/email', { email, password: 'githeri for lunch today', name: 'Njoki' })).status,
    ).toBe(200);
    const mail = await waitFor(async () => {
      const list = (await (await s.request(`/api/dev/mailbox?to=${email}`)).json()) as {
        messages: Array<{ template: string; status: string; links: string[] }>;
      };
      return list.messages.find((m) => m.template === 'verify_email' && m.status === 'sent');
    });
    const link = new URL(mail.links[0] as string);
    const verify = await fetch(`${s.url}${link.pathname}${link.search}`, { redirect: 'manual' });
    expect(verify.status).toBe(302);
    const signIn = await post('/sign-in/email', { email, password: 'githeri for lunch today' });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const session = await s.request('/api/auth/get-session', { headers: { cookie } });
    expect(((await session.json()) as { user: { email: string } }).user.email).toBe(email);
  });

  it("answers auth errors in the API's one error shape", async () => {
    const res = await post('/sign-up/email', {
      email: 'weak@example.com',
      password: 'password1234',
      name: 'W',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'auth.password_common', message: expect.stringContaining('attackers try first') },
    });
    const wrong = await post('/sign-in/email', {
      email: 'nobody@example.com',
      password: 'whatever it is now',
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe(
      'auth.invalid_email_or_password',
    );
  });

  it('serves the JWKS for API clients', async () => {
    const res = await s.request('/api/auth/jwks');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
  });
});
