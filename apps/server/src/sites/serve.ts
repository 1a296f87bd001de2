/**
 * Writing a cached site response: ETag/304, the encoding the client accepts, cache and security
 * headers. Used both by the listener's fast path (raw Node response) and by the Hono routes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CachedResponse, encodingFor } from './cache.js';

/**
 * CSP of public pages: only the page's own inline scripts (by hash) and the exact URLs of the
 * platform scripts it loads (the analytics script, same origin, fingerprinted) may run.
 */
export function siteCsp(
  scriptHashes: string[],
  frameAncestors: string,
  scriptSources: string[] = [],
): string {
  const scripts = [...scriptHashes, ...scriptSources];
  return [
    "default-src 'self'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    `frame-ancestors 'self' ${frameAncestors}`,
  ].join('; ');
}

/**
 * A 304 carries the page's own framing and CSP headers: browsers apply the revalidation response's
 * headers, and without them the platform's defaults (`X-Frame-Options: DENY`) would block a site
 * preview the dashboard shows a second time.
 */
function notModifiedHeaders(r: CachedResponse): Record<string, string> {
  const headers: Record<string, string> = {
    ETag: r.etag,
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept-Encoding',
  };
  if (r.csp) {
    headers['Content-Security-Policy'] = r.csp;
    headers['X-Frame-Options'] = 'SAMEORIGIN';
  }
  return headers;
}

export function responseHeaders(r: CachedResponse, encoding: 'br' | 'gzip' | null): Record<string, string> {
  const body = encoding === 'br' ? r.br : encoding === 'gzip' ? r.gzip : r.body;
  const headers: Record<string, string> = {
    'Content-Type': r.type,
    'Content-Length': String(body.length),
    ETag: r.etag,
    // Always revalidate: a publish must show at once; the ETag makes revalidation a 304.
    'Cache-Control': 'public, max-age=0, must-revalidate',
    Vary: 'Accept-Encoding',
  };
  if (encoding) headers['Content-Encoding'] = encoding;
  if (r.csp) {
    headers['Content-Security-Policy'] = r.csp;
    headers['X-Frame-Options'] = 'SAMEORIGIN';
  }
  return headers;
}

export function bodyFor(r: CachedResponse, encoding: 'br' | 'gzip' | null): Buffer {
  return encoding === 'br' ? r.br : encoding === 'gzip' ? r.gzip : r.body;
}

/** Serves a cached response on a raw Node response. */
export function writeCached(req: IncomingMessage, res: ServerResponse, r: CachedResponse): void {
  if (req.headers['if-none-match'] === r.etag) {
    res.writeHead(304, notModifiedHeaders(r));
    res.end();
    return;
  }
  const encoding = encodingFor(req.headers['accept-encoding']);
  res.writeHead(r.status, responseHeaders(r, encoding));
  res.end(req.method === 'HEAD' ? undefined : bodyFor(r, encoding));
}

/** The same as a web Response (for the Hono routes). */
export function cachedToResponse(req: Request, r: CachedResponse): Response {
  if (req.headers.get('if-none-match') === r.etag) {
    return new Response(null, { status: 304, headers: notModifiedHeaders(r) });
  }
  const encoding = encodingFor(req.headers.get('accept-encoding') ?? undefined);
  const body = bodyFor(r, encoding);
  return new Response(req.method === 'HEAD' ? null : new Uint8Array(body), {
    status: r.status,
    headers: responseHeaders(r, encoding),
  });
}
