/**
 * The kernel's own part: the variables every project reads, liveness and readiness, the project's
 * description for frontends (`GET /api/meta`), static files, and JSON or HTML errors.
 */
import { defineEnv, isAppError, port, url } from '@qspace/core';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { nav, project } from '../composition.js';
import { errorPage } from './http.js';
import { definePart } from './part.js';
import { serveStatic } from './static.js';

export const env = defineEnv({
  PORT: {
    schema: port(3000),
    description: 'TCP port the server listens on.',
    hint: 'Set PORT to a whole number between 1 and 65535 (e.g. 3000) that no other program uses.',
  },
  HOST: {
    schema: z.string().min(1).default('0.0.0.0'),
    description: 'Interface to listen on (127.0.0.1 to accept local connections only).',
    hint: 'Use an IP address such as 0.0.0.0 or 127.0.0.1.',
  },
  PUBLIC_URL: {
    schema: url(['http', 'https']).default('http://localhost:3000'),
    description: 'The address people use to reach this server; used in links and emails.',
    hint: 'Use the full origin, e.g. https://app.example.com.',
  },
});

export default definePart({
  name: 'base',
  routes(app, ctx) {
    // Forms and the JSON API accept state changes only from this site's own pages: a browser sends
    // Origin on cross-site POSTs, and a request from another site is refused before any handler.
    const own = new URL(ctx.config.PUBLIC_URL).host;
    app.use('*', async (c, next) => {
      if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
      const origin = c.req.header('origin');
      if (origin && origin !== 'null') {
        let host = '';
        try {
          host = new URL(origin).host;
        } catch {
          // a malformed Origin is treated as foreign
        }
        if (host !== own && host !== c.req.header('host')) {
          return c.json(
            { error: { code: 'cross_site', message: 'Requests from other sites are not accepted.' } },
            403,
          );
        }
      }
      return next();
    });
    app.get('/healthz', (c) => c.json({ status: 'ok' }, 200, { 'Cache-Control': 'no-store' }));
    app.get('/readyz', async (c) => {
      try {
        await ctx.database.ping();
        return c.json({ status: 'ready' }, 200, { 'Cache-Control': 'no-store' });
      } catch {
        return c.json({ status: 'unavailable', reason: 'database' }, 503, { 'Cache-Control': 'no-store' });
      }
    });
    app.get('/api/meta', (c) => c.json({ project, nav, dev: ctx.config.NODE_ENV !== 'production' }));
    app.get('/static/*', serveStatic(project.variant));
    app.onError((error, c) => {
      const api = c.req.path.startsWith('/api/');
      if (isAppError(error) && error.status < 500) {
        return api
          ? c.json({ error: error.toJSON() }, error.status as 400)
          : c.html(errorPage(error.status, error.message), error.status as 400);
      }
      if (error instanceof HTTPException) {
        return api
          ? c.json({ error: { code: 'http', message: error.message } }, error.status)
          : c.html(errorPage(error.status, error.message), error.status);
      }
      ctx.logger.error({ err: error, path: c.req.path }, 'request failed');
      const message = 'Something went wrong on our side. Please try again.';
      return api
        ? c.json({ error: { code: 'internal', message } }, 500)
        : c.html(errorPage(500, message), 500);
    });
  },
});
