/**
 * Strict CORS: only origins listed in CORS_ORIGINS get any CORS header at all; everyone else is
 * same-origin only. Preflights from unlisted origins are refused with 403.
 */
import type { MiddlewareHandler } from 'hono';

const METHODS = 'GET, POST, PUT, PATCH, DELETE';
const HEADERS = 'Content-Type, Authorization, X-Request-Id';

export function strictCors(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header('origin');
    const preflight = c.req.method === 'OPTIONS' && c.req.header('access-control-request-method');
    if (!origin || !allowed.has(origin)) {
      if (preflight) return c.body(null, 403);
      await next();
      c.res.headers.append('Vary', 'Origin');
      return;
    }
    const set = (h: Headers) => {
      h.set('Access-Control-Allow-Origin', origin);
      h.set('Access-Control-Allow-Credentials', 'true');
      h.append('Vary', 'Origin');
    };
    if (preflight) {
      const res = c.body(null, 204);
      set(res.headers);
      res.headers.set('Access-Control-Allow-Methods', METHODS);
      res.headers.set('Access-Control-Allow-Headers', HEADERS);
      res.headers.set('Access-Control-Max-Age', '600');
      return res;
    }
    await next();
    set(c.res.headers);
    c.res.headers.set('Access-Control-Expose-Headers', 'X-Request-Id');
  };
}
