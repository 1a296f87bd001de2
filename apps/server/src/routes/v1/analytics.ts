/**
 * /api/v1/apps/{appId}/analytics/… — reports (any member), goals, funnels, settings and the share
 * link (admin); /api/v1/analytics/sparklines (all my Apps); /api/v1/shared/{token}/… — the same
 * reports, read-only, through a share link. Each handler: parse → App context → service
 * (authorizes) → respond (JSON, or CSV with `format=csv`).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  BREAKDOWNS,
  type BreakdownDim,
  breakdown,
  breakdownCsv,
  createFunnel,
  createGoal,
  deleteFunnel,
  deleteGoal,
  disableShare,
  enableShare,
  type FunnelInput,
  funnelsCsv,
  funnelsReport,
  type GoalInput,
  getSettings,
  getShare,
  goalsCsv,
  goalsReport,
  insights,
  overview,
  type ReportQuery,
  realtime,
  seriesCsv,
  shareContext,
  sparklines,
  timeseries,
  toCsv,
  unlockShare,
  updateFunnel,
  updateGoal,
  updateSettings,
} from '@qspace/analytics';
import { getApp, listMyApps } from '@qspace/auth';
import { CoreErrors, type Database, type TenantContext } from '@qspace/core';
import type { Context } from 'hono';
import { clientIp } from '../../http/auth-limits.js';
import type { RateLimitStore } from '../../http/rate-limit.js';
import type { AppEnv } from '../../http/types.js';
import {
  Breakdown,
  Csv,
  Funnel,
  FunnelInputSchema,
  FunnelReport,
  Goal,
  GoalInputSchema,
  GoalsReport,
  Insights,
  Overview,
  Realtime,
  ReportParams,
  Series,
  Settings,
  Share,
  Sparklines,
} from './analytics-schemas.js';
import { body, errors, Id, json } from './openapi.js';
import { appContext, currentUser } from './session.js';

export interface AnalyticsRouteDeps {
  database: Database;
  publicUrl: string;
  rateLimits: RateLimitStore;
  trustProxy: boolean;
}

const TAG = 'Analytics';
const UNLOCKS_PER_IP = 10;
const UNLOCK_WINDOW_MS = 10 * 60_000;

const toQuery = (p: ReportParams): ReportQuery => ({
  period: p.period,
  from: p.from,
  to: p.to,
  filters: { page: p.page, source: p.source, device: p.device },
});

function csv(c: Context, name: string, text: string): Response {
  const day = new Date().toISOString().slice(0, 10);
  return c.body(text, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="analytics-${name}-${day}.csv"`,
    'Cache-Control': 'private, no-store',
  });
}

/** The breakdown tables: `/pages?kind=`, `/sources?by=`, `/utm?param=`, `/devices?by=`. */
const TABLES = [
  {
    name: 'pages',
    key: 'kind',
    values: ['top', 'entry', 'exit'],
    dims: ['page', 'entry', 'exit'],
    what: 'Top, entry or exit pages',
  },
  {
    name: 'sources',
    key: 'by',
    values: ['source', 'channel', 'referrer'],
    dims: BREAKDOWNS.sources,
    what: 'Sources, channels or referrers',
  },
  {
    name: 'utm',
    key: 'param',
    values: ['source', 'medium', 'campaign', 'term', 'content'],
    dims: BREAKDOWNS.utm,
    what: 'UTM sources, mediums, campaigns, terms or contents',
  },
  {
    name: 'devices',
    key: 'by',
    values: ['device', 'browser', 'os', 'screen', 'country'],
    dims: BREAKDOWNS.devices,
    what: 'Device types, browsers, operating systems, screen sizes or countries',
  },
] as const;

type Scope = {
  base: string;
  params: z.ZodObject;
  probe?: 'capability';
  who: string;
  context: (c: Context<AppEnv>) => Promise<TenantContext>;
};

