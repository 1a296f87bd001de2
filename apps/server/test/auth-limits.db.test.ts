import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

describe('abuse limits on /api/auth', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: { RATE_LIMIT_SIGNUP_PER_IP: 3, RATE_LIMIT_RESET_PER_IP: 2 } });
  });
  afterAll(() => s?.stop());

  const post = (path: string, body: unknown) =>
    s.request(`/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: s.url },
      body: JSON.stringify(body),
    });

  it('refuses the 6th wrong password in a minute for one account with 429 and Retry-After, even with the right one', async () => {
    const email = 'locked@example.com';
    // The account exists (unverified is enough for the counting).
    expect(
      (await post('/sign-up/email', { email, password: 'the real pass phrase', name: 'L' })).status,
    ).toBe(200);
    for (let i = 1; i <= 5; i++) {
      const res = await post('/sign-in/email', { email, password: `wrong guess number ${i}` });
      expect(res.status, `attempt ${i}`).toBe(401);
    }
    const sixth = await post('/sign-in/email', { email, password: 'the real pass phrase' });
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await sixth.json()).toEqual({
      error: {
        code: 'core.rate_limited',
        message: expect.stringContaining('Try again in'),
        details: { retryAfterSeconds: retryAfter },
      },
    });
    // Other accounts are not affected.
    expect(
      (await post('/sign-in/email', { email: 'someone-else@example.com', password: 'whatever it may be' }))
        .status,
    ).toBe(401);
  });

  it('limits sign-ups per IP per hour', async () => {
    // One sign-up was used by the previous test; the limit is 3.
    expect(
      (await post('/sign-up/email', { email: 'one@example.com', password: 'first pass phrase', name: 'A' }))
        .status,
    ).toBe(200);
    expect(
      (await post('/sign-up/email', { email: 'two@example.com', password: 'second pass phrase', name: 'B' }))
        .status,
    ).toBe(200);
    const fourth = await post('/sign-up/email', {
      email: 'three@example.com',
      password: 'third pass phrase',
      name: 'C',
    });
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBeTruthy();
  });

  it('limits verification-email resends per IP per hour (each one mails someone)', async () => {
    const resend = () =>
      post('/send-verification-email', { email: 'one@example.com', callbackURL: '/verify-email' });
    expect((await resend()).status).toBe(200);
    expect((await resend()).status).toBe(200);
    const third = await resend();
    expect(third.status).toBe(429);
    expect(((await third.json()) as { error: { message: string } }).error.message).toContain(
      'verification emails',
    );
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!redisUrl)('abuse limits shared through Redis (needs TEST_REDIS_URL)', () => {
  it('counts wrong passwords across server instances', async () => {
    const config = { REDIS_URL: redisUrl };
    const [a, b] = await Promise.all([startTestServer({ config }), startTestServer({ config })]);
    try {
      const email = `shared-${Date.now()}@example.com`;
      const attempt = (server: TestServer) =>
        server.request('/api/auth/sign-in/email', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: server.url },
          body: JSON.stringify({ email, password: 'not the password' }),
        });
      for (const server of [a, b, a, b, a]) expect((await attempt(server)).status).toBe(401);
      expect((await attempt(b)).status).toBe(429);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
