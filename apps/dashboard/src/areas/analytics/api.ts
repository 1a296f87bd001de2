/**
 * The analytics reports, from one of two places with the same shapes:
 * - an App the signed-in person belongs to (`/api/v1/apps/{appId}/analytics/…`), or
 * - a public share link (`/api/v1/shared/{token}/…`, with `X-Share-Access` once a password unlocked it).
 *
 * Screens take a `Scope` and never care which one it is, so the share page reuses every component.
 * Types come from the generated schema; a compile-time check below proves both places answer alike.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { queryString, type ReportQuery } from './search';

export type Scope =
  | { kind: 'app'; appId: string }
  | { kind: 'share'; token: string; access?: string | undefined };

export type Overview = Schemas['AnalyticsOverview'];
export type Timeseries = Schemas['AnalyticsTimeseries'];
export type Breakdown = Schemas['AnalyticsBreakdown'];
export type GoalsReport = Schemas['AnalyticsGoals'];
export type FunnelReport = Schemas['AnalyticsFunnel'];
/**
 * A funnel step with its numbers. The generated schema types `AnalyticsFunnel.steps` as the plain
 * steps intersected with optional stats (the server's Zod `extend` of `Funnel`), so name it here.
 */
export type FunnelStepStats = NonNullable<FunnelReport['steps']>[number];
export type Realtime = Schemas['AnalyticsRealtime'];
export type Insights = Schemas['AnalyticsInsights'];
export type Settings = Schemas['AnalyticsSettings'];
export type Share = Schemas['AnalyticsShare'];
export type GoalInput = Schemas['GoalInput'];
export type GoalKind = GoalInput['kind'];
export type FunnelInput = Schemas['FunnelInput'];
export type FunnelStepInput = FunnelInput['steps'][number];
export type Sparklines = Schemas['AnalyticsSparklines'];

/** The report endpoints both scopes have. */
export type ReportName =
  | 'overview'
  | 'timeseries'
  | 'pages'
  | 'sources'
  | 'utm'
  | 'devices'
  | 'goals'
  | 'funnels'
  | 'realtime'
  | 'insights';

type AppPath<N extends ReportName> = `/api/v1/apps/{appId}/analytics/${N}`;
type SharePath<N extends ReportName> = `/api/v1/shared/{token}/${N}`;
type Get<P extends keyof paths> = paths[P] extends { get: infer G } ? G : never;
type Json<G> = G extends { responses: { 200: { content: { 'application/json': infer J } } } } ? J : never;
type QueryOf<G> = G extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The body of each report, by name (the schema's own types; checked against the paths below). */
export interface Reports {
  overview: Overview;
  timeseries: Timeseries;
  pages: Breakdown;
  sources: Breakdown;
  utm: Breakdown;
  devices: Breakdown;
  goals: GoalsReport;
  funnels: { funnels: FunnelReport[] };
  realtime: Realtime;
  insights: Insights;
}
export type QueryFor<N extends ReportName> = QueryOf<Get<AppPath<N>>>;

// Both scopes answer every report with the body named above: if the server ever lets them drift
// (or a report's schema changes), this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type EveryReportAlike = {
  [N in ReportName]: Same<Reports[N], Json<Get<AppPath<N>>>> extends true
    ? Same<Reports[N], Json<Get<SharePath<N>>>>
    : false;
}[ReportName];
const _bothScopesAlike: false extends EveryReportAlike ? never : true = true;
void _bothScopesAlike;

/** The header a password-protected share link needs once unlocked. */
export function shareHeaders(scope: Scope): Record<string, string> {
  return scope.kind === 'share' && scope.access ? { 'X-Share-Access': scope.access } : {};
}

/** One report of either scope. */
export function fetchReport<N extends ReportName>(
  scope: Scope,
  name: N,
  query: QueryFor<N>,
): Promise<Reports[N]> {
  // One call site for ten reports × two scopes: the path is built from the (checked) report name, and
  // the result's type is the schema's own (see EveryReportAlike).
  const call =
    scope.kind === 'app'
      ? api.GET(`/api/v1/apps/{appId}/analytics/${name}` as AppPath<'overview'>, {
          params: { path: { appId: scope.appId }, query: query as QueryFor<'overview'> },
        })
      : api.GET(`/api/v1/shared/{token}/${name}` as SharePath<'overview'>, {
          params: { path: { token: scope.token }, query: query as QueryFor<'overview'> },
          headers: shareHeaders(scope),
        });
  return unwrap(call) as Promise<Reports[N]>;
}

