/**
 * @qspace/analytics in this project: cookieless page views, buffered in memory and written in
 * batches; the hourly rollups; and, for an App's members:
 *
 *   GET  /_qs/script.js, /_qs/script.<hash>.js   the tracking script (the hashed one cached a year)
 *   POST /api/event                              one event (the script sends it; 202 either way)
 *   GET  /api/event                              the `<noscript>` pixel
 *   GET  /api/apps/:appId/analytics?period=30d   visitors, page views, series, top pages, sources
 *
 * Which App a page belongs to is the theme's choice (`analytics.resolveApp`); until it says, every
 * event is dropped as "unknown app".
 */

import {
  type AppResolver,
  analyticsMigrations,
  type BreakdownRow,
  breakdown,
  createGoalBackfillHandler,
  createRollupHandler,
  EVENT_LIMITS,
  GOAL_BACKFILL_JOB,
  IngestPipeline,
  isBotAgent,
  type Overview,
  overview,
  PERIODS,
  type PeriodName,
  PIXEL_GIF,
  ROLLUP_JOB,
  type SeriesPoint,
  scheduleRollup,
  timeseries,
  trackerAsset,
} from '@qspace/analytics';
import { membershipContext } from '@qspace/auth';
import { type AppError, CoreErrors, isAppError, type JobHandler, type TenantContext } from '@qspace/core';
import type { Context } from 'hono';
import { clientAddress } from '../kernel/http.js';
import { definePart } from '../kernel/part.js';
import { fixedWindow } from '../kernel/rate-limit.js';

export interface AnalyticsReport {
  overview: Overview;
  series: SeriesPoint[];
  interval: 'hour' | 'day';
  pages: BreakdownRow[];
  sources: BreakdownRow[];
  channels: BreakdownRow[];
}

export interface AnalyticsService {
  ingest: IngestPipeline;
  /** Which App (and which path inside its site) a page URL belongs to; set by the theme. */
  resolveApp: AppResolver;
  /** The tracking script's URL and the pixel, for pages to load. */
  tracking: { scriptUrl: string; pixelUrl: string };
  /** The dashboard of an App for a period. */
  report(ctx: TenantContext, period: PeriodName): Promise<AnalyticsReport>;
}

declare module '../kernel/part.js' {
  interface Services {
    analytics: AnalyticsService;
  }
}

const EVENTS_PER_MINUTE = 120;

export default definePart({
  name: 'analytics',
  migrations: [analyticsMigrations],
  async setup(ctx) {
    const retentionDays = ctx.config.ANALYTICS_RAW_RETENTION_DAYS;
    ctx.jobs[ROLLUP_JOB] = createRollupHandler({ retentionDays });
    ctx.jobs[GOAL_BACKFILL_JOB] = createGoalBackfillHandler({ retentionDays }) as JobHandler;
    // The hourly rollup schedules its next run itself; this starts the chain (idempotent).
    await scheduleRollup(ctx.database.db);
    const service: AnalyticsService = {
      resolveApp: () => null,
      ingest: new IngestPipeline({
        database: ctx.database,
        resolveApp: (url) => service.resolveApp(url),
        logger: ctx.logger.child({ component: 'analytics' }),
        flushMs: ctx.config.ANALYTICS_FLUSH_MS,
        batchSize: ctx.config.ANALYTICS_BATCH_SIZE,
      }),
      tracking: {
        scriptUrl: `${new URL(ctx.config.PUBLIC_URL).origin}${trackerAsset().path}`,
        pixelUrl: '/api/event?n=pageview',
      },
      async report(tenant, period) {
        const query = { period };
        const [summary, series, pages, sources, channels] = await Promise.all([
          overview(ctx.database, tenant, query),
          timeseries(ctx.database, tenant, query),
          breakdown(ctx.database, tenant, 'page', { ...query, limit: 8 }),
          breakdown(ctx.database, tenant, 'source', { ...query, limit: 8 }),
          breakdown(ctx.database, tenant, 'channel', { ...query, limit: 8 }),
        ]);
        return {
          overview: summary,
          series: series.points,
          interval: series.interval,
          pages: pages.rows,
          sources: sources.rows,
          channels: channels.rows,
        };
      },
    };
    service.ingest.start();
    // Requests are drained before clean-ups run: write what they buffered while the database is open.
    ctx.onStop(() => service.ingest.stop());
    ctx.services.analytics = service;
  },
  routes(app, ctx) {
    const { analytics, auth } = ctx.services;
    const limit = fixedWindow(EVENTS_PER_MINUTE, 60_000);
    const facts = (c: Context) => ({
      ip: clientAddress(c),
      userAgent: c.req.header('user-agent') ?? '',
      host: c.req.header('host') ?? '',
      origin: c.req.header('origin'),
      doNotTrack: c.req.header('dnt') === '1' || c.req.header('sec-gpc') === '1',
      country: ctx.config.ANALYTICS_COUNTRY_HEADER
        ? c.req.header(ctx.config.ANALYTICS_COUNTRY_HEADER)?.toUpperCase()
        : undefined,
    });
    const fail = (c: Context, error: AppError) => c.json({ error: error.toJSON() }, error.status as 400);

    app.post('/api/event', async (c) => {
      const hit = limit.hit(clientAddress(c));
      if (!hit.ok) {
        c.header('Retry-After', String(hit.retryAfterSeconds));
        return fail(c, CoreErrors.rate_limited());
      }
      if (Number(c.req.header('content-length') ?? 0) > EVENT_LIMITS.bodyBytes)
        return c.json(
          { error: { code: 'analytics.event_too_large', message: 'The event is too large.' } },
          413,
        );
      const text = await c.req.text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return fail(c, CoreErrors.malformed_json());
      }
      try {
        await analytics.ingest.accept({ ...facts(c), body });
      } catch (error) {
        if (isAppError(error) && error.status < 500) return fail(c, error);
        throw error;
      }
      return c.body(null, 202);
    });

    app.get('/api/event', async (c) => {
      const q = c.req.query();
      if (limit.hit(clientAddress(c)).ok && !isBotAgent(c.req.header('user-agent') ?? '')) {
        const body = {
          n: q.n || 'pageview',
          u: q.u || c.req.header('referer') || '',
          r: q.r || null,
          id: 'pixel-event',
          w: q.w ? Number(q.w) : null,
        };
        await analytics.ingest.accept({ ...facts(c), body, serverId: true }).catch(() => undefined);
      }
      return c.body(new Uint8Array(PIXEL_GIF), 200, {
        'Content-Type': 'image/gif',
        'Cache-Control': 'no-store, max-age=0',
      });
    });

    const script = (c: Context, immutable: boolean) => {
      const asset = trackerAsset();
      const etag = `"${asset.fingerprint}"`;
      const cache = immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
      if (c.req.header('if-none-match') === etag)
        return c.body(null, 304, { ETag: etag, 'Cache-Control': cache });
      return c.body(new Uint8Array(asset.body), 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': cache,
        ETag: etag,
      });
    };
    app.get('/_qs/script.js', (c) => script(c, false));
    app.get(trackerAsset().path, (c) => script(c, true));

    app.get('/api/apps/:appId/analytics', async (c) => {
      const user = auth.requireUser(c);
      const tenant = await membershipContext(ctx.database, user.id, c.req.param('appId'));
      const asked = c.req.query('period') ?? '30d';
      const period = (PERIODS as readonly string[]).includes(asked) && asked !== 'custom' ? asked : '30d';
      return c.json(await analytics.report(tenant, period as PeriodName));
    });
  },
});
