/**
 * Starting and stopping a whole server process: database (+ migrations), jobs worker, HTTP.
 * `main.ts` calls this with the validated environment; tests call it with a test database.
 *
 * Shutdown order matters: stop accepting and drain HTTP first (in-flight requests may enqueue
 * jobs or write), then stop the worker (finish or release claimed jobs), then close the database.
 */

import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppResolver, IngestPipeline, scheduleRollup } from '@qspace/analytics';
import { createAuth } from '@qspace/auth';
import { DiskStorage, type MediaStorage, resolveMediaImages } from '@qspace/content';
import {
  type Database,
  type JobHandler,
  JobWorker,
  type Logger,
  type MigrationSource,
  openDatabase,
} from '@qspace/core';
import { type MailTransport, transportFromEnv } from '@qspace/notifications';
import { type App, createApp } from './app.js';
import { resolveAuthSecret } from './auth-secret.js';
import { seedDemo } from './demo-seed.js';
import type { ServerConfig } from './env.js';
import { createListener } from './http/listener.js';
import { type RateLimitStore, rateLimitStoreFromEnv } from './http/rate-limit.js';
import { migrations as defaultMigrations, jobHandlers as moduleJobHandlers } from './modules.js';
import { analyticsFastPath } from './routes/analytics-fast-path.js';
import { SiteCache } from './sites/cache.js';
import { siteFastPath } from './sites/fast-path.js';
import { platformHosts, type SiteHosts, siteTarget } from './sites/resolve.js';

export interface RuntimeOptions {
  config: ServerConfig;
  logger: Logger;
  /** Use this database instead of opening one from the config (tests). */
  database?: Database;
  migrations?: MigrationSource[];
  jobHandlers?: Record<string, JobHandler>;
  /** Mail transport; default from SMTP_URL (SMTP) or the development mailbox. */
  mail?: MailTransport;
  /** Create the demo account on a fresh database (main.ts asks for it; tests do not). */
  seedDemo?: boolean;
  /** Rate-limit counters; default from REDIS_URL (Redis) or in-process. */
  rateLimits?: RateLimitStore;
  extend?: Parameters<typeof createApp>[0]['extend'];
  /** Media storage; default: the MEDIA_DIR folder on disk. */
  mediaStorage?: MediaStorage;
}

export interface Runtime {
  app: App;
  database: Database;
  /** Analytics ingest (events buffered in memory, written in batches). */
  ingest: IngestPipeline;
  worker: JobWorker | null;
  server: Server;
  url: string;
  port: number;
  /** Graceful stop; resolves when everything is closed. Safe to call twice. */
  stop(reason?: string): Promise<void>;
}

