/**
 * The HTTP application, built by a factory from its dependencies so tests can build it on a fresh
 * database. Transport concerns only: parse → authorize → call a module's service → respond.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { IngestPipeline } from '@qspace/analytics';
import type { Auth } from '@qspace/auth';
import type { MediaStorage } from '@qspace/content';
import { CoreErrors, type Database, type Logger } from '@qspace/core';
import { bodyLimit } from 'hono/body-limit';
import type { ServerConfig } from './env.js';
import { accessLog } from './http/access-log.js';
import { authLimits } from './http/auth-limits.js';
import { strictCors } from './http/cors.js';
import { dashboardRoutes } from './http/dashboard.js';
import { DOCS_CSS, renderDocsPage } from './http/docs-page.js';
import { apiNotFound, errorResponse, onError } from './http/errors.js';
import { jsonBody } from './http/json-body.js';
import { FAVICON_SVG, PAGES_CSS, renderHomePage, renderNotFoundPage } from './http/pages.js';
import type { RateLimitStore } from './http/rate-limit.js';
import { requestIdVar } from './http/request-id.js';
import type { AppEnv } from './http/types.js';
import { analyticsIngestRoutes } from './routes/analytics-ingest.js';
import { authRoutes } from './routes/auth.js';
import { devMailboxRoutes } from './routes/dev-mailbox.js';
import { healthRoutes } from './routes/health.js';
import { invitePage } from './routes/invite-page.js';
import { analyticsRoutes } from './routes/v1/analytics.js';
import { apiKeyRoutes } from './routes/v1/api-keys.js';
import { appRoutes } from './routes/v1/apps.js';
import { invitationRoutes } from './routes/v1/invitations.js';
import { isMediaUpload, mediaRoutes } from './routes/v1/media.js';
import { pageRoutes } from './routes/v1/pages.js';
import { postRoutes } from './routes/v1/posts.js';
import { renderRoutes } from './routes/v1/render.js';
import { requirePrincipal } from './routes/v1/session.js';
import { siteApiRoutes } from './routes/v1/site.js';
import { submissionRoutes } from './routes/v1/submissions.js';
import type { SiteCache } from './sites/cache.js';
import { platformHosts } from './sites/resolve.js';
import { siteRoutes } from './sites/routes.js';

export interface AppDeps {
  config: ServerConfig;
  database: Database;
  logger: Logger;
  /** Better Auth instance, mounted at /api/auth/*. */
  auth: Auth;
  /** The secret session cookies are signed with (the one given to Better Auth). */
  authSecret: string;
  /** Counters for abuse limits (in-process or Redis). */
  rateLimits: RateLimitStore;
  /** Migrations the database must have applied to be ready. */
  expectedMigrations: number;
  workerRunning: (() => boolean) | null;
  stopping?: () => boolean;
  /** Published sites: snapshots and rendered pages per App, invalidated on publish. */
  sites: SiteCache;
  /** Where uploaded media is stored. */
  mediaStorage: MediaStorage;
  /** Analytics ingest: POST /api/event, the pixel, and form submissions as conversions (absent: 503). */
  ingest?: IngestPipeline;
  /** Extra routes (tests and later modules' route groups) mounted before the 404 handler. */
  extend?: (app: OpenAPIHono<AppEnv>) => void;
}

export type App = OpenAPIHono<AppEnv>;

const json = jsonBody();

