import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp } from './accounts.js';
import { type TestServer, testServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ ANALYTICS_FLUSH_MS: '50' });
});
afterAll(() => server?.stop());

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

describe('site analytics', () => {
  it('loads the tracking script on published pages', async () => {
    const html = await (await server.client().get('/')).text();
    const src = /<script defer src="([^"]+\/_qs\/script\.[0-9a-f]+\.js)"/.exec(html)?.[1];
    expect(src, 'the page loads the tracker').toBeTruthy();
    const script = await fetch(src as string);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
  });

  it('counts page views and shows them to the owner only', async () => {
    const owner = server.client();
    await signedUp(owner, 'owner@example.co.ke', 'Wanjiku Mwangi');
    const { site } = (await (await owner.get('/api/site')).json()) as { site: { id: string } };

    const visitor = server.client();
    for (const [path, referrer] of [
      ['/', 'https://www.google.com/'],
      ['/contact', null],
    ] as const) {
      const res = await visitor.request('/api/event', {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'user-agent': BROWSER },
        body: JSON.stringify({
          n: 'pageview',
          u: `${server.url}${path}`,
          r: referrer,
          id: randomUUID(),
          w: 1280,
        }),
      });
      expect(res.status).toBe(202);
    }

    type Report = { overview: { pageviews: { value: number } }; pages: Array<{ value: string }> };
    let report = null as Report | null;
    for (let i = 0; i < 50; i++) {
      const res = await owner.get(`/api/apps/${site.id}/analytics?period=today`);
      expect(res.status).toBe(200);
      report = (await res.json()) as Report;
      if ((report?.overview.pageviews.value ?? 0) >= 2) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(report?.overview.pageviews.value).toBe(2);
    expect(report?.pages.map((p) => p.value)).toEqual(expect.arrayContaining(['/', '/contact']));

    const other = server.client();
    await signedUp(other, 'someone@example.co.ke', 'Someone Else');
    expect((await other.get(`/api/apps/${site.id}/analytics`)).status).toBe(404);
  });
});
