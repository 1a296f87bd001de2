import { createRoute, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

describe('HTTP API basics', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({
      config: { BODY_LIMIT_BYTES: 1_024, CORS_ORIGINS: ['https://dash.example.com'] },
      extend: (app) => {
        app.openapi(
          createRoute({
            method: 'post',
            path: '/api/v1/echo',
            tags: ['Test'],
            summary: 'Echo a greeting',
            request: {
              body: {
                content: {
                  'application/json': {
                    schema: z.object({ name: z.string().min(2), count: z.number().int() }),
                  },
                },
              },
            },
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: z.object({ hello: z.string() }) } },
              },
            },
          }),
          (c) => c.json({ hello: c.req.valid('json').name }, 200),
        );
        app.get('/api/v1/explode', () => {
          throw new Error('secret internal detail');
        });
      },
    });
  });
  afterAll(() => s?.stop());

  it('GET /healthz answers 200 while the process is alive', async () => {
    const res = await s.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers liveness for HEAD too, with the same security headers as every response', async () => {
    const head = await s.request('/healthz', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const path of ['/healthz', '/healthz?via=app', '/api/openapi.json']) {
      const res = await s.request(path);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('content-security-policy'), path).toContain("object-src 'none'");
      expect(res.headers.get('x-request-id'), path).toBeTruthy();
    }
  });

  it('GET /readyz checks the database, migrations and the worker', async () => {
    const res = await s.request('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ready',
      checks: {
        database: { ok: true },
        migrations: { ok: true },
        worker: { ok: true },
        accepting: { ok: true },
      },
    });
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas, and a docs page', async () => {
    const doc = (await (await s.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/api/v1/echo']));
    const page = await s.request('/api/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('/api/v1/echo');
    expect(html).toContain('Echo a greeting');
    expect(html).not.toMatch(/<script/);
  });

  it('answers unknown API routes with the JSON error shape', async () => {
    const res = await s.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'core.not_found',
        message: expect.stringContaining('GET /api/v1/nothing-here'),
        details: { method: 'GET', path: '/api/v1/nothing-here' },
      },
    });
  });

  it('answers malformed JSON with 400 naming the line and column', async () => {
    const res = await s.request('/api/v1/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{\n  "name": "Wanjiru",\n  "count": 2,\n}',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; message: string; details: { line: number; column: number } };
    };
    expect(body.error.code).toBe('core.malformed_json');
    expect(body.error.details).toMatchObject({ line: 4, column: 1 });
    expect(body.error.message).toContain('line 4, column 1');
  });

  it('answers schema violations with 400 and every offending field', async () => {
    const res = await s.request('/api/v1/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', count: 1.5 }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; details: { issues: Array<{ path: string }> } };
    };
    expect(body.error.code).toBe('core.validation_failed');
    expect(body.error.details.issues.map((i) => i.path).sort()).toEqual(['count', 'name']);
    const ok = await s.request('/api/v1/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Otieno', count: 1 }),
    });
    expect(await ok.json()).toEqual({ hello: 'Otieno' });
  });

  it('answers bodies over the configured limit with 413', async () => {
    const res = await s.request('/api/v1/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(2_000), count: 1 }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('core.payload_too_large');
  });

  it('hides unexpected errors behind an opaque 500 that carries the request id', async () => {
    const res = await s.request('/api/v1/explode');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('secret internal detail');
    const body = JSON.parse(text) as { error: { code: string; details: { requestId: string } } };
    expect(body.error.code).toBe('core.internal');
    expect(body.error.details.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('echoes request ids, generating one when absent', async () => {
    const mine = await s.request('/healthz', { headers: { 'X-Request-Id': 'trace-abc-123' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-abc-123');
    const generated = await s.request('/healthz');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const res = await s.request('/api/docs');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await s.request('/healthz'.replace('/healthz', '/api/openapi.json'), {
      headers: { Origin: 'https://dash.example.com' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.com');
    const other = await s.request('/api/openapi.json', { headers: { Origin: 'https://evil.example.net' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await s.request('/api/v1/echo', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example.net', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    const goodPreflight = await s.request('/api/v1/echo', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dash.example.com', 'Access-Control-Request-Method': 'POST' },
    });
    expect(goodPreflight.status).toBe(204);
    expect(goodPreflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('shows an HTML start page and an HTML 404 outside the API', async () => {
    const home = await s.request('/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Q-Space');
    const missing = await s.request('/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/text\/html/);
  });
});
