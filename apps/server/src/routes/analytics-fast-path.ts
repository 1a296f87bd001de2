/**
 * `POST /api/event` in the Node listener, before the framework (like published pages and
 * `/healthz`, decision 0020): beacons are the platform's highest-volume request, and reading a body
 * through the adapter's web streams cost four times the work of the event itself in our profile.
 * Same rules and answers as the Hono route (`receiveEvent`), which stays for the OpenAPI document
 * and for in-process requests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EVENT_LIMITS } from '@qspace/analytics';
import type { Logger } from '@qspace/core';
import { eventFacts, type IngestRouteDeps, receiveEvent } from './analytics-ingest.js';

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** The body as text, or null once it passes the limit (by header, or while streaming). */
function readBody(req: IncomingMessage): Promise<string | null> {
  if (Number(req.headers['content-length'] ?? 0) > EVENT_LIMITS.bodyBytes) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > EVENT_LIMITS.bodyBytes) {
        req.removeAllListeners('data');
        req.resume(); // discard the rest
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > EVENT_LIMITS.bodyBytes ? null : Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

export function analyticsFastPath(deps: IngestRouteDeps, logger: Logger) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (req.method !== 'POST' || req.url !== '/api/event') return false;
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    receiveEvent(deps, eventFacts(header, clientIp(req, deps.trustProxy), deps), () => readBody(req))
      .then((answer) => {
        if (!answer.error) {
          res.writeHead(202, { 'Content-Length': '0' });
          res.end();
          return;
        }
        const body = JSON.stringify({ error: answer.error.toJSON() });
        res.writeHead(answer.status, {
          'Content-Type': 'application/json',
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
          'Content-Length': String(Buffer.byteLength(body)),
          ...(answer.retryAfterSeconds ? { 'Retry-After': String(answer.retryAfterSeconds) } : {}),
        });
        res.end(body);
      })
      .catch((error: unknown) => {
        logger.error({ err: error, reqId: header('x-request-id') }, 'analytics event failed');
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end('{"error":{"code":"core.internal","message":"Something went wrong on our side."}}');
      });
    return true;
  };
}
