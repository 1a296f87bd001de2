/**
 * The inbox over HTTP. Until the content module is part of the server's composition root, this
 * test adds its migrations and mounts the inbox routes through `extend`, the way app.ts mounts v1.
 */
import { contentMigrations, pages, pageVersions, submitForm } from '@qspace/content';
import { newId, silentLogger } from '@qspace/core';
import { createTestDatabase } from '@qspace/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadServerConfig, migrations, type ServerConfig, startRuntime } from '../src/index.js';
import { submissionRoutes } from '../src/routes/v1/submissions.js';
import { as, signedInUser, type TestServer } from './harness.js';

const SEO = { title: '', description: '', image: '', noindex: false };
const FIELDS = [
  { name: 'name', label: 'Name', type: 'text', required: true, options: [] },
  { name: 'email', label: 'Email', type: 'email', required: true, options: [] },
  { name: 'message', label: 'Message', type: 'textarea', required: true, options: [] },
];

async function startInboxServer(): Promise<TestServer> {
  // Once the server's composition root includes content, its list is used as it is.
  const all = migrations.some((m) => m.module === 'content')
    ? migrations
    : [...migrations, contentMigrations];
  const database = await createTestDatabase({ migrations: all });
  const config = {
    ...loadServerConfig({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
    }),
    PORT: 0,
    JOBS_POLL_INTERVAL_MS: 20,
    RATE_LIMIT_SIGNUP_PER_IP: 100,
  } as ServerConfig;
  const runtime = await startRuntime({
    config,
    logger: silentLogger(),
    database,
    migrations: all,
    extend: (app) => {
      if (!app.routes.some((r) => r.path === '/api/v1/apps/:appId/submissions'))
        submissionRoutes(app, { database });
    },
  });
  return Object.assign(runtime, {
    request: (path: string, init?: RequestInit) => fetch(`${runtime.url}${path}`, init),
  });
}

