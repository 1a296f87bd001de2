/**
 * The public analytics endpoints, on every host (sites post same-origin):
 *   POST /api/event        one event as JSON (sendBeacon sends it as text/plain): 202, always fast;
 *   GET  /api/event        the `<noscript>` pixel: a 1×1 GIF, page URL from `u` or the Referer;
 *   GET  /_qs/script.*.js  the tracking script (fingerprinted: cached for a year).
 * Bad input is refused (400/413/429) or dropped (202) without logging above debug level, and the
 * client IP is only handed to the pipeline, which hashes it.
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  AnalyticsErrors,
  EVENT_LIMITS,
  EventBody,
  type IngestPipeline,
  PIXEL_GIF,
  trackerAsset,
} from '@qspace/analytics';
import { type AppError, CoreErrors, isAppError } from '@qspace/core';
import type { Context } from 'hono';
import { clientIp } from '../http/auth-limits.js';
import { errorResponse } from '../http/errors.js';
import type { Hit, RateLimitStore } from '../http/rate-limit.js';
import type { AppEnv } from '../http/types.js';
import { encodingFor } from '../sites/cache.js';

export interface IngestRouteDeps {
  /** Absent where no pipeline runs (e.g. the OpenAPI document generator): events get 503. */
  ingest: IngestPipeline | undefined;
  rateLimits: RateLimitStore;
  trustProxy: boolean;
  /** Events accepted per client IP per minute. */
  eventsPerIp: number;
  /** Header a trusted proxy sets to the country code, if configured. */
  countryHeader: string | undefined;
}

const MINUTE = 60_000;

/** What the pipeline needs from a request besides its body. */
export interface EventFacts {
  ip: string;
  userAgent: string;
  host: string;
  origin: string | undefined;
  doNotTrack: boolean;
  country: string | undefined;
}

/** The same facts from any header reader (Hono's or Node's). */
export function eventFacts(
  header: (name: string) => string | undefined,
  ip: string,
  deps: Pick<IngestRouteDeps, 'countryHeader'>,
): EventFacts {
  return {
    ip,
    userAgent: header('user-agent') ?? '',
    host: header('host') ?? '',
    origin: header('origin'),
    doNotTrack: header('dnt') === '1' || header('sec-gpc') === '1',
    country: deps.countryHeader ? header(deps.countryHeader.toLowerCase())?.toUpperCase() : undefined,
  };
}

export interface EventAnswer {
  status: number;
  error?: AppError;
  retryAfterSeconds?: number;
}

/**
 * One POST /api/event, whatever carries it (the Hono route or the listener's fast path): rate
 * limit, size limit (`readBody` returns null past it), JSON, then the pipeline. Never throws for bad
 * input; unexpected failures propagate. Past the body, it stays synchronous while the pipeline can
 * (`IngestPipeline.offer`): one promise per beacon.
 */
export function receiveEvent(
  deps: IngestRouteDeps,
  facts: EventFacts,
  readBody: () => Promise<string | null>,
): Promise<EventAnswer> {
  const ingest = deps.ingest;
  if (!ingest) return Promise.resolve({ status: 503, error: CoreErrors.unavailable() });
  const limited = (hit: Hit): Promise<EventAnswer> => {
    if (hit.count > deps.eventsPerIp)
      return Promise.resolve({
        status: 429,
        error: CoreErrors.rate_limited(),
        retryAfterSeconds: Math.max(1, Math.ceil(hit.resetInMs / 1000)),
      });
    return readBody().then((text) => offerText(ingest, facts, text));
  };
  const hit = deps.rateLimits.hit(`event:${facts.ip}`, MINUTE);
  return hit instanceof Promise ? hit.then(limited) : limited(hit);
}

const ACCEPTED: EventAnswer = Object.freeze({ status: 202 });

function offerText(
  ingest: IngestPipeline,
  facts: EventFacts,
  text: string | null,
): EventAnswer | Promise<EventAnswer> {
  if (text === null)
    return { status: 413, error: AnalyticsErrors.event_too_large({ limitBytes: EVENT_LIMITS.bodyBytes }) };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: 400, error: CoreErrors.malformed_json() };
  }
  const refused = (error: unknown): EventAnswer => {
    if (isAppError(error) && error.status < 500) return { status: error.status, error };
    throw error;
  };
  try {
    const result = ingest.offer({ ...facts, body });
    return result instanceof Promise ? result.then(() => ACCEPTED, refused) : ACCEPTED;
  } catch (error) {
    return refused(error);
  }
}

