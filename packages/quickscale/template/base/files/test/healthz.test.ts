import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestServer, testServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('the kernel', () => {
  it('answers liveness and readiness once the database is migrated', async () => {
    const live = await fetch(`${server.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('describes the project to frontends', async () => {
    const meta = (await (await fetch(`${server.url}/api/meta`)).json()) as { project: { name: string } };
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      name: string;
    };
    expect(meta.project.name).toBe(pkg.name);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await fetch(`${server.url}/api/no-such-thing`);
    expect(res.status).toBe(404);
  });

  it('serves the stylesheet and refuses paths outside the static folders', async () => {
    expect((await fetch(`${server.url}/static/app.css`)).status).toBe(200);
    expect((await fetch(`${server.url}/static/..%2Fpackage.json`)).status).toBe(404);
  });
});