const scopeKey = (scope: Scope) =>
  scope.kind === 'app' ? ['apps', scope.appId, 'analytics'] : ['shared', scope.token, scope.access ?? ''];

/** Every analytics query of a scope starts with this key (invalidate it after a change). */
export const analyticsKey = (scope: Scope) => scopeKey(scope);

export function reportQuery<N extends ReportName>(scope: Scope, name: N, query: QueryFor<N>) {
  return queryOptions({
    queryKey: [...scopeKey(scope), name, query] as const,
    queryFn: () => fetchReport(scope, name, query),
    // A new period or filter keeps the old numbers on screen (dimmed) until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** Visitors in the last five minutes, refreshed every 10 seconds while the screen is open. */
export const REALTIME_INTERVAL_MS = 10_000;

export function realtimeQuery(scope: Scope) {
  return queryOptions({
    queryKey: [...scopeKey(scope), 'realtime'] as const,
    queryFn: () => fetchReport(scope, 'realtime', {} as QueryFor<'realtime'>),
    refetchInterval: REALTIME_INTERVAL_MS,
    staleTime: 5_000,
  });
}

/** The address of a report as a CSV file: a plain link for an App (the session cookie goes along). */
export function csvHref(
  scope: Scope,
  name: ReportName,
  query: ReportQuery,
  extra: Record<string, string> = {},
) {
  const base =
    scope.kind === 'app'
      ? `/api/v1/apps/${encodeURIComponent(scope.appId)}/analytics/${name}`
      : `/api/v1/shared/${encodeURIComponent(scope.token)}/${name}`;
  return `${base}?${queryString(query, { ...extra, format: 'csv' })}`;
}

/** The public page of a share link, in this dashboard (the API's `url` is the JSON report). */
export function sharePageUrl(token: string, origin = globalThis.location?.origin ?? ''): string {
  return `${origin}/share/${encodeURIComponent(token)}`;
}

/** The 7-day visitors of every App I belong to: one call for the whole home page. */
export const sparklinesQuery = queryOptions({
  queryKey: ['analytics', 'sparklines'],
  queryFn: () => unwrap(api.GET('/api/v1/analytics/sparklines')),
  staleTime: 60_000,
});

export const settingsQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'analytics', 'settings'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/apps/{appId}/analytics/settings', { params: { path: { appId } } })),
  });

export const shareQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'analytics', 'share'],
    queryFn: () => unwrap(api.GET('/api/v1/apps/{appId}/analytics/share', { params: { path: { appId } } })),
  });

export const createGoal = (appId: string, body: GoalInput) =>
  unwrap(api.POST('/api/v1/apps/{appId}/analytics/goals', { params: { path: { appId } }, body }));

export const deleteGoal = (appId: string, goalId: string) =>
  unwrap(
    api.DELETE('/api/v1/apps/{appId}/analytics/goals/{goalId}', { params: { path: { appId, goalId } } }),
  );

export const createFunnel = (appId: string, body: FunnelInput) =>
  unwrap(api.POST('/api/v1/apps/{appId}/analytics/funnels', { params: { path: { appId } }, body }));

export const deleteFunnel = (appId: string, funnelId: string) =>
  unwrap(
    api.DELETE('/api/v1/apps/{appId}/analytics/funnels/{funnelId}', {
      params: { path: { appId, funnelId } },
    }),
  );

export const updateSettings = (appId: string, body: { timezone?: string; respectDnt?: boolean }) =>
  unwrap(api.PATCH('/api/v1/apps/{appId}/analytics/settings', { params: { path: { appId } }, body }));

export const enableShare = (appId: string, body: { password?: string | null; rotate?: boolean }) =>
  unwrap(api.PUT('/api/v1/apps/{appId}/analytics/share', { params: { path: { appId } }, body }));

export const disableShare = (appId: string) =>
  unwrap(api.DELETE('/api/v1/apps/{appId}/analytics/share', { params: { path: { appId } } }));

export const unlockShare = (token: string, password: string) =>
  unwrap(api.POST('/api/v1/shared/{token}/unlock', { params: { path: { token } }, body: { password } }));