export function analyticsIngestRoutes(app: OpenAPIHono<AppEnv>, deps: IngestRouteDeps): void {
  // Documented, not validated by the OpenAPI layer: sendBeacon posts text/plain, which this route
  // parses itself (so the size limit and JSON errors are its own).
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/event',
    tags: ['Analytics'],
    summary: 'Record a page view or custom event (the tracking script calls this; no authentication)',
    description:
      'The page URL `u` must be on the host the request is sent to, and that host must be an App’s site. Bots, foreign hosts, unknown sites, replays and Do-Not-Track (when the App honours it) are dropped silently: the answer is 202 either way.',
    request: {
      body: {
        required: true,
        content: {
          'text/plain': {
            schema: z.string().openapi({ description: 'The JSON below, as sent by sendBeacon' }),
          },
          'application/json': { schema: EventBody },
        },
      },
    },
    responses: {
      202: { description: 'Received (stored within a second, or dropped).' },
      400: { description: 'Not JSON, or not an event.' },
      413: { description: 'Body over 4 KiB.' },
      429: { description: 'Too many events from this address.' },
    },
  });
  app.post('/api/event', async (c) => {
    const facts = eventFacts((n) => c.req.header(n), clientIp(c, deps.trustProxy), deps);
    const answer = await receiveEvent(deps, facts, async () => {
      const declared = Number(c.req.header('content-length') ?? 0);
      if (declared > EVENT_LIMITS.bodyBytes) return null;
      const text = await c.req.text();
      return Buffer.byteLength(text) > EVENT_LIMITS.bodyBytes ? null : text;
    });
    if (!answer.error) return c.body(null, 202);
    if (answer.retryAfterSeconds) c.header('Retry-After', String(answer.retryAfterSeconds));
    return errorResponse(c, answer.error);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/event',
      tags: ['Analytics'],
      summary: 'The no-JavaScript page-view pixel (a 1×1 GIF, whatever happens)',
      request: {
        query: z.object({
          n: z.string().max(64).optional(),
          u: z
            .string()
            .max(2000)
            .optional()
            .openapi({ description: 'Page URL; default: the Referer header' }),
          r: z.string().max(2000).optional(),
          w: z.coerce.number().int().min(0).max(100_000).optional(),
        }),
      },
      responses: {
        200: { description: 'A transparent GIF.', content: { 'image/gif': { schema: z.string() } } },
      },
    }),
    async (c) => {
      const facts = eventFacts((n) => c.req.header(n), clientIp(c, deps.trustProxy), deps);
      const q = c.req.query();
      const hit = await deps.rateLimits.hit(`event:${facts.ip}`, MINUTE);
      if (hit.count <= deps.eventsPerIp) {
        const body = {
          n: q.n || 'pageview',
          u: q.u || c.req.header('referer') || '',
          r: q.r || null,
          id: 'pixel-event',
          w: q.w ? Number(q.w) : null,
        };
        await deps.ingest?.accept({ ...facts, body, serverId: true }).catch(() => undefined);
      }
      return c.body(new Uint8Array(PIXEL_GIF), 200, {
        'Content-Type': 'image/gif',
        'Cache-Control': 'no-store, max-age=0',
        'Cross-Origin-Resource-Policy': 'same-site',
      });
    },
  );

  const serveScript = (c: Context<AppEnv>, immutable: boolean) => {
    const asset = trackerAsset();
    const etag = `"${asset.fingerprint}"`;
    const cache = immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
    if (c.req.header('if-none-match') === etag)
      return c.body(null, 304, { ETag: etag, 'Cache-Control': cache });
    const encoding = encodingFor(c.req.header('accept-encoding'));
    const bytes = encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : asset.body;
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': cache,
      ETag: etag,
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
  };
  app.get('/_qs/script.js', (c) => serveScript(c, false));
  app.get('/_qs/:file{script\\.[0-9a-f]{10}\\.js}', (c) =>
    c.req.param('file') === trackerAsset().path.slice('/_qs/'.length) ? serveScript(c, true) : c.notFound(),
  );
}
