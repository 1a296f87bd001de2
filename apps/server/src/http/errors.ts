/**
 * One error shape for the whole API: `{ "error": { "code", "message", "details" } }`. Known errors
 * (`AppError`) keep their status and message; anything unexpected is logged with the request id
 * and answered with an opaque 500, never a stack trace.
 */

import { AppError, CoreErrors, isAppError } from '@qspace/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { requestLogger } from './access-log.js';
import type { AppEnv } from './types.js';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorResponse(c: Context, error: AppError): Response {
  const body: ErrorBody = { error: error.toJSON() };
  return c.json(body, error.status as ContentfulStatusCode);
}

export function onError(error: Error, c: Context<AppEnv>): Response {
  if (isAppError(error)) return errorResponse(c, error);
  if (error instanceof HTTPException) {
    if (error.status === 413) return errorResponse(c, CoreErrors.payload_too_large());
    const code = error.status === 404 ? 'core.not_found' : `core.http_${error.status}`;
    return errorResponse(
      c,
      new AppError(code, error.status, error.message || 'The request could not be handled.'),
    );
  }
  requestLogger(c)?.error({ err: error }, 'unhandled error');
  return errorResponse(c, CoreErrors.internal({ requestId: c.get('requestId') }));
}

/** Unknown API routes: JSON 404 naming the method and path. */
export function apiNotFound(c: Context): Response {
  return errorResponse(
    c,
    CoreErrors.not_found(
      { method: c.req.method, path: c.req.path },
      `No API route matches ${c.req.method} ${c.req.path}. See /api/docs for the routes that exist.`,
    ),
  );
}
