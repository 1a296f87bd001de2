/**
 * Access log: one line per request with its id, method, path, status and duration. Health probes
 * are logged at debug level only — load balancers call them constantly.
 */

import type { Logger } from '@qspace/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.js';

const QUIET = new Set(['/healthz', '/readyz']);

export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const log = logger.child({ reqId: c.get('requestId') });
    c.set('logger', log);
    await next();
    const entry = {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (QUIET.has(c.req.path)) log.debug(entry, 'request');
    else log.info(entry, 'request');
  };
}
