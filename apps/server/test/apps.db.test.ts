import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer } from './harness.js';

describe('Apps, members and roles over /api/v1', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let editor: ReturnType<typeof as>;
  let outsider: ReturnType<typeof as>;
  let appId: string;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
    owner = as(s, await signedInUser(s, 'owner@example.com'));
    editor = as(s, await signedInUser(s, 'editor@example.com'));
    outsider = as(s, await signedInUser(s, 'outsider@example.com'));
  });
  afterAll(() => s?.stop());

  it('refuses anonymous calls with 401', async () => {
    const res = await s.request('/api/v1/apps');
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('auth.unauthenticated');
  });

  it('creates an App with a unique slug; the creator is its owner', async () => {
    const created = await owner('POST', '/api/v1/apps', { name: 'Mama Oliech', slug: 'mama-oliech' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Mama Oliech', slug: 'mama-oliech', role: 'owner' });
    appId = String(created.body?.id);
    const mine = await owner('GET', '/api/v1/apps');
    expect(((mine.body?.apps ?? []) as Array<{ id: string }>).map((a) => a.id)).toEqual([appId]);
    expect((await owner('GET', '/api/v1/app-slugs/mama-oliech')).body).toEqual({
      slug: 'mama-oliech',
      available: false,
      reason: 'taken',
    });
    expect((await owner('GET', '/api/v1/app-slugs/java-house')).body).toEqual({
      slug: 'java-house',
      available: true,
    });
  });

  it.each([
    ['ab', 400, 'apps.slug_invalid'],
    ['-start', 400, 'apps.slug_invalid'],
    ['double--hyphen', 400, 'apps.slug_invalid'],
    ['admin', 400, 'apps.slug_reserved'],
    ['www', 400, 'apps.slug_reserved'],
    ['mama-oliech', 409, 'apps.slug_taken'],
  ])('refuses the slug %j with %i %s, creating nothing', async (slug, status, code) => {
    const res = await outsider('POST', '/api/v1/apps', { name: 'Shop', slug });
    expect(res.status).toBe(status);
    expect(res.body?.error?.code).toBe(code);
    expect((await outsider('GET', '/api/v1/apps')).body?.apps).toEqual([]);
  });

  it('adds an existing account as editor; the editor sees the App with that role', async () => {
    const added = await owner('POST', `/api/v1/apps/${appId}/members`, {
      email: 'editor@example.com',
      role: 'editor',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ email: 'editor@example.com', role: 'editor' });
    const mine = await editor('GET', '/api/v1/apps');
    expect(mine.body?.apps).toEqual([expect.objectContaining({ id: appId, role: 'editor' })]);
    expect((await editor('GET', `/api/v1/apps/${appId}/members`)).status).toBe(200);
  });

  it('refuses what the role forbids, naming the role needed', async () => {
    const rename = await editor('PATCH', `/api/v1/apps/${appId}`, { name: 'Hijacked' });
    expect(rename.status).toBe(403);
    expect(rename.body?.error?.message).toMatch(/editor.*needs admin/);
    expect((await editor('GET', `/api/v1/apps/${appId}/audit`)).status).toBe(403);
    expect((await editor('DELETE', `/api/v1/apps/${appId}`, { confirmSlug: 'mama-oliech' })).status).toBe(
      403,
    );
    expect((await owner('GET', `/api/v1/apps/${appId}`)).body?.name).toBe('Mama Oliech');
  });

  it('answers 404 to non-members, revealing nothing', async () => {
    const res = await outsider('GET', `/api/v1/apps/${appId}`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('Mama Oliech');
    expect((await outsider('GET', `/api/v1/apps/${appId}/members`)).status).toBe(404);
  });

  it('validates roles and emails with clear 400s', async () => {
    const badRole = await owner('POST', `/api/v1/apps/${appId}/members`, {
      email: 'outsider@example.com',
      role: 'superuser',
    });
    expect(badRole.status).toBe(400);
    expect(badRole.body?.error?.code).toBe('core.validation_failed');
    const unknown = await owner('POST', `/api/v1/apps/${appId}/members`, {
      email: 'nobody@example.com',
      role: 'viewer',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body?.error?.message).toMatch(/invitation/);
  });

  it('keeps at least one owner; transfers ownership', async () => {
    const members = (await owner('GET', `/api/v1/apps/${appId}/members`)).body?.members as Array<{
      id: string;
      email: string;
    }>;
    const me = members.find((m) => m.email === 'owner@example.com')?.id;
    const ed = members.find((m) => m.email === 'editor@example.com')?.id;
    const demote = await owner('PATCH', `/api/v1/apps/${appId}/members/${me}`, { role: 'admin' });
    expect(demote.status).toBe(409);
    expect(demote.body?.error?.code).toBe('apps.last_owner');
    expect((await owner('DELETE', `/api/v1/apps/${appId}/members/${me}`)).status).toBe(409);
    expect((await owner('POST', `/api/v1/apps/${appId}/transfer-ownership`, { memberId: ed })).status).toBe(
      204,
    );
    expect((await editor('GET', `/api/v1/apps/${appId}`)).body?.role).toBe('owner');
    expect((await owner('GET', `/api/v1/apps/${appId}`)).body?.role).toBe('admin');
  });

  it('records security-relevant actions in the audit log, readable by admins', async () => {
    const audit = await owner('GET', `/api/v1/apps/${appId}/audit`);
    expect(audit.status).toBe(200);
    const actions = ((audit.body?.events ?? []) as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toEqual(['app.ownership_transferred', 'member.added', 'app.created']);
  });

  it('deletes an App only with the slug typed back, by an owner', async () => {
    const wrong = await editor('DELETE', `/api/v1/apps/${appId}`, { confirmSlug: 'mama' });
    expect(wrong.status).toBe(400);
    expect(wrong.body?.error?.code).toBe('apps.confirm_mismatch');
    expect((await editor('DELETE', `/api/v1/apps/${appId}`, { confirmSlug: 'mama-oliech' })).status).toBe(
      204,
    );
    expect((await editor('GET', `/api/v1/apps/${appId}`)).status).toBe(404);
    expect((await owner('GET', '/api/v1/apps')).body?.apps).toEqual([]);
  });
});
