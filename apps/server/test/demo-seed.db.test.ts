import { describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../src/demo-seed.js';
import { startTestServer } from './harness.js';

describe('demo data on a fresh database', () => {
  it('creates a verified demo account with a demo App, once, and never in production', async () => {
    const s = await startTestServer({ seedDemo: true });
    try {
      const signIn = await s.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: s.url },
        body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
      });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const apps = (await (await s.request('/api/v1/apps', { headers: { cookie } })).json()) as {
        apps: Array<{ slug: string; role: string }>;
      };
      expect(apps.apps).toEqual([expect.objectContaining({ slug: 'demo-cafe', role: 'owner' })]);
    } finally {
      await s.stop();
    }
    const prod = await startTestServer({ seedDemo: true, config: { NODE_ENV: 'production' } });
    try {
      const res = await prod.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: prod.url },
        body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
      });
      expect(res.status).toBe(401);
    } finally {
      await prod.stop();
    }
  });
});