describe('the inbox over /api/v1', () => {
  let s: TestServer;
  let ownerCookie: string;
  let owner: ReturnType<typeof as>;
  let editor: ReturnType<typeof as>;
  let viewer: ReturnType<typeof as>;
  let outsider: ReturnType<typeof as>;
  let appId: string;
  let otherAppId: string;
  let pageId: string;
  const ids: string[] = [];

  async function submit(name: string, message: string): Promise<string> {
    const result = await submitForm(s.database, {
      appId,
      pageId,
      sectionId: 'contact',
      values: { name, email: `${name.toLowerCase()}@example.com`, message, company_website: '' },
      meta: { path: '/contact', referrer: '', userAgent: 'test' },
      notify: { publicUrl: s.url },
    });
    if (result.status !== 'stored') throw new Error('not stored');
    return result.submissionId;
  }

  beforeAll(async () => {
    s = await startInboxServer();
    ownerCookie = await signedInUser(s, 'owner@example.com');
    owner = as(s, ownerCookie);
    editor = as(s, await signedInUser(s, 'editor@example.com'));
    viewer = as(s, await signedInUser(s, 'viewer@example.com'));
    outsider = as(s, await signedInUser(s, 'outsider@example.com'));
    appId = String(
      (await owner('POST', '/api/v1/apps', { name: 'Mama Oliech', slug: 'mama-oliech' })).body?.id,
    );
    otherAppId = String(
      (await outsider('POST', '/api/v1/apps', { name: 'Other', slug: 'other-app' })).body?.id,
    );
    for (const [email, role] of [
      ['editor@example.com', 'editor'],
      ['viewer@example.com', 'viewer'],
    ]) {
      expect((await owner('POST', `/api/v1/apps/${appId}/members`, { email, role })).status).toBe(201);
    }
    pageId = await insertContactPage(s, appId);
    ids.push(await submit('Wanjiru', 'Karibu, "first" message'));
    ids.push(await submit('Brian', '=1+1'));
  });
  afterAll(() => s?.stop());

  it('lists the inbox newest first with counts', async () => {
    const res = await owner('GET', `/api/v1/apps/${appId}/submissions`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, unread: 2, next: null });
    const list = res.body?.submissions as Array<{ name: string; fields: unknown[]; createdAt: string }>;
    expect(list.map((x) => x.name)).toEqual(['Brian', 'Wanjiru']);
    expect(list[1]?.fields).toEqual([
      { label: 'Name', value: 'Wanjiru' },
      { label: 'Email', value: 'wanjiru@example.com' },
      { label: 'Message', value: 'Karibu, "first" message' },
    ]);
    const searched = await owner('GET', `/api/v1/apps/${appId}/submissions?search=karibu&filter=unread`);
    expect(searched.body?.submissions).toHaveLength(1);
    const bad = await owner('GET', `/api/v1/apps/${appId}/submissions?filter=spam`);
    expect(bad.status).toBe(400);
  });

  it('shows one submission, and 404 for an unknown or malformed id', async () => {
    const one = await editor('GET', `/api/v1/apps/${appId}/submissions/${ids[0]}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: ids[0], name: 'Wanjiru', read: false, formName: 'Contact us' });
    for (const id of [newId(), 'not-an-id']) {
      const res = await owner('GET', `/api/v1/apps/${appId}/submissions/${id}`);
      expect(res.status).toBe(404);
      expect(res.body?.error?.code).toBe('content.submission_not_found');
    }
  });

  it('marks read and unread and answers with the unread count', async () => {
    const read = await editor('POST', `/api/v1/apps/${appId}/submissions/read`, { ids, read: true });
    expect(read).toEqual({ status: 200, body: { updated: 2, unread: 0 } });
    const unread = await owner('POST', `/api/v1/apps/${appId}/submissions/read`, {
      ids: [ids[1]],
      read: false,
    });
    expect(unread.body).toEqual({ updated: 1, unread: 1 });
    const empty = await owner('POST', `/api/v1/apps/${appId}/submissions/read`, { ids: [], read: true });
    expect(empty.status).toBe(400);
  });

  it('exports a CSV download with a byte-order mark and defused formulas', async () => {
    const res = await s.request(`/api/v1/apps/${appId}/submissions/export.csv`, {
      headers: { cookie: ownerCookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="submissions-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Name,Email,Message,Received at');
    expect(lines[1]).toMatch(/^Brian,brian@example\.com,'=1\+1,\d{4}-.*Z$/);
    expect(lines[2]).toMatch(/^Wanjiru,wanjiru@example\.com,"Karibu, ""first"" message",/);
  });

  it('refuses a viewer with 403 on every inbox route', async () => {
    const paths: Array<[string, string, unknown?]> = [
      ['GET', `/api/v1/apps/${appId}/submissions`],
      ['GET', `/api/v1/apps/${appId}/submissions/export.csv`],
      ['GET', `/api/v1/apps/${appId}/submissions/${ids[0]}`],
      ['POST', `/api/v1/apps/${appId}/submissions/read`, { ids, read: true }],
      ['DELETE', `/api/v1/apps/${appId}/submissions/${ids[0]}`],
    ];
    for (const [method, path, body] of paths) {
      const res = await viewer(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(JSON.stringify(res.body)).not.toContain('Wanjiru');
    }
  });

  it("keeps App A's inbox from another App's owner (404, no data)", async () => {
    const probes: Array<[string, string, unknown?]> = [
      ['GET', `/api/v1/apps/${appId}/submissions`],
      ['GET', `/api/v1/apps/${appId}/submissions/export.csv`],
      ['GET', `/api/v1/apps/${appId}/submissions/${ids[0]}`],
      ['GET', `/api/v1/apps/${otherAppId}/submissions/${ids[0]}`],
      ['POST', `/api/v1/apps/${otherAppId}/submissions/read`, { ids, read: true }],
      ['DELETE', `/api/v1/apps/${otherAppId}/submissions/${ids[0]}`],
    ];
    for (const [method, path, body] of probes) {
      const res = await outsider(method, path, body);
      if (path.endsWith('/read')) {
        expect(res.body).toEqual({ updated: 0, unread: 0 });
        continue;
      }
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Wanjiru');
    }
    expect((await owner('GET', `/api/v1/apps/${appId}/submissions/${ids[0]}`)).status).toBe(200);
  });

  it('deletes a submission (then it is gone)', async () => {
    expect((await editor('DELETE', `/api/v1/apps/${appId}/submissions/${ids[1]}`)).status).toBe(204);
    expect((await owner('GET', `/api/v1/apps/${appId}/submissions/${ids[1]}`)).status).toBe(404);
    expect((await owner('GET', `/api/v1/apps/${appId}/submissions`)).body).toMatchObject({ total: 1 });
  });

  it('documents the inbox routes in the OpenAPI document', async () => {
    const doc = (await (await s.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/apps/{appId}/submissions',
        '/api/v1/apps/{appId}/submissions/export.csv',
        '/api/v1/apps/{appId}/submissions/{submissionId}',
        '/api/v1/apps/{appId}/submissions/read',
      ]),
    );
  });
});

/** A published page holding one contact section (inserted directly; pages have their own tests). */
async function insertContactPage(s: TestServer, appId: string): Promise<string> {
  const id = newId();
  const versionId = newId();
  const sections = [
    {
      id: 'contact',
      type: 'contact',
      props: { formName: 'Contact us', successMessage: 'Thanks!', fields: FIELDS },
    },
  ];
  await s.database.system(async (tx) => {
    await tx.insert(pages).values({
      id,
      appId,
      slug: 'inbox-test-contact',
      title: 'Contact',
      seo: SEO,
      publishedVersionId: versionId,
    });
    await tx
      .insert(pageVersions)
      .values({ id: versionId, appId, pageId: id, number: 1, title: 'Contact', seo: SEO, sections });
  });
  return id;
}
