import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp } from './accounts.js';
import { type TestServer, testServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('the analytics page (htmx frontend)', () => {
  it('shows the owner the dashboard with its empty state, and strangers nothing', async () => {
    const owner = server.client();
    await signedUp(owner, 'owner@example.co.ke', 'Wanjiku Mwangi');
    const res = await owner.get('/admin/analytics?period=7d');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Page views');
    expect(html).toContain('No visits yet');
    expect(html).toMatch(/href="\/admin\/analytics\?period=7d" aria-current="page"/);

    const other = server.client();
    await signedUp(other, 'someone@example.co.ke', 'Someone Else');
    expect((await other.get('/admin/analytics')).status).toBe(404);
  });
});
