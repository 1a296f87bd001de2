/**
 * The Node.js request listener in front of the Hono app. It owns what belongs to the transport:
 *
 * - request ids: an incoming `X-Request-Id` is kept when well-formed, otherwise one is generated;
 *   it is echoed in the response and handed to the app through the request headers;
 * - security headers, set on the raw response before the app runs;
 * - liveness: `GET /healthz` is answered here, without entering the framework — the probe's job is
 *   to prove the process and its event loop are alive, and it must stay cheap under any load.
 *
 * Why here and not as Hono middleware: with @hono/node-server, a middleware that adds a header to
 * the response (as `requestId()` and `secureHeaders()` do) takes every response off the adapter's
 * fast path and halved throughput in our measurements (docs/benchmarks.md). Headers set on the
 * Node response are merged by Node at write time for free.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { securityHeaderList } from './security-headers.js';

const REQUEST_ID_RE = /^[\w\-.:=]{1,200}$/;
const LIVENESS_BODY = JSON.stringify({ status: 'ok' });
const LIVENESS_LENGTH = String(Buffer.byteLength(LIVENESS_BODY));

export interface ListenerOptions {
  hsts: boolean;
  /** Answers a request from memory when it can (published pages); false = go to the app. */
  fastPath?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /**
   * Tried first, before request ids and security headers: analytics beacons, the highest-volume
   * request, whose empty 202 needs neither (its error answers set `nosniff` themselves).
   */
  beaconPath?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export function createListener(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
  options: ListenerOptions,
): RequestListener {
  const app = getRequestListener(fetch);
  const headers = securityHeaderList(options);
  return (req: IncomingMessage, res: ServerResponse) => {
    if (options.beaconPath?.(req, res)) return;
    let id = req.headers['x-request-id'];
    if (typeof id !== 'string' || !REQUEST_ID_RE.test(id)) {
      id = randomUUID();
      req.headers['x-request-id'] = id;
    }
    for (const [name, value] of headers) res.setHeader(name, value);
    res.setHeader('X-Request-Id', id);
    if (req.url === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': LIVENESS_LENGTH,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : LIVENESS_BODY);
      return;
    }
    if (options.fastPath?.(req, res)) return;
    void app(req, res);
  };
}
