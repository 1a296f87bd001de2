/**
 * /api/v1/apps/:appId/media — the media library — and `/_m/*`, where stored files are served.
 *
 * Uploads are multipart/form-data streamed through busboy straight into the media service, which
 * counts bytes as they arrive: a body is never buffered, and an oversized one is refused (413)
 * after at most the limit has been read. The global JSON body limit must not apply to this route
 * (see `isMediaUpload`).
 */
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  deleteMedia,
  getMedia,
  isSafeKey,
  listMedia,
  MEDIA_URL_PREFIX,
  MediaErrors,
  type MediaItem,
  type MediaStorage,
  mediaUrl,
  mediaUsageOf,
  type StoredObject,
  updateMediaAlt,
  uploadMedia,
} from '@qspace/content';
import { CoreErrors, type Database } from '@qspace/core';
import busboy from 'busboy';
import type { Context } from 'hono';
import type { AppEnv } from '../../http/types.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext } from './session.js';

export interface MediaRouteDeps {
  database: Database;
  storage: MediaStorage;
  /** Largest upload in bytes (MEDIA_MAX_BYTES). */
  maxBytes: number;
}

const UPLOAD_PATH = /^\/api\/v1\/apps\/[^/]+\/media\/?$/;

/** True for the upload route: its body is streamed and limited by the media service, not buffered. */
export function isMediaUpload(method: string, path: string): boolean {
  return method === 'POST' && UPLOAD_PATH.test(path);
}

const Variant = z.object({
  width: z.number().int(),
  height: z.number().int(),
  format: z.enum(['webp', 'avif', 'jpeg', 'png']),
  url: z.string(),
  size: z.number().int(),
});
const Media = z
  .object({
    id: Id,
    filename: z.string(),
    mime: z.string(),
    size: z.number().int().openapi({ description: 'Bytes of the stored original' }),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    alt: z.string(),
    url: z.string().openapi({ example: '/_m/<appId>/<hash>/photo.jpg', description: 'Immutable public URL' }),
    variants: z.array(Variant),
    sha256: z.string(),
    uploadedBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Media');
const Usage = z
  .object({ ownerType: z.enum(['page', 'post', 'site']), ownerId: z.string(), title: z.string() })
  .openapi('MediaUsage');

const appParams = z.object({ appId: Id });
// Not z.uuid(): a malformed id must reach the membership check first (404 for another App, never 400).
const mediaParams = z.object({ appId: Id, mediaId: z.string().max(64) });
const Alt = z.string().max(1000, 'Keep the alt text under 1000 characters.');

function view(item: MediaItem): z.infer<typeof Media> {
  return {
    id: item.id,
    filename: item.filename,
    mime: item.mime,
    size: item.size,
    width: item.width,
    height: item.height,
    alt: item.alt,
    url: item.url,
    variants: item.variants.map((v) => ({
      width: v.width,
      height: v.height,
      format: v.format,
      url: mediaUrl(v.key),
      size: v.size,
    })),
    sha256: item.sha256,
    uploadedBy: item.uploadedBy,
    createdAt: item.createdAt.toISOString(),
  };
}

export function mediaRoutes(app: OpenAPIHono<AppEnv>, deps: MediaRouteDeps): void {
  libraryRoutes(app, deps);
  itemRoutes(app, deps);
  serveFiles(app, deps.storage);
}

function libraryRoutes(app: OpenAPIHono<AppEnv>, { database, storage, maxBytes }: MediaRouteDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/media',
      tags: ['Media'],
      summary: 'The media library, newest first; `q` searches file names and alt texts',
      request: {
        params: appParams,
        query: z.object({
          q: z.string().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(100).optional(),
          before: Id.optional(),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(Media), next: z.string().nullable() }), 'A page of files.'),
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      const page = await listMedia(database, ctx, c.req.valid('query'));
      return c.json({ items: page.items.map(view), next: page.next }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/apps/{appId}/media',
      tags: ['Media'],
      summary: 'Upload a file (editor): JPEG, PNG, WebP, AVIF, GIF, SVG or PDF',
      description:
        'multipart/form-data with the file in `file` and optional `alt`. The type is detected from the bytes; images lose their metadata (GPS) and get responsive variants; SVGs are sanitized.',
      request: {
        params: appParams,
        body: {
          required: true,
          content: {
            // A plain JSON schema, not Zod: documented but not validated by the framework, which
            // would otherwise parse (and buffer) the whole form before the handler runs.
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  alt: { type: 'string', maxLength: 1000 },
                },
              },
            },
          },
        },
      },
      responses: {
        201: json(Media, 'Stored.'),
        400: { description: 'No `file` field.' },
        413: { description: 'Larger than the upload limit.' },
        415: { description: 'Not an allowed type (the message says what the bytes are).' },
        422: { description: 'An image that cannot be decoded, or an SVG that is not well-formed.' },
        ...errors,
      },
    }),
    async (c) => {
      const ctx = await appContext(c, database, c.req.valid('param').appId);
      // On a refusal the rest of the body stays unread: @hono/node-server discards at most 64 MB or
      // 500 ms of it after the answer (so the client can read the 413), then closes the connection.
      const form = await readUpload(c, maxBytes);
      const item = await uploadMedia(database, storage, ctx, form.file, { maxBytes });
      const late = (await form.finished).alt;
      // An `alt` field sent after the file part is known only once the body has ended.
      const final =
        late !== undefined && late !== form.file.alt
          ? await updateMediaAlt(database, ctx, item.id, late)
          : item;
      return c.json(view(final), 201);
    },
  );
}

