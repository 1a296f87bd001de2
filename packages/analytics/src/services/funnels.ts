/**
 * Funnels: ordered steps (pages or custom events). A visitor reaches step n when, after reaching
 * step n−1, they view that page or send that event within the period. Computed from raw events
 * (a funnel is a sequence per visitor, which hourly rollups cannot answer), so it reaches back as
 * far as raw events are kept.
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  type Database,
  type Executor,
  isId,
  newId,
  queryRows,
  systemClock,
  type TenantContext,
} from '@qspace/core';
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import {
  type FunnelInput,
  FunnelInput as FunnelSchema,
  type FunnelStep,
  MAX_FUNNELS,
} from '../domain/goals.js';
import { AnalyticsErrors } from '../errors.js';
import { funnels } from '../schema.js';
import { goalPredicate } from './aggregate.js';
import { inPeriod, type PeriodView, periodView, type ReportQuery } from './reports.js';

export interface FunnelView {
  id: string;
  name: string;
  steps: Array<{ kind: 'page' | 'event'; match: string; label: string }>;
  createdAt: string;
  updatedAt: string;
}

const view = (r: typeof funnels.$inferSelect): FunnelView => ({
  id: r.id,
  name: r.name,
  steps: r.steps,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

function parseFunnel(input: unknown): FunnelInput {
  const parsed = FunnelSchema.safeParse(input);
  if (!parsed.success)
    throw AnalyticsErrors.funnel_invalid({
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  return parsed.data;
}

async function load(tx: Executor, ctx: TenantContext, funnelId: string) {
  if (!isId(funnelId)) throw AnalyticsErrors.funnel_not_found({ funnelId });
  const [row] = await tx
    .select()
    .from(funnels)
    .where(and(eq(funnels.appId, ctx.appId), eq(funnels.id, funnelId)));
  if (!row) throw AnalyticsErrors.funnel_not_found({ funnelId });
  return row;
}

async function nameTaken(tx: Executor, appId: string, name: string, except?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: funnels.id })
    .from(funnels)
    .where(and(eq(funnels.appId, appId), sql`lower(${funnels.name}) = lower(${name})`));
  return rows.some((r) => r.id !== except);
}

export async function listFunnels(database: Database, ctx: TenantContext): Promise<FunnelView[]> {
  authorize(ctx, 'analytics.read');
  return database.tenant(ctx, async (tx) =>
    (await tx.select().from(funnels).where(eq(funnels.appId, ctx.appId)).orderBy(asc(funnels.createdAt))).map(
      view,
    ),
  );
}

export async function createFunnel(
  database: Database,
  ctx: TenantContext,
  input: FunnelInput,
  clock: Clock = systemClock,
): Promise<FunnelView> {
  authorize(ctx, 'analytics.manage');
  const funnel = parseFunnel(input);
  return database.tenant(ctx, async (tx) => {
    const [n] = await tx.select({ n: count() }).from(funnels).where(eq(funnels.appId, ctx.appId));
    if ((n?.n ?? 0) >= MAX_FUNNELS) throw AnalyticsErrors.funnel_limit({ max: MAX_FUNNELS });
    if (await nameTaken(tx, ctx.appId, funnel.name))
      throw AnalyticsErrors.funnel_name_taken({ name: funnel.name });
    const now = clock.now();
    const [row] = await tx
      .insert(funnels)
      .values({
        id: newId(),
        appId: ctx.appId,
        name: funnel.name,
        steps: funnel.steps,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return view(row as typeof funnels.$inferSelect);
  });
}

export async function updateFunnel(
  database: Database,
  ctx: TenantContext,
  funnelId: string,
  input: FunnelInput,
  clock: Clock = systemClock,
): Promise<FunnelView> {
  authorize(ctx, 'analytics.manage');
  return database.tenant(ctx, async (tx) => {
    await load(tx, ctx, funnelId); // another App's id is a 404 before anything about the body
    const funnel = parseFunnel(input);
    if (await nameTaken(tx, ctx.appId, funnel.name, funnelId))
      throw AnalyticsErrors.funnel_name_taken({ name: funnel.name });
    const [row] = await tx
      .update(funnels)
      .set({ name: funnel.name, steps: funnel.steps, updatedAt: clock.now() })
      .where(and(eq(funnels.appId, ctx.appId), eq(funnels.id, funnelId)))
      .returning();
    return view(row as typeof funnels.$inferSelect);
  });
}

export async function deleteFunnel(database: Database, ctx: TenantContext, funnelId: string): Promise<void> {
  authorize(ctx, 'analytics.manage');
  await database.tenant(ctx, async (tx) => {
    await load(tx, ctx, funnelId);
    await tx.delete(funnels).where(and(eq(funnels.appId, ctx.appId), eq(funnels.id, funnelId)));
  });
}

export interface FunnelStepStats {
  kind: 'page' | 'event';
  match: string;
  label: string;
  visitors: number;
  /** Share of the previous step's visitors who reached this one (1 for the first step). */
  conversionRate: number;
  /** Visitors lost between the previous step and this one. */
  dropOff: number;
  dropOffRate: number;
}