export function createApp(deps: AppDeps): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const details = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      return errorResponse(c, CoreErrors.validation_failed({ issues: details }));
    },
  });

  app.use(requestIdVar());
  app.use(accessLog(deps.logger));
  app.use('/api/*', strictCors(deps.config.CORS_ORIGINS));
  const apiBodyLimit = bodyLimit({
    maxSize: deps.config.BODY_LIMIT_BYTES,
    onError: (c) =>
      errorResponse(
        c,
        CoreErrors.payload_too_large(
          { limitBytes: deps.config.BODY_LIMIT_BYTES },
          `The request body is larger than the ${deps.config.BODY_LIMIT_BYTES} bytes this server accepts. Send a smaller body.`,
        ),
      ),
  });
  // Media uploads are streamed; the media service enforces MEDIA_MAX_BYTES itself, mid-stream.
  app.use('/api/*', (c, next) => (isMediaUpload(c.req.method, c.req.path) ? next() : apiBodyLimit(c, next)));
  // Analytics beacons are tiny and parsed by their own route (which answers 413 over 4 KiB).
  analyticsIngestRoutes(app, {
    ingest: deps.ingest,
    rateLimits: deps.rateLimits,
    trustProxy: deps.config.TRUST_PROXY,
    eventsPerIp: deps.config.RATE_LIMIT_EVENTS_PER_IP,
    countryHeader: deps.config.ANALYTICS_COUNTRY_HEADER,
  });
  // Better Auth reads the raw body itself and reports its own input errors (mapped in routes/auth.ts).
  app.use('/api/*', async (c, next) => (c.req.path.startsWith('/api/auth/') ? next() : json(c, next)));

  const sessionSettings = { secret: deps.authSecret, sessionDays: deps.config.AUTH_SESSION_DAYS };
  // The draft preview needs a signed-in member of the App.
  app.use('/preview/*', requirePrincipal(deps.auth, deps.database, sessionSettings));
  siteRoutes(app, {
    database: deps.database,
    cache: deps.sites,
    hosts: { sitesDomain: deps.config.SITES_DOMAIN, platformHosts: platformHosts(deps.config.PUBLIC_URL) },
    publicUrl: deps.config.PUBLIC_URL,
    mailFrom: deps.config.MAIL_FROM,
    rateLimits: deps.rateLimits,
    formsPerIp: deps.config.RATE_LIMIT_FORMS_PER_IP,
    trustProxy: deps.config.TRUST_PROXY,
    ingest: deps.ingest,
  });
  healthRoutes(app, {
    database: deps.database,
    expectedMigrations: deps.expectedMigrations,
    workerRunning: deps.workerRunning,
    stopping: deps.stopping ?? (() => false),
  });
  // Development tools exist only outside production; in production these paths are plain 404s.
  if (deps.config.NODE_ENV !== 'production') devMailboxRoutes(app, deps.database, deps.config);
  app.use(
    '/api/auth/*',
    authLimits(deps.rateLimits, {
      signInPerIpPerMinute: deps.config.RATE_LIMIT_SIGNIN_PER_IP,
      signInFailuresPerAccount: deps.config.RATE_LIMIT_SIGNIN_FAILURES,
      signUpPerIpPerHour: deps.config.RATE_LIMIT_SIGNUP_PER_IP,
      resetPerIpPerHour: deps.config.RATE_LIMIT_RESET_PER_IP,
      trustProxy: deps.config.TRUST_PROXY,
    }),
  );
  authRoutes(app, deps.auth);
  // Every /api/v1 resource route needs a caller (session or API key); unknown /api/v1 paths get a plain 404.
  for (const path of [
    '/api/v1/apps',
    '/api/v1/apps/*',
    '/api/v1/app-slugs/*',
    '/api/v1/starters',
    '/api/v1/sections',
    '/api/v1/invitations/:token/accept',
    '/api/v1/analytics/sparklines',
  ]) {
    app.use(path, requirePrincipal(deps.auth, deps.database, sessionSettings));
  }
  // Read-your-writes for published sites: a change made through this process drops the App's
  // cached site here at once (other processes hear the database NOTIFY a moment later).
  for (const path of ['/api/v1/apps/:appId', '/api/v1/apps/:appId/*']) {
    app.use(path, async (c, next) => {
      await next();
      // The editor's preview (POST …/render) changes nothing.
      // Neither do analytics settings, goals or funnels.
      const changes =
        c.req.method !== 'GET' && !c.req.path.endsWith('/render') && !c.req.path.includes('/analytics');
      if (changes && c.res.status < 400) deps.sites.drop(c.req.param('appId') ?? '');
    });
  }
  appRoutes(app, deps.database, deps.config.TRUST_PROXY);
  apiKeyRoutes(app, deps.database, deps.config.TRUST_PROXY);
  invitationRoutes(
    app,
    deps.database,
    { baseURL: deps.config.PUBLIC_URL, mailFrom: deps.config.MAIL_FROM },
    deps.config.TRUST_PROXY,
  );
  pageRoutes(app, deps.database);
  postRoutes(app, deps.database);
  renderRoutes(app, deps.database, deps.sites);
  mediaRoutes(app, {
    database: deps.database,
    storage: deps.mediaStorage,
    maxBytes: deps.config.MEDIA_MAX_BYTES,
  });
  siteApiRoutes(app, deps.database, deps.config.PUBLIC_URL, deps.config.SITES_DOMAIN);
  submissionRoutes(app, { database: deps.database });
  analyticsRoutes(app, {
    database: deps.database,
    publicUrl: deps.config.PUBLIC_URL,
    rateLimits: deps.rateLimits,
    trustProxy: deps.config.TRUST_PROXY,
  });
  invitePage(app, deps.database, { secret: deps.authSecret, publicUrl: deps.config.PUBLIC_URL });
  deps.extend?.(app);

  const info = {
    title: 'Q-Space API',
    version: '0.1.0',
    description:
      'Build, run and grow a business online. Every App-scoped route checks your role in that App; ids are UUIDs.',
  };
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info, servers: [{ url: deps.config.PUBLIC_URL }] });
  app.get('/api/docs', (c) =>
    c.html(
      renderDocsPage(
        app.getOpenAPI31Document({ openapi: '3.1.0', info }) as unknown as Record<string, unknown>,
      ),
    ),
  );
  app.get('/api/docs/docs.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(DOCS_CSS);
  });
  app.get('/pages.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(PAGES_CSS);
  });
  for (const path of ['/favicon.svg', '/favicon.ico']) {
    app.get(path, (c) => {
      c.header('Content-Type', 'image/svg+xml');
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(FAVICON_SVG);
    });
  }
  // The dashboard's build (apps/dashboard/dist), when present, takes `/` and its client routes.
  dashboardRoutes(app);
  app.get('/', (c) => c.html(renderHomePage()));

  app.notFound((c) =>
    c.req.path === '/api' || c.req.path.startsWith('/api/')
      ? apiNotFound(c)
      : c.html(renderNotFoundPage(), 404),
  );
  app.onError(onError);
  return app;
}
