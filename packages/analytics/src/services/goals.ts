/**
 * Goals: CRUD (admin) and the conversions report (any member). Creating or changing a goal queues
 * a backfill job that computes its rollups over the raw events still kept; until it has run, the
 * goal's conversions before the last rollup are missing (newer ones are read live).
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  type Database,
  type Executor,
  enqueue,
  isId,
  newId,
  systemClock,
  type TenantContext,
} from '@qspace/core';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { GoalInput, MAX_GOALS } from '../domain/goals.js';
import { AnalyticsErrors } from '../errors.js';
import { goals } from '../schema.js';
import type { Filters } from './aggregate.js';
import { readMetrics, totalsOf } from './metrics.js';
import { inPeriod, type PeriodView, periodView, type ReportQuery } from './reports.js';
import { GOAL_BACKFILL_JOB } from './rollup.js';

export interface GoalView {
  id: string;
  name: string;
  kind: 'page' | 'event' | 'form';
  match: string;
  createdAt: string;
}

const view = (r: typeof goals.$inferSelect): GoalView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  match: r.match,
  createdAt: r.createdAt.toISOString(),
});

function parseGoal(input: unknown): GoalInput {
  const parsed = GoalInput.safeParse(input);
  if (!parsed.success)
    throw AnalyticsErrors.goal_invalid({
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  return parsed.data;
}

export async function listGoals(database: Database, ctx: TenantContext): Promise<GoalView[]> {
  authorize(ctx, 'analytics.read');
  return database.tenant(ctx, async (tx) =>
    (await tx.select().from(goals).where(eq(goals.appId, ctx.appId)).orderBy(asc(goals.createdAt))).map(view),
  );
}

async function load(tx: Executor, ctx: TenantContext, goalId: string) {
  if (!isId(goalId)) throw AnalyticsErrors.goal_not_found({ goalId });
  const [row] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.appId, ctx.appId), eq(goals.id, goalId)));
  if (!row) throw AnalyticsErrors.goal_not_found({ goalId });
  return row;
}

async function nameTaken(tx: Executor, appId: string, name: string, except?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.appId, appId), sql`lower(${goals.name}) = lower(${name})`));
  return rows.some((r) => r.id !== except);
}

export async function createGoal(
  database: Database,
  ctx: TenantContext,
  input: GoalInput,
  clock: Clock = systemClock,
): Promise<GoalView> {
  authorize(ctx, 'analytics.manage');
  const goal = parseGoal(input);
  return database.tenant(ctx, async (tx) => {
    const [n] = await tx.select({ n: count() }).from(goals).where(eq(goals.appId, ctx.appId));
    if ((n?.n ?? 0) >= MAX_GOALS) throw AnalyticsErrors.goal_limit({ max: MAX_GOALS });
    if (await nameTaken(tx, ctx.appId, goal.name)) throw AnalyticsErrors.goal_name_taken({ name: goal.name });
    const [row] = await tx
      .insert(goals)
      .values({
        id: newId(),
        appId: ctx.appId,
        name: goal.name,
        kind: goal.kind,
        match: goal.match,
        createdAt: clock.now(),
      })
      .returning();
    const created = row as typeof goals.$inferSelect;
    await enqueue(tx, GOAL_BACKFILL_JOB, { appId: ctx.appId, goalId: created.id }, { clock });
    return view(created);
  });
}

export async function updateGoal(
  database: Database,
  ctx: TenantContext,
  goalId: string,
  input: GoalInput,
  clock: Clock = systemClock,
): Promise<GoalView> {
  authorize(ctx, 'analytics.manage');
  return database.tenant(ctx, async (tx) => {
    const current = await load(tx, ctx, goalId); // another App's id is a 404 before anything about the body
    const goal = parseGoal(input);
    if (await nameTaken(tx, ctx.appId, goal.name, goalId))
      throw AnalyticsErrors.goal_name_taken({ name: goal.name });
    const [row] = await tx
      .update(goals)
      .set({ name: goal.name, kind: goal.kind, match: goal.match })
      .where(and(eq(goals.appId, ctx.appId), eq(goals.id, goalId)))
      .returning();
    if (current.kind !== goal.kind || current.match !== goal.match)
      await enqueue(tx, GOAL_BACKFILL_JOB, { appId: ctx.appId, goalId }, { clock });
    return view(row as typeof goals.$inferSelect);
  });
}

export async function deleteGoal(database: Database, ctx: TenantContext, goalId: string): Promise<void> {
  authorize(ctx, 'analytics.manage');
  await database.tenant(ctx, async (tx) => {
    await load(tx, ctx, goalId);
    await tx.delete(goals).where(and(eq(goals.appId, ctx.appId), eq(goals.id, goalId)));
    await tx.execute(
      sql`DELETE FROM analytics_rollups WHERE app_id = ${ctx.appId}
            AND dim IN ('goal', 'goal_source', 'goal_entry') AND (value = ${goalId} OR value LIKE ${`${goalId}|%`})`,
    );
  });
}

export interface GoalStats extends GoalView {
  /** Times the goal was reached. */
  conversions: number;
  /** Visitors who reached it (a submission with no tracked visitor counts as one). */
  visitors: number;
  /** visitors ÷ all visitors of the period, 0–1. */
  conversionRate: number;
  /** Conversion rate per source (the sources that converted), best first. */
  sources: Array<{ source: string; visitors: number; converted: number; conversionRate: number }>;
}

const rate = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10_000) / 10_000);

/** Every goal with its conversions, conversion rate and conversion rate per source for the period. */
export async function goalsReport(
  database: Database,
  ctx: TenantContext,
  query: ReportQuery,
  clock: Clock = systemClock,
): Promise<{ period: PeriodView; visitors: number; goals: GoalStats[] }> {
  return inPeriod(database, ctx, query, clock, async (tx, period) => {
    const list = await tx
      .select()
      .from(goals)
      .where(eq(goals.appId, ctx.appId))
      .orderBy(asc(goals.createdAt));
    const filters: Filters = query.filters ?? {};
    const rows = await readMetrics(tx, ctx.appId, period, {
      dims: ['total', 'source'],
      goals: list.map((g) => ({ id: g.id, kind: g.kind, match: g.match })),
      goalDims: ['goal', 'goal_source'],
      filters,
    });
    const total = totalsOf(rows).visitors;
    const sourceVisitors = new Map(rows.filter((r) => r.dim === 'source').map((r) => [r.value, r.visitors]));
    return {
      period: periodView(period),
      visitors: total,
      goals: list.map((g) => {
        const own = rows.find((r) => r.dim === 'goal' && r.value === g.id);
        const sources = rows
          .filter((r) => r.dim === 'goal_source' && r.value.startsWith(`${g.id}|`))
          .map((r) => {
            const source = r.value.slice(g.id.length + 1);
            const visitors = sourceVisitors.get(source) ?? 0;
            return { source, visitors, converted: r.visitors, conversionRate: rate(r.visitors, visitors) };
          })
          .sort((a, b) => b.converted - a.converted || b.conversionRate - a.conversionRate);
        return {
          ...view(g),
          conversions: own?.events ?? 0,
          visitors: own?.visitors ?? 0,
          conversionRate: rate(own?.visitors ?? 0, total),
          sources,
        };
      }),
    };
  });
}
