import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, testServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('the htmx frontend', () => {
  it('serves htmx and Alpine from the installed packages, and 404 for other missing files', async () => {
    for (const file of ['htmx.min.js', 'alpine.min.js']) {
      const res = await fetch(`${server.url}/static/vendor/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/javascript');
      expect((await res.text()).length).toBeGreaterThan(10_000);
    }
    expect((await fetch(`${server.url}/static/vendor/nothing.js`)).status).toBe(404);
  });
});
