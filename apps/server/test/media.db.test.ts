/**
 * The media API over real HTTP: multipart upload streamed end to end, the public /_m/ file route
 * and its headers, and refusal of huge uploads without reading (or buffering) them.
 *
 * Until app.ts registers the media routes, this test mounts them on a local OpenAPIHono wired
 * exactly as app.ts wires /api/v1 (request id, JSON body limit that skips the upload route,
 * principal resolution, the error handler), served by the server's own Node listener.
 */

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { createApiKey, createApp, createAuth, membershipContext, users } from '@qspace/auth';
import { contentMigrations, DiskStorage, mediaUsage } from '@qspace/content';
import { CoreErrors, newId, silentLogger } from '@qspace/core';
import { createTestDatabase, type TestDatabase } from '@qspace/core/testing';
import { bodyLimit } from 'hono/body-limit';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../src/http/access-log.js';
import { apiNotFound, errorResponse, onError } from '../src/http/errors.js';
import { jsonBody } from '../src/http/json-body.js';
import { createListener } from '../src/http/listener.js';
import { requestIdVar } from '../src/http/request-id.js';
import type { AppEnv } from '../src/http/types.js';
import { migrations } from '../src/modules.js';
import { isMediaUpload, mediaRoutes } from '../src/routes/v1/media.js';
import { requirePrincipal } from '../src/routes/v1/session.js';

const SECRET = 'test-secret-test-secret-test-secret-0123';
const JSON_LIMIT = 1024 * 1024;
const MEDIA_LIMIT = 10 * 1024 * 1024;

interface Harness {
  url: string;
  database: TestDatabase;
  storage: DiskStorage;
  close(): Promise<void>;
}

