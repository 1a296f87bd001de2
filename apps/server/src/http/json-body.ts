/**
 * Malformed JSON gets a 400 that says where it broke (line and column) and what was expected,
 * before any route sees it. Hono caches the body, so validators downstream read it again.
 */

import { CoreErrors } from '@qspace/core';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import { locateJsonError } from './json-locate.js';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function jsonBody(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header('content-type') ?? '';
    if (!WITH_BODY.has(c.req.method) || !/^application\/(.+\+)?json\b/i.test(type)) return next();
    const text = await c.req.text();
    if (text.length === 0) return next();
    try {
      JSON.parse(text);
    } catch {
      const fault = locateJsonError(text) ?? {
        line: 1,
        column: 1,
        offset: 0,
        expected: 'valid JSON',
        found: 'text',
      };
      return errorResponse(
        c,
        CoreErrors.malformed_json(
          fault,
          `The request body is not valid JSON: expected ${fault.expected} but found ${fault.found} at line ${fault.line}, column ${fault.column}.`,
        ),
      );
    }
    return next();
  };
}
