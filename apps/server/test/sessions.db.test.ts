import { sessions } from '@qspace/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInUser, startTestServer, type TestServer } from './harness.js';

describe('session cookies on /api/v1', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
  });
  afterAll(() => s?.stop());

  const apps = (cookie: string) => s.request('/api/v1/apps', { headers: { cookie } });

  it('accepts the cookie Better Auth issued, and refuses it once tampered with', async () => {
    const cookie = await signedInUser(s, 'cookie@example.com');
    expect((await apps(cookie)).status).toBe(200);
    const [name, value] = cookie.split('=') as [string, string];
    const decoded = decodeURIComponent(value);
    const forgedToken = `x${decoded.slice(1)}`; // same signature, other token
    expect((await apps(`${name}=${encodeURIComponent(forgedToken)}`)).status).toBe(401);
    const forgedSignature = `${decoded.slice(0, decoded.lastIndexOf('.'))}.${Buffer.alloc(32).toString('base64')}`;
    expect((await apps(`${name}=${encodeURIComponent(forgedSignature)}`)).status).toBe(401);
  });

  it('refuses a session at once after sign-out', async () => {
    const cookie = await signedInUser(s, 'signout@example.com');
    expect((await apps(cookie)).status).toBe(200);
    await s.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie, origin: s.url, 'content-type': 'application/json' },
      body: '{}',
    });
    expect((await apps(cookie)).status).toBe(401);
  });

  it('refuses an expired session', async () => {
    const cookie = await signedInUser(s, 'expired@example.com');
    await s.database.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1_000) });
    const res = await apps(cookie);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.unauthenticated');
  });
});