function itemRoutes(app: OpenAPIHono<AppEnv>, { database, storage }: MediaRouteDeps): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/media/{mediaId}',
      tags: ['Media'],
      summary: 'One file of the library',
      request: { params: mediaParams },
      responses: { 200: json(Media, 'The file.'), ...errors },
    }),
    async (c) => {
      const { appId, mediaId } = c.req.valid('param');
      return c.json(view(await getMedia(database, await appContext(c, database, appId), mediaId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/apps/{appId}/media/{mediaId}',
      tags: ['Media'],
      summary: "Change a file's alt text (editor)",
      request: { params: mediaParams, ...body(z.object({ alt: Alt })) },
      responses: { 200: json(Media, 'Updated.'), ...errors },
    }),
    async (c) => {
      const { appId, mediaId } = c.req.valid('param');
      const ctx = await appContext(c, database, appId);
      return c.json(view(await updateMediaAlt(database, ctx, mediaId, c.req.valid('json').alt)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/apps/{appId}/media/{mediaId}',
      tags: ['Media'],
      summary: 'Delete a file (editor); refused while pages or posts use it unless force=true',
      request: { params: mediaParams, query: z.object({ force: z.enum(['true', 'false']).optional() }) },
      responses: {
        204: { description: 'Deleted, with its variants.' },
        409: { description: 'Still used; `details.usage` says where.' },
        ...errors,
      },
    }),
    async (c) => {
      const { appId, mediaId } = c.req.valid('param');
      const ctx = await appContext(c, database, appId);
      await deleteMedia(database, storage, ctx, mediaId, { force: c.req.valid('query').force === 'true' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/apps/{appId}/media/{mediaId}/usage',
      tags: ['Media'],
      summary: 'Where a file is used (pages, posts, site settings)',
      request: { params: mediaParams },
      responses: { 200: json(z.object({ usage: z.array(Usage) }), 'Places that use it.'), ...errors },
    }),
    async (c) => {
      const { appId, mediaId } = c.req.valid('param');
      return c.json(
        { usage: await mediaUsageOf(database, await appContext(c, database, appId), mediaId) },
        200,
      );
    },
  );
}

/**
 * Public files. Keys are content-addressed, so a URL always means the same bytes: cache forever.
 * SVGs get a CSP that forbids scripts and loads even when opened directly (defense in depth behind
 * the sanitizer); CORP lets published sites on other origins embed the files.
 */
function serveFiles(app: OpenAPIHono<AppEnv>, storage: MediaStorage): void {
  app.get(`${MEDIA_URL_PREFIX}*`, async (c) => {
    const key = c.req.path.slice(MEDIA_URL_PREFIX.length);
    if (!isSafeKey(key)) return c.notFound();
    // HEAD needs no bytes: open no file that nobody would read.
    if (c.req.method === 'HEAD') {
      const found = await storage.stat(key);
      return found ? c.body(null, 200, fileHeaders(found)) : c.notFound();
    }
    const file = await storage.get(key);
    if (!file) return c.notFound();
    return c.body(Readable.toWeb(file.stream) as ReadableStream, 200, fileHeaders(file));
  });
}

function fileHeaders(file: StoredObject): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Resource-Policy': 'cross-origin',
  };
  if (file.contentType === 'image/svg+xml') {
    headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  }
  return headers;
}

// ---- multipart -------------------------------------------------------------------------------

/** Multipart framing (boundaries, part headers, a short alt field) on top of the file itself. */
const MULTIPART_SLACK = 64 * 1024;

interface UploadForm {
  file: { filename: string; stream: Readable; declaredType: string; alt?: string };
  /** Every field, once the whole body has been parsed. */
  finished: Promise<Record<string, string>>;
}

/**
 * Starts parsing the body and resolves as soon as the `file` part begins (its bytes stream on).
 * Fields sent before the file are in `file.alt`; the rest arrive with `finished`.
 */
function readUpload(c: Context<AppEnv>, maxBytes: number): Promise<UploadForm> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw CoreErrors.unsupported_media_type(
      { contentType: type },
      'Upload files as multipart/form-data, with the file in a field named `file` (and optionally `alt`).',
    );
  }
  // A declared length over the limit is refused before a single byte is read.
  const declared = Number(c.req.header('content-length') ?? Number.NaN);
  if (declared > maxBytes + MULTIPART_SLACK) {
    throw MediaErrors.media_too_large({ limitBytes: maxBytes, declaredBytes: declared });
  }
  const raw = c.req.raw.body;
  if (!raw) throw MediaErrors.media_file_missing();
  return parseMultipart(Readable.fromWeb(raw as NodeReadableStream<Uint8Array>), type, maxBytes);
}

function parseMultipart(input: Readable, contentType: string, maxBytes: number): Promise<UploadForm> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {};
    let fileSeen = false;
    // fileSize one byte over the limit: busboy cuts the part there, and the service, seeing more
    // than the limit, refuses it (at exactly the limit busboy would silently truncate instead).
    const parser = busboy({
      headers: { 'content-type': contentType },
      limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 8 * 1024, parts: 12 },
    });
    const finished = new Promise<Record<string, string>>((done, fail) => {
      parser.on('close', () => (fileSeen ? done(fields) : reject(MediaErrors.media_file_missing())));
      parser.on('error', (error) => {
        const problem = MediaErrors.media_file_missing({ reason: (error as Error).message });
        fail(problem);
        reject(problem);
      });
    });
    finished.catch(() => undefined); // observed by the caller only after a successful upload
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || fileSeen) {
        stream.resume(); // not ours: discard
        return;
      }
      fileSeen = true;
      resolve({
        file: { filename: info.filename ?? 'file', stream, declaredType: info.mimeType, alt: fields.alt },
        finished,
      });
    });
    input.on('error', (error) => parser.destroy(error));
    input.pipe(parser);
  });
}