/** The read-only reports, under one scope (an App, or a share link). */
function reportRoutes(app: OpenAPIHono<AppEnv>, database: Database, scope: Scope): void {
  const route = <R extends z.ZodType>(path: string, summary: string, query: z.ZodObject, response: R) =>
    createRoute({
      method: 'get',
      path: `${scope.base}${path}`,
      tags: [TAG],
      summary: `${summary} (${scope.who})`,
      ...(scope.probe ? { 'x-tenant-probe': scope.probe } : {}),
      request: { params: scope.params, query },
      responses: {
        200: { ...json(response, 'The report.'), content: { ...json(response, '').content, ...Csv.content } },
        ...errors,
      },
    });

  app.openapi(
    route(
      '/overview',
      'Visitors, page views, visits, bounce rate and duration, with change vs the previous period',
      ReportParams,
      Overview,
    ),
    async (c) => {
      const p = ReportParams.parse(c.req.query());
      const data = await overview(database, await scope.context(c), toQuery(p));
      if (p.format === 'csv') {
        const rows = (['visitors', 'pageviews', 'visits', 'bounceRate', 'avgDuration'] as const).map((k) => [
          k,
          data[k].value,
          data[k].previous,
          data[k].change,
        ]);
        return csv(c, 'overview', toCsv(['metric', 'value', 'previous', 'change'], rows));
      }
      return c.json(data, 200);
    },
  );

  app.openapi(
    route('/timeseries', 'Visitors and page views per hour (today) or per day', ReportParams, Series),
    async (c) => {
      const p = ReportParams.parse(c.req.query());
      const data = await timeseries(database, await scope.context(c), toQuery(p));
      return p.format === 'csv' ? csv(c, 'timeseries', seriesCsv(data.points)) : c.json(data, 200);
    },
  );

  for (const table of TABLES) {
    const query = ReportParams.extend({
      [table.key]: z.enum(table.values as unknown as [string, ...string[]]).default(table.values[0]),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
    });
    app.openapi(route(`/${table.name}`, table.what, query, Breakdown), async (c) => {
      const p = query.parse(c.req.query()) as ReportParams & Record<string, string> & { limit: number };
      const dim = table.dims[
        (table.values as readonly string[]).indexOf(p[table.key] as string)
      ] as BreakdownDim;
      const data = await breakdown(database, await scope.context(c), dim, { ...toQuery(p), limit: p.limit });
      return p.format === 'csv'
        ? csv(c, `${table.name}-${dim}`, breakdownCsv(dim, data.rows))
        : c.json(data, 200);
    });
  }

  app.openapi(
    route(
      '/goals',
      'Goals with conversions, conversion rate and conversion rate per source',
      ReportParams,
      GoalsReport,
    ),
    async (c) => {
      const p = ReportParams.parse(c.req.query());
      const data = await goalsReport(database, await scope.context(c), toQuery(p));
      return p.format === 'csv' ? csv(c, 'goals', goalsCsv(data.goals)) : c.json(data, 200);
    },
  );

  app.openapi(
    route(
      '/funnels',
      'Funnels with visitors and drop-off per step',
      ReportParams,
      z.object({ funnels: z.array(FunnelReport) }),
    ),
    async (c) => {
      const p = ReportParams.parse(c.req.query());
      const data = await funnelsReport(database, await scope.context(c), toQuery(p));
      return p.format === 'csv' ? csv(c, 'funnels', funnelsCsv(data)) : c.json({ funnels: data }, 200);
    },
  );

  app.openapi(
    route('/realtime', 'Visitors in the last 5 minutes and the pages they are on', z.object({}), Realtime),
    async (c) => c.json(await realtime(database, await scope.context(c)), 200),
  );

  app.openapi(
    route(
      '/insights',
      'Plain-language insights (changes, top source, best converters)',
      ReportParams,
      Insights,
    ),
    async (c) => {
      const p = ReportParams.parse(c.req.query());
      return c.json(await insights(database, await scope.context(c), toQuery(p)), 200);
    },
  );
}

export function analyticsRoutes(app: OpenAPIHono<AppEnv>, deps: AnalyticsRouteDeps): void {
  const { database } = deps;
  const appParams = z.object({ appId: Id });
  reportRoutes(app, database, {
    base: '/api/v1/apps/{appId}/analytics',
    params: appParams,
    who: 'any member',
    context: (c) => appContext(c, database, c.req.param('appId') ?? ''),
  });
  const tokenParams = z.object({
    token: z.string().max(100).openapi({ description: 'The share link’s token' }),
  });
  reportRoutes(app, database, {
    base: '/api/v1/shared/{token}',
    params: tokenParams,
    probe: 'capability',
    who: 'share link; `X-Share-Access` when it has a password',
    context: (c) => shareContext(database, c.req.param('token') ?? '', c.req.header('x-share-access')),
  });
  managementRoutes(app, deps, appParams);
  shareRoutes(app, deps, appParams, tokenParams);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/analytics/sparklines',
      tags: [TAG],
      summary: 'Daily visitors of the last 7 days for every App I belong to (home cards)',
      'x-tenant-probe': 'own-data',
      responses: { 200: json(Sparklines, 'One series per App.'), 401: errors[401] },
    }),
    async (c) => {
      const principal = c.get('principal');
      const contexts: TenantContext[] =
        principal?.kind === 'api_key'
          ? [
              {
                appId: principal.appId,
                actor: { type: 'api_key', id: principal.keyId },
                role: principal.role,
              },
            ]
          : (await listMyApps(database, currentUser(c).id)).map((a) => ({
              appId: a.id,
              actor: { type: 'user', id: currentUser(c).id },
              role: a.role as TenantContext['role'],
            }));
      return c.json({ apps: await sparklines(database, contexts) }, 200);
    },
  );
}

function managementRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: AnalyticsRouteDeps,
  appParams: z.ZodObject<{ appId: typeof Id }>,
): void {
  const { database } = deps;
  const base = '/api/v1/apps/{appId}/analytics';
  const goalParams = z.object({
    appId: Id,
    goalId: z.string().max(100).openapi({ description: 'Goal id (UUID)' }),
  });
  const funnelParams = z.object({
    appId: Id,
    funnelId: z.string().max(100).openapi({ description: 'Funnel id (UUID)' }),
  });
  const ctxOf = (c: Context<AppEnv>) => appContext(c, database, c.req.param('appId') ?? '');

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/goals`,
      tags: [TAG],
      summary: 'Create a goal: a page visit, a custom event or a form submission (admin)',
      request: { params: appParams, ...body(GoalInputSchema) },
      responses: {
        201: json(Goal, 'Created; its past conversions are computed in the background.'),
        409: { description: 'Name taken or too many goals.' },
        422: { description: 'Invalid goal.' },
        ...errors,
      },
    }),
    async (c) => c.json(await createGoal(database, await ctxOf(c), c.req.valid('json') as GoalInput), 201),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/goals/{goalId}`,
      tags: [TAG],
      summary: 'Change a goal (admin)',
      request: { params: goalParams, ...body(GoalInputSchema) },
      responses: {
        200: json(Goal, 'Updated.'),
        409: { description: 'Name taken.' },
        422: { description: 'Invalid goal.' },
        ...errors,
      },
    }),
    async (c) => {
      const { goalId } = c.req.valid('param');
      return c.json(
        await updateGoal(database, await ctxOf(c), goalId, c.req.valid('json') as GoalInput),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/goals/{goalId}`,
      tags: [TAG],
      summary: 'Delete a goal (admin)',
      request: { params: goalParams },
      responses: { 204: { description: 'Deleted.' }, ...errors },
    }),
    async (c) => {
      await deleteGoal(database, await ctxOf(c), c.req.valid('param').goalId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/funnels`,
      tags: [TAG],
      summary: 'Create a funnel of 2–8 ordered steps (admin)',
      request: { params: appParams, ...body(FunnelInputSchema) },
      responses: {
        201: json(Funnel, 'Created.'),
        409: { description: 'Name taken or too many funnels.' },
        422: { description: 'Invalid funnel.' },
        ...errors,
      },
    }),
    async (c) =>
      c.json(await createFunnel(database, await ctxOf(c), c.req.valid('json') as FunnelInput), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/funnels/{funnelId}`,
      tags: [TAG],
      summary: 'One funnel with visitors and drop-off per step (any member)',
      request: { params: funnelParams, query: ReportParams },
      responses: {
        200: {
          ...json(FunnelReport, 'The funnel.'),
          content: { ...json(FunnelReport, '').content, ...Csv.content },
        },
        ...errors,
      },
    }),
    async (c) => {
      const p = ReportParams.parse(c.req.query());
      const [funnel] = await funnelsReport(database, await ctxOf(c), {
        ...toQuery(p),
        funnelId: c.req.valid('param').funnelId,
      });
      if (!funnel) throw CoreErrors.not_found();
      return p.format === 'csv' ? csv(c, 'funnel', funnelsCsv([funnel])) : c.json(funnel, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/funnels/{funnelId}`,
      tags: [TAG],
      summary: 'Change a funnel (admin)',
      request: { params: funnelParams, ...body(FunnelInputSchema) },
      responses: {
        200: json(Funnel, 'Updated.'),
        409: { description: 'Name taken.' },
        422: { description: 'Invalid funnel.' },
        ...errors,
      },
    }),
    async (c) => {
      const { funnelId } = c.req.valid('param');
      return c.json(
        await updateFunnel(database, await ctxOf(c), funnelId, c.req.valid('json') as FunnelInput),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: `${base}/funnels/{funnelId}`,
      tags: [TAG],
      summary: 'Delete a funnel (admin)',
      request: { params: funnelParams },
      responses: { 204: { description: 'Deleted.' }, ...errors },
    }),
    async (c) => {
      await deleteFunnel(database, await ctxOf(c), c.req.valid('param').funnelId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/settings`,
      tags: [TAG],
      summary: 'The App’s analytics time zone and Do-Not-Track setting (any member)',
      request: { params: appParams },
      responses: { 200: json(Settings, 'Settings.'), ...errors },
    }),
    async (c) => c.json(await getSettings(database, await ctxOf(c)), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${base}/settings`,
      tags: [TAG],
      summary: 'Change the time zone (default Africa/Nairobi) or Do-Not-Track / GPC respect (admin)',
      request: {
        params: appParams,
        ...body(z.object({ timezone: z.string().max(64).optional(), respectDnt: z.boolean().optional() })),
      },
      responses: { 200: json(Settings, 'Updated.'), 400: { description: 'Unknown time zone.' }, ...errors },
    }),
    async (c) => {
      const { timezone, respectDnt } = c.req.valid('json');
      const patch = {
        ...(timezone === undefined ? {} : { timezone }),
        ...(respectDnt === undefined ? {} : { respectDnt }),
      };
      return c.json(await updateSettings(database, await ctxOf(c), patch), 200);
    },
  );
}

function shareRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: AnalyticsRouteDeps,
  appParams: z.ZodObject<{ appId: typeof Id }>,
  tokenParams: z.ZodObject<{ token: z.ZodString }>,
): void {
  const { database } = deps;
  const base = '/api/v1/apps/{appId}/analytics/share';
  const ctxOf = (c: Context<AppEnv>) => appContext(c, database, c.req.param('appId') ?? '');
  const withUrl = (s: { enabled: boolean; token: string | null; hasPassword: boolean }) => ({
    ...s,
    url: s.token ? `${deps.publicUrl}/share/${s.token}` : null,
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags: [TAG],
      summary: 'The public share link, if on (admin)',
      request: { params: appParams },
      responses: { 200: json(Share, 'The link.'), ...errors },
    }),
    async (c) => c.json(withUrl(await getShare(database, await ctxOf(c))), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: base,
      tags: [TAG],
      summary: 'Turn the share link on, set or remove its password, or make a new link (admin)',
      request: {
        params: appParams,
        ...body(
          z.object({
            password: z
              .string()
              .max(128)
              .nullable()
              .optional()
              .openapi({ description: 'string: set; null: remove; absent: keep' }),
            rotate: z.boolean().optional().openapi({ description: 'A new link (the old one stops working)' }),
          }),
        ),
      },
      responses: { 200: json(Share, 'The link.'), 400: { description: 'Password too short.' }, ...errors },
    }),
    async (c) => c.json(withUrl(await enableShare(database, await ctxOf(c), c.req.valid('json'))), 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: base,
      tags: [TAG],
      summary: 'Turn the share link off (admin)',
      request: { params: appParams },
      responses: { 204: { description: 'Off.' }, ...errors },
    }),
    async (c) => {
      await disableShare(database, await ctxOf(c));
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/shared/{token}',
      tags: [TAG],
      summary: 'Whose report a share link shows: the App’s name and site (same access as the reports)',
      'x-tenant-probe': 'capability',
      request: { params: tokenParams },
      responses: {
        200: json(
          z.object({ appName: z.string(), siteUrl: z.string() }).openapi('AnalyticsSharedApp'),
          'The App.',
        ),
        401: { description: 'The link has a password: unlock it first.' },
        404: { description: 'No such link.' },
      },
    }),
    async (c) => {
      const ctx = await shareContext(database, c.req.valid('param').token, c.req.header('x-share-access'));
      const app = await getApp(database, ctx);
      return c.json({ appName: app.name, siteUrl: `${deps.publicUrl}/s/${app.slug}/` }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/shared/{token}/unlock',
      tags: [TAG],
      summary: 'Unlock a password-protected share link; send the `access` back as `X-Share-Access`',
      'x-tenant-probe': 'capability',
      request: { params: tokenParams, ...body(z.object({ password: z.string().max(128) })) },
      responses: {
        200: json(z.object({ access: z.string(), expiresAt: z.string() }), 'Access for 12 hours.'),
        401: { description: 'Wrong password.' },
        404: { description: 'No such link.' },
        429: { description: 'Too many attempts.' },
      },
    }),
    async (c) => {
      const hit = await deps.rateLimits.hit(`share-unlock:${clientIp(c, deps.trustProxy)}`, UNLOCK_WINDOW_MS);
      if (hit.count > UNLOCKS_PER_IP)
        throw CoreErrors.rate_limited({ retryAfterSeconds: Math.ceil(hit.resetInMs / 1000) });
      return c.json(
        await unlockShare(database, c.req.valid('param').token, c.req.valid('json').password),
        200,
      );
    },
  );
}
