/** The durable jobs table (owned by core; generated into `migrations/` by drizzle-kit). */
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const JOB_STATUSES = ['pending', 'running', 'succeeded', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const jobs = pgTable(
  'qspace_jobs',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull().default({}),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(10),
    runAt: tz('run_at').notNull(),
    /** Optional de-duplication key: at most one pending/running job per key. */
    dedupeKey: text('dedupe_key'),
    lockedBy: text('locked_by'),
    leaseUntil: tz('lease_until'),
    lastError: text('last_error'),
    createdAt: tz('created_at').notNull(),
    updatedAt: tz('updated_at').notNull(),
    finishedAt: tz('finished_at'),
  },
  (t) => [
    index('qspace_jobs_due_idx').on(t.runAt).where(sql`${t.status} = 'pending'`),
    index('qspace_jobs_lease_idx').on(t.leaseUntil).where(sql`${t.status} = 'running'`),
    index('qspace_jobs_status_idx').on(t.status, t.name),
    uniqueIndex('qspace_jobs_dedupe_idx').on(t.dedupeKey).where(sql`${t.status} IN ('pending', 'running')`),
  ],
);

export type JobRow = typeof jobs.$inferSelect;
