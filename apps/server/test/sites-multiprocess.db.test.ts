import { createEmptyServerDatabase, testServerUrl } from '@qspace/core/testing';
import { describe, expect, it } from 'vitest';
import {
  as,
  exitOf,
  freePort,
  signedInUser,
  spawnServer,
  type TestServer,
  waitFor,
  waitReady,
} from './harness.js';

const server = testServerUrl();

describe.skipIf(!server)('published sites across two server processes (needs TEST_DATABASE_URL)', () => {
  it('a publish through one process shows at once on the other, whose cache would otherwise keep the page for a minute', async () => {
    const db = await createEmptyServerDatabase(server as string);
    const ports = [await freePort(), await freePort()];
    // A long check interval: only the NOTIFY can make process B drop its cached page in time.
    const children = ports.map((port) =>
      spawnServer({
        PORT: String(port),
        DATABASE_URL: db.url,
        SITE_CACHE_CHECK_MS: '60000',
        DEMO_SEED: 'false',
        // Development mode: the sign-up mail is read from the dev mailbox.
        NODE_ENV: 'development',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      }),
    );
    try {
      await Promise.all(children.map((child, i) => waitReady(`http://127.0.0.1:${ports[i]}/readyz`, child)));
      const [a, b] = ports.map((port) => {
        const url = `http://127.0.0.1:${port}`;
        return {
          url,
          port,
          request: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init),
        } as unknown as TestServer;
      }) as [TestServer, TestServer];
      const owner = as(a, await signedInUser(a, 'owner@two-processes.test'));
      const app = await owner('POST', '/api/v1/apps', {
        name: 'Two Processes',
        slug: 'two-processes',
        starter: 'business-meridian',
      });
      expect(app.status, JSON.stringify(app.body)).toBe(201);
      const appId = String(app.body?.id);
      const listed = await owner('GET', `/api/v1/apps/${appId}/pages`);
      expect(listed.status, JSON.stringify(listed.body)).toBe(200);
      const pages = listed.body as unknown as Array<{ id: string; isHome: boolean }>;
      const homeId = pages.find((p) => p.isHome)?.id as string;

      // B renders and caches the page.
      const before = await (await b.request('/s/two-processes/')).text();
      expect(before).not.toContain('Published through process A');
      expect((await b.request('/s/two-processes/')).status).toBe(200);

      const page = (await owner('GET', `/api/v1/apps/${appId}/pages/${homeId}`)).body as {
        sections: Array<{ id: string; type: string; props: Record<string, unknown> }>;
      };
      const sections = page.sections.map((s) =>
        s.type === 'hero' ? { ...s, props: { ...s.props, heading: 'Published through process A' } } : s,
      );
      await owner('PUT', `/api/v1/apps/${appId}/pages/${homeId}`, { sections });
      expect((await owner('POST', `/api/v1/apps/${appId}/pages/${homeId}/publish`, {})).status).toBe(200);

      const started = Date.now();
      await waitFor(
        async () =>
          (await (await b.request('/s/two-processes/')).text()).includes('Published through process A'),
        3_000,
      );
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(children.map(exitOf));
      await db.drop();
    }
  }, 90_000);
});