export interface FunnelReport extends FunnelView {
  period: PeriodView;
  steps: FunnelStepStats[];
  /** Share of the first step's visitors who reached the last step. */
  conversionRate: number;
}

function stepPredicate(step: FunnelStep, a: string): SQL {
  return goalPredicate({ id: '', kind: step.kind === 'page' ? 'page' : 'event', match: step.match }, a);
}

/** Visitors reaching each step in order, within the period. */
async function stepCounts(
  tx: Executor,
  appId: string,
  steps: FunnelStep[],
  from: Date,
  to: Date,
): Promise<number[]> {
  const window = sql`e.app_id = ${appId} AND e.ts >= ${from.toISOString()}::timestamptz AND e.ts < ${to.toISOString()}::timestamptz AND e.visitor_id <> 0`;
  const ctes: SQL[] = steps.map((step, i) =>
    i === 0
      ? sql`s0 AS (SELECT e.visitor_id, min(e.ts) AS t FROM analytics_events e WHERE ${window} AND ${stepPredicate(step, 'e')} GROUP BY e.visitor_id)`
      : sql`${sql.raw(`s${i}`)} AS (SELECT e.visitor_id, min(e.ts) AS t FROM analytics_events e
              JOIN ${sql.raw(`s${i - 1}`)} prev ON prev.visitor_id = e.visitor_id
             WHERE ${window} AND e.ts > prev.t AND ${stepPredicate(step, 'e')} GROUP BY e.visitor_id)`,
  );
  const counts = steps.map(
    (_, i) => sql`(SELECT count(*)::int FROM ${sql.raw(`s${i}`)}) AS ${sql.raw(`c${i}`)}`,
  );
  const [row] = await queryRows<Record<string, number>>(
    tx,
    sql`WITH ${sql.join(ctes, sql`, `)} SELECT ${sql.join(counts, sql`, `)}`,
  );
  return steps.map((_, i) => Number(row?.[`c${i}`] ?? 0));
}

const rate = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);

export function funnelStats(
  steps: FunnelView['steps'],
  counts: number[],
): { steps: FunnelStepStats[]; conversionRate: number } {
  const stats = steps.map((s, i) => {
    const visitors = counts[i] ?? 0;
    const before = i === 0 ? visitors : (counts[i - 1] ?? 0);
    return {
      ...s,
      visitors,
      conversionRate: i === 0 ? 1 : rate(visitors, before),
      dropOff: i === 0 ? 0 : before - visitors,
      dropOffRate: i === 0 ? 0 : rate(before - visitors, before),
    };
  });
  return { steps: stats, conversionRate: rate(counts[counts.length - 1] ?? 0, counts[0] ?? 0) };
}

/** Every funnel (or one) with visitors per step and drop-off for the period. */
export async function funnelsReport(
  database: Database,
  ctx: TenantContext,
  query: ReportQuery & { funnelId?: string },
  clock: Clock = systemClock,
): Promise<FunnelReport[]> {
  return inPeriod(database, ctx, query, clock, async (tx, period) => {
    const rows = query.funnelId
      ? [await load(tx, ctx, query.funnelId)]
      : await tx.select().from(funnels).where(eq(funnels.appId, ctx.appId)).orderBy(asc(funnels.createdAt));
    const out: FunnelReport[] = [];
    for (const row of rows) {
      const counts = await stepCounts(tx, ctx.appId, row.steps, period.from, period.to);
      out.push({ ...view(row), period: periodView(period), ...funnelStats(row.steps, counts) });
    }
    return out;
  });
}
