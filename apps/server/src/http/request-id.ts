/**
 * Makes the request id available to handlers as `c.get('requestId')`. The Node listener has
 * already validated or generated it and put it in the request headers; when the app is called
 * directly (`app.request()` in tests, other adapters) one is generated here.
 */
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.js';

export function requestIdVar(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('requestId', c.req.header('x-request-id') ?? randomUUID());
    await next();
  };
}
