import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer } from './harness.js';

describe('API keys', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let appA: string;
  let appB: string;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
    owner = as(s, await signedInUser(s, 'dev@example.com'));
    appA = String((await owner('POST', '/api/v1/apps', { name: 'Shop A', slug: 'shop-a' })).body?.id);
    appB = String((await owner('POST', '/api/v1/apps', { name: 'Shop B', slug: 'shop-b' })).body?.id);
  });
  afterAll(() => s?.stop());

  const withKey = (key: string) => async (method: string, path: string, body?: unknown) => {
    const res = await s.request(path, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: text
        ? (JSON.parse(text) as Record<string, unknown> & { error?: { code: string; message: string } })
        : null,
    };
  };

  it('creates a key shown once, uses it for a read, revokes it, then refuses it with 401', async () => {
    const created = await owner('POST', `/api/v1/apps/${appA}/api-keys`, {
      name: 'Mobile app',
      scopes: ['read'],
    });
    expect(created.status).toBe(201);
    const key = String(created.body?.key);
    expect(key).toMatch(/^[A-Z0-9]{4}\.[A-Za-z0-9_-]{32}$/);
    expect(created.body?.prefix).toBe(key.slice(0, 4));

    const listed = await owner('GET', `/api/v1/apps/${appA}/api-keys`);
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(5));

    const api = withKey(key);
    const read = await api('GET', `/api/v1/apps/${appA}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: appA, role: 'viewer' });
    expect((await api('GET', '/api/v1/apps')).body?.apps).toEqual([expect.objectContaining({ id: appA })]);
    const used = await owner('GET', `/api/v1/apps/${appA}/api-keys`);
    expect(
      ((used.body?.apiKeys ?? []) as Array<{ lastUsedAt: string | null }>)[0]?.lastUsedAt,
    ).not.toBeNull();

    expect((await owner('DELETE', `/api/v1/apps/${appA}/api-keys/${created.body?.id}`)).status).toBe(204);
    const refused = await api('GET', `/api/v1/apps/${appA}`);
    expect(refused.status).toBe(401);
    expect(refused.body?.error?.code).toBe('auth.key_revoked');
  });

  it('is never usable on another App', async () => {
    const { body } = await owner('POST', `/api/v1/apps/${appA}/api-keys`, {
      name: 'CI',
      scopes: ['read', 'write'],
    });
    const api = withKey(String(body?.key));
    for (const path of [
      `/api/v1/apps/${appB}`,
      `/api/v1/apps/${appB}/members`,
      `/api/v1/apps/${appB}/api-keys`,
    ]) {
      const res = await api('GET', path);
      expect(res.status, path).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Shop B');
    }
  });

  it('acts with its scope as a role: it cannot manage keys, members or create Apps', async () => {
    const { body } = await owner('POST', `/api/v1/apps/${appA}/api-keys`, {
      name: 'Writer',
      scopes: ['write'],
    });
    const api = withKey(String(body?.key));
    expect((await api('GET', `/api/v1/apps/${appA}`)).body?.role).toBe('editor');
    expect((await api('POST', `/api/v1/apps/${appA}/api-keys`, { name: 'x', scopes: ['read'] })).status).toBe(
      403,
    );
    expect((await api('PATCH', `/api/v1/apps/${appA}`, { name: 'Renamed' })).status).toBe(403);
    const create = await api('POST', '/api/v1/apps', { name: 'Robot', slug: 'robot-shop' });
    expect(create.status).toBe(403);
    expect(create.body?.error?.code).toBe('auth.person_required');
  });

  it.each([
    ['Bearer nonsense', 'auth.key_malformed'],
    ['Basic dXNlcjpwYXNz', 'auth.key_malformed'],
    ['Bearer ABCD.short', 'auth.key_malformed'],
    ['Bearer abcd.0123456789abcdefghijklmnopqrstuv', 'auth.key_malformed'],
    ['Bearer ZZZZ.0123456789abcdefghijklmnopqrstuv', 'auth.key_invalid'],
  ])('answers %j with 401 %s', async (authorization, code) => {
    const res = await s.request(`/api/v1/apps/${appA}`, { headers: { authorization } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });

  it('refuses an expired key', async () => {
    const soon = new Date(Date.now() + 1_500).toISOString();
    const { body } = await owner('POST', `/api/v1/apps/${appA}/api-keys`, {
      name: 'Short-lived',
      scopes: ['read'],
      expiresAt: soon,
    });
    const api = withKey(String(body?.key));
    expect((await api('GET', `/api/v1/apps/${appA}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_600));
    const res = await api('GET', `/api/v1/apps/${appA}`);
    expect(res.status).toBe(401);
    expect(res.body?.error?.code).toBe('auth.key_expired');
  });

  it('records key creation and revocation in the audit log', async () => {
    const audit = await owner('GET', `/api/v1/apps/${appA}/audit?limit=200`);
    const actions = ((audit.body?.events ?? []) as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toContain('api_key.created');
    expect(actions).toContain('api_key.revoked');
  });
});
