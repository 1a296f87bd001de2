/**
 * Access log: one line per request with its id, method, path, status and duration. Health probes
 * and analytics beacons are logged at debug level only — they arrive constantly.
 *
 * Hot-path care: no per-request child logger is built up front (pino children are not free);
 * `requestLogger(c)` creates one, bound to the request id, the first time a handler needs it.
 */
import type { Logger } from '@qspace/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.js';

// Analytics beacons arrive with every page view of every site: a line each would drown the log.
const QUIET = new Set(['/healthz', '/readyz', '/api/event']);

export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    c.set('baseLogger', logger);
    await next();
    const quiet = QUIET.has(c.req.path);
    if (!logger.isLevelEnabled(quiet ? 'debug' : 'info')) return;
    const entry = {
      reqId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (quiet) logger.debug(entry, 'request');
    else logger.info(entry, 'request');
  };
}

/** The logger for this request, carrying its request id. */
export function requestLogger(c: Context<AppEnv>): Logger | undefined {
  let log = c.get('logger');
  if (!log) {
    log = c.get('baseLogger')?.child({ reqId: c.get('requestId') });
    if (log) c.set('logger', log);
  }
  return log;
}