export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { config, logger } = options;
  const migrations = options.migrations ?? defaultMigrations;
  const started = performance.now();
  const database =
    options.database ??
    (await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.QSPACE_DATA_DIR,
      poolSize: config.DATABASE_POOL_SIZE,
      migrations,
      logger,
    }));
  const mail = options.mail ?? transportFromEnv(config.SMTP_URL);
  const authSecret = resolveAuthSecret(config);
  const auth = createAuth({
    database,
    secret: authSecret,
    baseURL: config.PUBLIC_URL,
    production: config.NODE_ENV === 'production',
    trustedOrigins: config.CORS_ORIGINS,
    sessionDays: config.AUTH_SESSION_DAYS,
    mailFrom: config.MAIL_FROM,
  });
  const rateLimits = options.rateLimits ?? (await rateLimitStoreFromEnv(config.REDIS_URL));
  if (options.seedDemo && config.DEMO_SEED && config.NODE_ENV !== 'production') {
    await seedDemo(database, auth, logger);
  }
  const report = database.migrations;
  if (report && report.applied.length > 0) {
    logger.info(
      { applied: report.applied.map((m) => `${m.module}/${m.tag}`) },
      'database migrations applied',
    );
  }
  const worker = config.JOBS_ENABLED
    ? new JobWorker({
        database,
        handlers:
          options.jobHandlers ??
          moduleJobHandlers({ mail, database, analyticsRetentionDays: config.ANALYTICS_RAW_RETENTION_DAYS }),
        concurrency: config.JOBS_CONCURRENCY,
        pollIntervalMs: config.JOBS_POLL_INTERVAL_MS,
        logger: logger.child({ component: 'jobs' }),
      })
    : null;
  await worker?.start();
  // The hourly analytics rollup schedules itself after each run; this starts the chain (idempotent).
  if (worker) await scheduleRollup(database.db);

  const sites = new SiteCache(database, {
    checkMs: config.SITE_CACHE_CHECK_MS,
    logger: logger.child({ component: 'sites' }),
    resolveImages: resolveMediaImages,
  });
  await sites.start();
  const hosts = { sitesDomain: config.SITES_DOMAIN, platformHosts: platformHosts(config.PUBLIC_URL) };
  const ingest = new IngestPipeline({
    database,
    resolveApp: siteResolver(sites, hosts),
    logger: logger.child({ component: 'analytics' }),
    flushMs: config.ANALYTICS_FLUSH_MS,
    batchSize: config.ANALYTICS_BATCH_SIZE,
  });
  ingest.start();

  let stopping = false;
  const app = createApp({
    sites,
    mediaStorage: options.mediaStorage ?? new DiskStorage(config.MEDIA_DIR),
    config,
    database,
    logger,
    auth,
    authSecret,
    rateLimits,
    expectedMigrations: report?.total ?? 0,
    workerRunning: worker ? () => worker.running : null,
    stopping: () => stopping,
    ingest,
    extend: options.extend,
  });
  const server = await listen(
    createListener(app.fetch, {
      hsts: config.NODE_ENV === 'production',
      beaconPath: analyticsFastPath(
        {
          ingest,
          rateLimits,
          trustProxy: config.TRUST_PROXY,
          eventsPerIp: config.RATE_LIMIT_EVENTS_PER_IP,
          countryHeader: config.ANALYTICS_COUNTRY_HEADER,
        },
        logger,
      ),
      fastPath: siteFastPath(sites, hosts, config.PUBLIC_URL),
    }),
    config.PORT,
    config.HOST,
  );
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  logger.info(
    {
      url,
      database: database.kind === 'pglite' ? `embedded (${config.QSPACE_DATA_DIR})` : 'postgresql server',
      startupMs: Math.round(performance.now() - started),
    },
    `Q-Space is ready at ${url}`,
  );

  let stopped: Promise<void> | null = null;
  const stop = (reason = 'stop requested') => {
    stopped ??= (async () => {
      stopping = true;
      logger.info({ reason }, 'shutting down: draining requests');
      const deadline = Date.now() + config.SHUTDOWN_TIMEOUT_MS;
      await closeServer(server, config.SHUTDOWN_TIMEOUT_MS);
      // Requests are drained: write the analytics events they buffered before the database closes.
      await ingest.stop();
      const result = await worker?.stop(Math.max(0, deadline - Date.now()));
      if (result) logger.info(result, 'jobs worker stopped');
      await sites.stop();
      await database.close();
      mail.close?.();
      await rateLimits.close();
      logger.info('shutdown complete');
    })();
    return stopped;
  };
  return { app, database, worker, server, url, port, ingest, stop };
}

/** Analytics events name their page by URL: the App is the site at that URL, as the site routes see it. */
function siteResolver(sites: SiteCache, hosts: SiteHosts): AppResolver {
  return (url) => {
    const target = siteTarget(url.host, url.pathname, hosts);
    if (!target) return null;
    const known = sites.cachedAppId(target);
    const found = (appId: string | null) => (appId ? { appId, path: target.path } : null);
    return known !== undefined ? found(known) : sites.appId(target).then(found);
  };
}

function listen(listener: RequestListener, port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(listener);
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(server));
  });
}

/** Stops accepting, lets in-flight requests finish, then cuts whatever is left at the deadline. */
function closeServer(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    // Keep-alive connections become idle as their last response ends: close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}
