/**
 * The cross-tenant probe. It walks every /api/v1 route the server has registered (not a hand-kept
 * list, so future routes are covered automatically) and calls each as a member of App A — with a
 * session, and with App A's API key — aimed at App B's ids. Every call must answer 403 or 404, return
 * none of App B's data, and change nothing in App B.
 *
 * Routes without an `{appId}` cannot be aimed at another App; each must declare in its OpenAPI
 * definition (`x-tenant-probe`) how it is probed, or the probe fails:
 *   own-data    lists the caller's own data — must not contain App B's;
 *   creates-own creates something the caller owns — nothing of App B to reach;
 *   global      not tenant data (e.g. slug availability);
 *   capability  access by an unguessable token — a guessed token must get 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer, waitFor } from './harness.js';

type Json = Record<string, unknown>;
interface Operation {
  method: string;
  path: string; // Hono form: /api/v1/apps/:appId
  op: Json | undefined;
}

const KNOWN_DECLARATIONS = new Set(['own-data', 'creates-own', 'global', 'capability']);

describe('cross-tenant probe over every /api/v1 route', () => {
  let s: TestServer;
  let doc: Json;
  let asA: ReturnType<typeof as>;
  let asB: ReturnType<typeof as>;
  let cookieB = '';
  let keyA: string;
  const a = { appId: '' };
  const b = {
    appId: '',
    memberId: '',
    invitationId: '',
    keyId: '',
    pageId: '',
    versionId: '',
    postId: '',
    mediaId: '',
    submissionId: '',
    goalId: '',
    funnelId: '',
    secrets: [] as string[],
  };

  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20, RATE_LIMIT_SIGNUP_PER_IP: 100 } });
    asA = as(s, await signedInUser(s, 'alpha-owner@example.com'));
    cookieB = await signedInUser(s, 'bravo-owner@example.com');
    asB = as(s, cookieB);
    await signedInUser(s, 'bravo-staff@example.com');
    a.appId = String(
      (await asA('POST', '/api/v1/apps', { name: 'Alpha Bakery', slug: 'alpha-bakery' })).body?.id,
    );
    keyA = String(
      (await asA('POST', `/api/v1/apps/${a.appId}/api-keys`, { name: 'A key', scopes: ['read', 'write'] }))
        .body?.key,
    );

    b.appId = String(
      (await asB('POST', '/api/v1/apps', { name: 'Bravo Secret Clinic', slug: 'bravo-clinic' })).body?.id,
    );
    b.memberId = String(
      (
        await asB('POST', `/api/v1/apps/${b.appId}/members`, {
          email: 'bravo-staff@example.com',
          role: 'editor',
        })
      ).body?.id,
    );
    b.invitationId = String(
      (
        await asB('POST', `/api/v1/apps/${b.appId}/invitations`, {
          email: 'bravo-invitee@example.com',
          role: 'viewer',
        })
      ).body?.id,
    );
    const keyB = await asB('POST', `/api/v1/apps/${b.appId}/api-keys`, { name: 'B key', scopes: ['read'] });
    b.keyId = String(keyB.body?.id);
    await seedContent();
    await seedAnalytics();
    b.secrets = [
      'Bravo Secret Goal',
      'Bravo Secret Funnel',
      'Bravo Secret Page',
      'Bravo Secret Post',
      'bravo-secret-photo',
      'bravo-secret-message',
      'Bravo Secret Clinic',
      'bravo-clinic',
      'bravo-staff@example.com',
      'bravo-invitee@example.com',
      `${String(keyB.body?.prefix)}.`,
    ];
    doc = (await (await s.request('/api/openapi.json')).json()) as Json;
  });
  afterAll(() => s?.stop());

  /** App B's content: a page, a post, an uploaded image and a contact-form message. */
  async function seedContent() {
    const page = await asB('POST', `/api/v1/apps/${b.appId}/pages`, {
      title: 'Bravo Secret Page',
      slug: 'bravo-secret',
    });
    b.pageId = String(page.body?.id);
    b.versionId = String(page.body?.draftVersionId);
    b.postId = String(
      (await asB('POST', `/api/v1/apps/${b.appId}/posts`, { title: 'Bravo Secret Post' })).body?.id,
    );
    const form = new FormData();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    form.set('file', new Blob([png], { type: 'image/png' }), 'bravo-secret-photo.png');
    const upload = await s.request(`/api/v1/apps/${b.appId}/media`, {
      method: 'POST',
      headers: { cookie: cookieB, origin: s.url },
      body: form,
    });
    b.mediaId = String(((await upload.json()) as Json).id);
    // A visitor's message through the public contact form of App B's starter site.
    const pages = (await asB('GET', `/api/v1/apps/${b.appId}/pages`)).body as unknown as Array<{
      id: string;
    }>;
    for (const p of pages) {
      const detail = (await asB('GET', `/api/v1/apps/${b.appId}/pages/${p.id}`)).body as {
        sections: Array<{
          id: string;
          type: string;
          props: { fields: Array<{ name: string; type: string; options: string[] }> };
        }>;
      };
      const contact = detail.sections.find((x) => x.type === 'contact');
      if (!contact) continue;
      const values = new URLSearchParams({ _section: contact.id });
      for (const f of contact.props.fields) {
        const value = { email: 'visitor@example.com', tel: '+254 712 345678', select: f.options[0] ?? '' }[
          f.type
        ];
        values.set(f.name, value ?? 'bravo-secret-message');
      }
      await s.request(`/s/bravo-clinic/_forms/${contact.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: values,
      });
      break;
    }
    const inbox = (await asB('GET', `/api/v1/apps/${b.appId}/submissions`)).body as {
      submissions: Array<{ id: string }>;
    };
    b.submissionId = String(inbox.submissions[0]?.id);
  }

  /** App B's analytics: a goal and a funnel (a share link is left off: its token is a capability). */
  async function seedAnalytics() {
    const base = `/api/v1/apps/${b.appId}/analytics`;
    b.goalId = String(
      (await asB('POST', `${base}/goals`, { name: 'Bravo Secret Goal', kind: 'page', match: '/' })).body?.id,
    );
    b.funnelId = String(
      (
        await asB('POST', `${base}/funnels`, {
          name: 'Bravo Secret Funnel',
          steps: [
            { kind: 'page', match: '/' },
            { kind: 'event', match: 'signup' },
          ],
        })
      ).body?.id,
    );
  }

  function operations(): Operation[] {
    const seen = new Map<string, Operation>();
    for (const route of s.app.routes) {
      if (route.method === 'ALL' || !route.path.startsWith('/api/v1/')) continue;
      const docPath = route.path.replace(/:(\w+)/g, '{$1}');
      const op = ((doc.paths as Record<string, Json>)[docPath]?.[route.method.toLowerCase()] ?? undefined) as
        | Json
        | undefined;
      seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path, op });
    }
    return [...seen.values()];
  }

  /** A minimal valid value for a JSON schema from the OpenAPI document. */
  function example(schema: Json | undefined): unknown {
    if (!schema) return {};
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').pop() as string;
      return example(((doc.components as Json).schemas as Json)[name] as Json);
    }
    if (Array.isArray(schema.enum)) return schema.enum.at(-1);
    if (Array.isArray(schema.anyOf)) return example(schema.anyOf[0] as Json);
    switch (schema.type) {
      case 'object': {
        const props = (schema.properties ?? {}) as Record<string, Json>;
        return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, example(v)]));
      }
      case 'array':
        return [example(schema.items as Json)];
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      default:
        if (schema.format === 'email') return 'probe@example.com';
        if (schema.format === 'uuid') return b.memberId;
        if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
        return 'probe-value';
    }
  }

  function bodyFor(op: Json | undefined): unknown {
    const schema = (
      ((op?.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as
        | Json
        | undefined
    )?.schema as Json | undefined;
    return schema ? example(schema) : undefined;
  }

  const fill = (path: string, appId: string) =>
    path
      .replace(':appId', appId)
      .replace(':memberId', b.memberId)
      .replace(':invitationId', b.invitationId)
      .replace(':keyId', b.keyId)
      .replace(':pageId', b.pageId)
      .replace(':versionId', b.versionId)
      .replace(':postId', b.postId)
      .replace(':mediaId', b.mediaId)
      .replace(':submissionId', b.submissionId)
      .replace(':goalId', b.goalId)
      .replace(':funnelId', b.funnelId);

  async function call(principal: 'session' | 'api key', method: string, path: string, body: unknown) {
    if (principal === 'session') return asA(method, path, body);
    const res = await s.request(path, {
      method,
      headers: {
        authorization: `Bearer ${keyA}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : null };
  }

  it('finds the routes it must probe', () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThanOrEqual(15);
    expect(ops.filter((o) => o.path.includes(':appId')).length).toBeGreaterThanOrEqual(12);
  });

  it("answers 403/404 with none of App B's data for every App-scoped route, as a member and as an API key of App A", async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations().filter((o) => o.path.includes(':appId'))) {
      if (!op) {
        failures.push(
          `${method} ${path}: not in the OpenAPI document, so the probe cannot build a request for it`,
        );
        continue;
      }
      // Aim at App B directly, and at App A with App B's sub-resource ids.
      const targets = [
        fill(path, b.appId),
        ...(/:(memberId|invitationId|keyId|pageId|versionId|postId|mediaId|submissionId|goalId|funnelId)/.test(
          path,
        )
          ? [fill(path, a.appId)]
          : []),
      ];
      for (const target of targets) {
        for (const principal of ['session', 'api key'] as const) {
          const res = await call(principal, method, target, bodyFor(op));
          const text = JSON.stringify(res.body ?? '');
          if (res.status !== 403 && res.status !== 404)
            failures.push(`${principal} ${method} ${target} → ${res.status} ${text}`);
          for (const secret of b.secrets) {
            if (text.includes(secret)) failures.push(`${principal} ${method} ${target} leaked "${secret}"`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('every route outside an App declares how it is probed, and passes that probe', async () => {
    const failures: string[] = [];
    for (const { method, path, op } of operations().filter((o) => !o.path.includes(':appId'))) {
      const declared = op?.['x-tenant-probe'];
      if (typeof declared !== 'string' || !KNOWN_DECLARATIONS.has(declared)) {
        failures.push(
          `${method} ${path}: declares no x-tenant-probe (one of ${[...KNOWN_DECLARATIONS].join(', ')})`,
        );
        continue;
      }
      if (declared === 'own-data') {
        for (const principal of ['session', 'api key'] as const) {
          const res = await call(principal, method, path, undefined);
          const text = JSON.stringify(res.body);
          for (const secret of [b.appId, ...b.secrets]) {
            if (text.includes(secret)) failures.push(`${principal} ${method} ${path} leaked "${secret}"`);
          }
        }
      }
      if (declared === 'capability') {
        const guessed = fill(path.replace(':token', 'guessed-token-0123456789abcdef'), b.appId);
        const res = await call('session', method, guessed, bodyFor(op));
        if (res.status !== 404)
          failures.push(`${method} ${guessed} → ${res.status}, expected 404 for a guessed token`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("left App B's content in place", async () => {
    expect((await asB('GET', `/api/v1/apps/${b.appId}/pages/${b.pageId}`)).body).toMatchObject({
      title: 'Bravo Secret Page',
      version: 1,
    });
    expect((await asB('GET', `/api/v1/apps/${b.appId}/posts/${b.postId}`)).body).toMatchObject({
      title: 'Bravo Secret Post',
    });
    expect((await asB('GET', `/api/v1/apps/${b.appId}/media/${b.mediaId}`)).status).toBe(200);
    expect((await asB('GET', `/api/v1/apps/${b.appId}/submissions/${b.submissionId}`)).status).toBe(200);
    const goals = (await asB('GET', `/api/v1/apps/${b.appId}/analytics/goals`)).body as {
      goals: Array<{ id: string; name: string; match: string }>;
    };
    expect(goals.goals.map((g) => [g.id, g.name, g.match])).toEqual([[b.goalId, 'Bravo Secret Goal', '/']]);
    const funnel = await asB('GET', `/api/v1/apps/${b.appId}/analytics/funnels/${b.funnelId}`);
    expect(funnel.body).toMatchObject({ name: 'Bravo Secret Funnel' });
  });

  it('left App B exactly as it was', async () => {
    const app = await asB('GET', `/api/v1/apps/${b.appId}`);
    expect(app.body).toMatchObject({ name: 'Bravo Secret Clinic', slug: 'bravo-clinic' });
    const members = (await asB('GET', `/api/v1/apps/${b.appId}/members`)).body?.members as Array<{
      email: string;
      role: string;
    }>;
    expect(members.map((m) => `${m.email}:${m.role}`).sort()).toEqual([
      'bravo-owner@example.com:owner',
      'bravo-staff@example.com:editor',
    ]);
    const invitations = (await asB('GET', `/api/v1/apps/${b.appId}/invitations`)).body?.invitations as Array<{
      status: string;
    }>;
    expect(invitations.map((i) => i.status)).toEqual(['pending']);
    const keys = (await asB('GET', `/api/v1/apps/${b.appId}/api-keys`)).body?.apiKeys as Array<{
      revokedAt: string | null;
    }>;
    expect(keys.map((k) => k.revokedAt)).toEqual([null]);
    const audit = (await asB('GET', `/api/v1/apps/${b.appId}/audit?limit=200`)).body?.events as Array<{
      actorId: string;
    }>;
    expect(new Set(audit.map((e) => e.actorId)).size).toBe(1); // only B's owner ever acted in App B
    await waitFor(async () => true);
  });
});
