/**
 * Enqueueing. A job is a row written with the caller's executor — pass the transaction that makes
 * the business change, and the job exists if and only if that transaction commits.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type Clock, systemClock } from '../clock.js';
import { type Executor, queryRows } from '../db/database.js';
import { newId } from '../ids.js';
import { type JobRow, jobs } from './schema.js';

export interface EnqueueOptions {
  /** Run no earlier than this time (scheduled jobs). Default: now. */
  runAt?: Date;
  /** Attempts before the job is dead-lettered. Default 10. */
  maxAttempts?: number;
  /** When set, enqueueing is skipped while a pending/running job with this key exists. */
  dedupeKey?: string;
  clock?: Clock;
}

/** Writes a job; returns its id, or null when `dedupeKey` matched an existing job. */
export async function enqueue(
  executor: Executor,
  name: string,
  payload: unknown = {},
  options: EnqueueOptions = {},
): Promise<string | null> {
  const now = (options.clock ?? systemClock).now();
  const id = newId();
  const inserted = await executor
    .insert(jobs)
    .values({
      id,
      name,
      payload: payload as object,
      runAt: options.runAt ?? now,
      maxAttempts: options.maxAttempts ?? 10,
      dedupeKey: options.dedupeKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({
      target: jobs.dedupeKey,
      where: sql`${jobs.status} IN ('pending', 'running')`,
    })
    .returning({ id: jobs.id });
  return inserted[0]?.id ?? null;
}

export async function getJob(executor: Executor, id: string): Promise<JobRow | undefined> {
  const rows = await executor.select().from(jobs).where(eq(jobs.id, id));
  return rows[0];
}

/** Counts jobs by status (for readiness, admin and tests). */
export async function countJobs(executor: Executor, name?: string): Promise<Record<string, number>> {
  const rows = await queryRows<{ status: string; n: number }>(
    executor,
    sql`SELECT status, count(*)::int AS n FROM qspace_jobs ${name ? sql`WHERE name = ${name}` : sql``} GROUP BY status`,
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** Puts a dead job back in the queue with a fresh attempt budget. */
export async function retryDeadJob(
  executor: Executor,
  id: string,
  clock: Clock = systemClock,
): Promise<boolean> {
  const now = clock.now();
  const rows = await executor
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: now, updatedAt: now, finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning({ id: jobs.id });
  return rows.length > 0;
}