async function startMediaServer(): Promise<Harness> {
  const database = await createTestDatabase({ migrations: [...migrations, contentMigrations] });
  const dir = await mkdtemp(join(tmpdir(), 'qspace-media-http-'));
  const storage = new DiskStorage(join(dir, 'media'));
  const auth = createAuth({
    database,
    secret: SECRET,
    baseURL: 'http://localhost:3000',
    production: false,
    mailFrom: 'Q-Space <no-reply@qspace.localhost>',
  });
  const app = new OpenAPIHono<AppEnv>();
  app.use(requestIdVar());
  app.use(accessLog(silentLogger()));
  const jsonLimit = bodyLimit({
    maxSize: JSON_LIMIT,
    onError: (c) => errorResponse(c, CoreErrors.payload_too_large()),
  });
  app.use('/api/*', (c, next) => (isMediaUpload(c.req.method, c.req.path) ? next() : jsonLimit(c, next)));
  app.use('/api/*', jsonBody());
  app.use('/api/v1/apps/*', requirePrincipal(auth, database, { secret: SECRET, sessionDays: 30 }));
  mediaRoutes(app, { database, storage, maxBytes: MEDIA_LIMIT });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? apiNotFound(c) : c.text('Not found', 404)));
  app.onError(onError);
  const server = createServer(createListener(app.fetch, { hsts: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    storage,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A user owning a new App, and an API key (editor) for it. */
async function appWithKey(database: TestDatabase, slug: string): Promise<{ appId: string; key: string }> {
  const userId = newId();
  await database.system((tx) =>
    tx
      .insert(users)
      .values({ id: userId, name: 'Owner', email: `${userId}@example.test`, emailVerified: true }),
  );
  const app = await createApp(database, userId, { name: slug, slug });
  const ctx = await membershipContext(database, userId, app.id);
  const { key } = await createApiKey(database, ctx, { name: 'test', scopes: ['read', 'write'] });
  return { appId: app.id, key };
}

/** A JPEG of random noise: noise does not compress, so it is larger than the 1 MiB JSON body limit. */
function noisyJpeg(): Promise<Buffer> {
  return sharp({
    create: {
      width: 1400,
      height: 1000,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .jpeg({ quality: 95 })
    .toBuffer();
}

/**
 * Sends a multipart upload whose file part never ends on its own (zeros, generated as needed), and
 * resolves when the server answers — with how many bytes had been sent by then.
 */
function hugeUpload(
  url: string,
  key: string,
  options: { totalBytes: number; declareLength: boolean },
): Promise<{ status: number; body: string; sentBytes: number; ms: number }> {
  const boundary = 'qspace-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  const chunk = Buffer.alloc(256 * 1024);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        ...(options.declareLength ? { 'content-length': String(options.totalBytes) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        body += d;
      });
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, sentBytes: sent, ms: performance.now() - started });
        req.destroy();
      });
    });
    // The server may close the connection while we are still writing: that is the point.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && sent < options.totalBytes) {
        const piece = sent === 0 ? head : chunk;
        sent += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('media API over HTTP', () => {
  let h: Harness;
  let a: { appId: string; key: string };
  let b: { appId: string; key: string };

  beforeAll(async () => {
    h = await startMediaServer();
    a = await appWithKey(h.database, 'media-alpha');
    b = await appWithKey(h.database, 'media-bravo');
  });
  afterAll(() => h?.close());

  const call = (key: string, method: string, path: string, init: RequestInit = {}) =>
    fetch(`${h.url}${path}`, {
      ...init,
      method,
      headers: { authorization: `Bearer ${key}`, ...init.headers },
    });

  const upload = (key: string, appId: string, form: FormData) =>
    call(key, 'POST', `/api/v1/apps/${appId}/media`, { body: form });

  it('uploads a photo larger than the JSON body limit as multipart and serves it at /_m/ with cache headers', async () => {
    const photo = await noisyJpeg();
    expect(photo.length).toBeGreaterThan(JSON_LIMIT);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'Market day.jpg');
    form.append('alt', 'Stalls at the market'); // after the file: applied once the body has ended
    const res = await upload(a.key, a.appId, form);
    const item = (await res.json()) as {
      id: string;
      url: string;
      alt: string;
      width: number;
      variants: unknown[];
    };
    expect(res.status, JSON.stringify(item)).toBe(201);
    expect(item).toMatchObject({ alt: 'Stalls at the market', width: 1400 });
    expect(item.url).toMatch(new RegExp(`^/_m/${a.appId}/[0-9a-f]{16}/market-day\\.jpg$`));
    expect(item.variants).toHaveLength(10);

    const file = await fetch(`${h.url}${item.url}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    const served = Buffer.from(await file.arrayBuffer());
    const stored = await h.storage.stat(item.url.slice('/_m/'.length));
    expect(served.length).toBe(stored?.size);
    expect((await sharp(served).metadata()).width).toBe(1400);

    const head = await fetch(`${h.url}${item.url}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, String(stored?.size)]);
    expect((await fetch(`${h.url}/_m/${a.appId}/0000000000000000/nothing.jpg`)).status).toBe(404);
    expect((await fetch(`${h.url}/_m/..%2f..%2fetc/passwd`)).status).toBe(404);
  });

  it('serves an uploaded SVG sanitized, with a CSP that forbids scripts', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>';
    const form = new FormData();
    form.append('alt', 'Logo');
    form.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'logo.svg');
    const res = await upload(a.key, a.appId, form);
    const item = (await res.json()) as { url: string; alt: string };
    expect(res.status).toBe(201);
    expect(item.alt).toBe('Logo');
    const file = await fetch(`${h.url}${item.url}`);
    expect(file.headers.get('content-type')).toBe('image/svg+xml');
    expect(file.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    );
    const text = await file.text();
    expect(text).not.toMatch(/script|onload|alert/);
    expect(text).toContain('<rect width="10" height="10">');
  });

  it('refuses HTML named photo.jpg with 415 saying what it is', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob(['<!doctype html><html><script>x()</script></html>'], { type: 'image/jpeg' }),
      'photo.jpg',
    );
    const res = await upload(a.key, a.appId, form);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(res.status).toBe(415);
    expect(body.error.code).toBe('content.media_type_refused');
    expect(body.error.message).toContain('an HTML document');
  });

  it('answers 415 for a non-multipart body and 400 for a form without a file', async () => {
    const json = await call(a.key, 'POST', `/api/v1/apps/${a.appId}/media`, {
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
    const form = new FormData();
    form.append('alt', 'no file');
    const empty = await upload(a.key, a.appId, form);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { code: string } }).error.code).toBe(
      'content.media_file_missing',
    );
  });

  it('refuses a 200 MB streamed upload with 413 after reading about the limit, quickly', async () => {
    const result = await hugeUpload(`${h.url}/api/v1/apps/${a.appId}/media`, a.key, {
      totalBytes: 200 * 1024 * 1024,
      declareLength: false,
    });
    expect(result.status, result.body).toBe(413);
    expect(JSON.parse(result.body).error.code).toBe('content.media_too_large');
    // The server stopped reading near the 10 MB limit (plus what sat in socket buffers).
    expect(result.sentBytes).toBeLessThan(40 * 1024 * 1024);
    expect(result.ms).toBeLessThan(5_000);
    console.info(
      `200 MB chunked upload refused after ${(result.sentBytes / 1048576).toFixed(1)} MB sent, ${Math.round(result.ms)} ms`,
    );
  });

  it('refuses a declared 200 MB body before reading any of it', async () => {
    const result = await hugeUpload(`${h.url}/api/v1/apps/${a.appId}/media`, a.key, {
      totalBytes: 200 * 1024 * 1024,
      declareLength: true,
    });
    expect(result.status).toBe(413);
    expect(result.sentBytes).toBeLessThan(40 * 1024 * 1024);
    console.info(
      `declared 200 MB upload refused after ${(result.sentBytes / 1048576).toFixed(1)} MB sent, ${Math.round(result.ms)} ms`,
    );
  });

  it('lists, renames alt, reports usage and deletes only with force when used', async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        new Uint8Array(
          await sharp({ create: { width: 40, height: 30, channels: 3, background: '#08f' } })
            .png()
            .toBuffer(),
        ),
      ]),
      'icon.png',
    );
    const created = (await (await upload(a.key, a.appId, form)).json()) as { id: string; url: string };
    const path = `/api/v1/apps/${a.appId}/media/${created.id}`;

    const list = (await (await call(a.key, 'GET', `/api/v1/apps/${a.appId}/media?q=icon`)).json()) as {
      items: Array<{ id: string }>;
    };
    expect(list.items.map((i) => i.id)).toEqual([created.id]);

    const patched = await call(a.key, 'PATCH', path, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ alt: 'Blue icon' }),
    });
    expect(((await patched.json()) as { alt: string }).alt).toBe('Blue icon');

    const ownerId = newId();
    await h.database.system((tx) =>
      tx.insert(mediaUsage).values({ appId: a.appId, mediaId: created.id, ownerType: 'site', ownerId }),
    );
    const usage = (await (await call(a.key, 'GET', `${path}/usage`)).json()) as { usage: unknown[] };
    expect(usage.usage).toEqual([{ ownerType: 'site', ownerId, title: 'Site settings' }]);

    const refused = await call(a.key, 'DELETE', path);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'Site settings',
    );
    expect((await call(a.key, 'DELETE', `${path}?force=true`)).status).toBe(204);
    expect((await call(a.key, 'GET', path)).status).toBe(404);
    expect((await fetch(`${h.url}${created.url}`)).status).toBe(404);
  });

  it("gives another App's key 404 for every media route and leaves the file alone", async () => {
    const form = new FormData();
    form.append(
      'file',
      new Blob([
        new Uint8Array(
          await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f80' } })
            .png()
            .toBuffer(),
        ),
      ]),
      'private.png',
    );
    const created = (await (await upload(a.key, a.appId, form)).json()) as { id: string; url: string };
    const path = `/api/v1/apps/${a.appId}/media/${created.id}`;
    for (const [method, target] of [
      ['GET', `/api/v1/apps/${a.appId}/media`],
      ['GET', path],
      ['GET', `${path}/usage`],
      ['DELETE', `${path}?force=true`],
    ] as const) {
      expect((await call(b.key, method, target)).status, `${method} ${target}`).toBe(404);
    }
    const form2 = new FormData();
    form2.append('file', new Blob(['x']), 'x.png');
    expect((await upload(b.key, a.appId, form2)).status).toBe(404);
    expect((await call(a.key, 'GET', path)).status).toBe(200);
    expect((await fetch(`${h.url}${created.url}`)).status).toBe(200);
  });
});
