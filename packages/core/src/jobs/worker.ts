/**
 * The durable jobs worker. Claims due jobs with `FOR UPDATE SKIP LOCKED` (many workers, no double
 * runs), holds each under a lease it renews while the handler runs, and on failure either schedules
 * a retry with exponential backoff + jitter or, once attempts are spent, dead-letters the job with
 * its last error. A job whose worker died (SIGKILL, crash) is claimed again when its lease expires.
 */
import { sql } from 'drizzle-orm';
import { type Clock, systemClock } from '../clock.js';
import { type Database, queryRows } from '../db/database.js';
import { newId } from '../ids.js';
import { type Logger, silentLogger } from '../logger.js';
import { type BackoffOptions, backoffDelay, defaultBackoff } from './backoff.js';

/** Dates travel as ISO strings with an explicit cast: identical on both drivers. */
const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`;

export interface Job<P = unknown> {
  id: string;
  name: string;
  payload: P;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export interface JobRunContext {
  /** Aborted when the worker gives up on the job during shutdown. */
  signal: AbortSignal;
  database: Database;
  logger: Logger;
}

export type JobHandler<P = unknown> = (job: Job<P>, context: JobRunContext) => Promise<void>;

export interface WorkerOptions {
  database: Database;
  handlers: Record<string, JobHandler>;
  /** Jobs run at the same time by this worker. */
  concurrency?: number;
  pollIntervalMs?: number;
  /** How long a claim is valid without renewal; a dead worker's jobs are retried after it. */
  leaseMs?: number;
  backoff?: BackoffOptions;
  clock?: Clock;
  logger?: Logger;
  random?: () => number;
}

interface ClaimedRow {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

interface InFlight {
  controller: AbortController;
  done: Promise<void>;
}

export class JobWorker {
  readonly id = `worker-${newId()}`;
  readonly #o: Required<Omit<WorkerOptions, 'handlers' | 'database'>> & Pick<WorkerOptions, 'database'>;
  readonly #handlers: Map<string, JobHandler>;
  readonly #inFlight = new Map<string, InFlight>();
  #state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle';
  #timer: NodeJS.Timeout | null = null;
  #polling: Promise<void> | null = null;

  constructor(options: WorkerOptions) {
    this.#handlers = new Map(Object.entries(options.handlers));
    this.#o = {
      database: options.database,
      concurrency: options.concurrency ?? 2,
      pollIntervalMs: options.pollIntervalMs ?? 1_000,
      leaseMs: options.leaseMs ?? 30_000,
      backoff: options.backoff ?? defaultBackoff,
      clock: options.clock ?? systemClock,
      logger: options.logger ?? silentLogger(),
      random: options.random ?? Math.random,
    };
  }

  get running(): boolean {
    return this.#state === 'running';
  }

  /** Starts polling. On PGlite (one process owns the data), jobs left running by a crash are released first. */
  async start(): Promise<void> {
    if (this.#state !== 'idle') return;
    if (this.#o.database.kind === 'pglite') await this.#releaseOrphans();
    this.#state = 'running';
    this.#schedule(0);
  }

  /**
   * Claims and runs one batch, waiting for it to finish. Returns how many jobs ran. For tests and
   * one-shot tools; `start()` does this in a loop.
   */
  async runOnce(): Promise<number> {
    const claimed = await this.#claim(this.#o.concurrency - this.#inFlight.size);
    await Promise.all(claimed.map((row) => this.#run(row)));
    return claimed.length;
  }

  /**
   * Graceful stop: claims nothing more, waits up to `timeoutMs` for running jobs to finish, then
   * aborts the rest and releases their claims so another worker picks them up at once.
   */
  async stop(timeoutMs = 10_000): Promise<{ finished: number; released: number }> {
    if (this.#state === 'stopped') return { finished: 0, released: 0 };
    this.#state = 'stopping';
    if (this.#timer) clearTimeout(this.#timer);
    await this.#polling;
    const pending = [...this.#inFlight.entries()];
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), timeoutMs);
    });
    await Promise.race([Promise.all(pending.map(([, f]) => f.done)), timeout]);
    clearTimeout(timer);
    const stuck = [...this.#inFlight.keys()];
    for (const id of stuck) this.#inFlight.get(id)?.controller.abort(new Error('worker shutting down'));
    if (stuck.length > 0) await this.#release(stuck);
    this.#state = 'stopped';
    return { finished: pending.length - stuck.length, released: stuck.length };
  }

  // The poll timer is deliberately not unref'd: a running worker keeps its process alive (a worker-only
  // process has nothing else holding the event loop open); stop() clears it.
  #schedule(delayMs: number): void {
    if (this.#state !== 'running') return;
    this.#timer = setTimeout(() => {
      this.#polling = this.#poll().finally(() => {
        this.#polling = null;
      });
    }, delayMs);
  }

  async #poll(): Promise<void> {
    let claimedFull = false;
    try {
      const free = this.#o.concurrency - this.#inFlight.size;
      if (free > 0) {
        const claimed = await this.#claim(free);
        claimedFull = claimed.length === free;
        for (const row of claimed) void this.#run(row);
      }
    } catch (error) {
      this.#o.logger.error({ err: error }, 'job worker could not poll the queue');
    }
    // A full batch suggests more work is waiting: poll again right away.
    this.#schedule(claimedFull ? 0 : this.#o.pollIntervalMs);
  }

  async #claim(limit: number): Promise<ClaimedRow[]> {
    const names = [...this.#handlers.keys()];
    if (limit <= 0 || names.length === 0) return [];
    const now = this.#o.clock.now();
    const leaseUntil = new Date(now.getTime() + this.#o.leaseMs);
    return queryRows<ClaimedRow>(
      this.#o.database.db,
      sql`UPDATE qspace_jobs
             SET status = 'running', attempts = attempts + 1, locked_by = ${this.id},
                 lease_until = ${ts(leaseUntil)}, updated_at = ${ts(now)}
           WHERE id IN (
             SELECT id FROM qspace_jobs
              WHERE name IN (${sql.join(
                names.map((n) => sql`${n}`),
                sql`, `,
              )})
                AND ((status = 'pending' AND run_at <= ${ts(now)})
                  OR (status = 'running' AND lease_until < ${ts(now)}))
              ORDER BY run_at, id
              LIMIT ${limit}
              FOR UPDATE SKIP LOCKED)
       RETURNING id, name, payload, attempts, max_attempts`,
    );
  }

  #run(row: ClaimedRow): Promise<void> {
    const controller = new AbortController();
    const done = this.#execute(row, controller).finally(() => this.#inFlight.delete(row.id));
    this.#inFlight.set(row.id, { controller, done });
    return done;
  }

  async #execute(row: ClaimedRow, controller: AbortController): Promise<void> {
    const logger = this.#o.logger.child({ job: row.id, jobName: row.name, attempt: row.attempts });
    const handler = this.#handlers.get(row.name);
    if (row.attempts > row.max_attempts || !handler) {
      const reason = handler
        ? `gave up after ${row.max_attempts} attempts: the worker running it stopped unexpectedly each time`
        : `no handler registered for "${row.name}"`;
      await this.#finish(row, 'dead', reason);
      logger.error({ reason }, 'job dead-lettered');
      return;
    }
    const heartbeat = setInterval(() => void this.#renew(row.id), Math.max(50, this.#o.leaseMs / 3));
    heartbeat.unref?.();
    try {
      const job: Job = {
        id: row.id,
        name: row.name,
        payload: row.payload,
        attempt: row.attempts,
        maxAttempts: row.max_attempts,
      };
      await handler(job, { signal: controller.signal, database: this.#o.database, logger });
      if (controller.signal.aborted) return; // released during shutdown; the claim is no longer ours
      await this.#finish(row, 'succeeded', null);
      logger.debug('job succeeded');
    } catch (error) {
      if (controller.signal.aborted) return;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      if (row.attempts >= row.max_attempts) {
        await this.#finish(row, 'dead', message);
        logger.error({ err: error }, 'job failed for the last time and was dead-lettered');
      } else {
        const delay = backoffDelay(row.attempts, this.#o.backoff, this.#o.random);
        await this.#retryLater(row, message, delay);
        logger.warn({ err: error, retryInMs: delay }, 'job failed; will retry');
      }
    } finally {
      clearInterval(heartbeat);
    }
  }

  async #renew(id: string): Promise<void> {
    const now = this.#o.clock.now();
    const until = new Date(now.getTime() + this.#o.leaseMs);
    await this.#o.database.db
      .execute(
        sql`UPDATE qspace_jobs SET lease_until = ${ts(until)}, updated_at = ${ts(now)}
             WHERE id = ${id} AND locked_by = ${this.id} AND status = 'running'`,
      )
      .catch((error: unknown) => this.#o.logger.warn({ err: error, job: id }, 'could not renew job lease'));
  }

  async #finish(row: ClaimedRow, status: 'succeeded' | 'dead', lastError: string | null): Promise<void> {
    const now = this.#o.clock.now();
    await this.#o.database.db.execute(
      sql`UPDATE qspace_jobs
             SET status = ${status}, last_error = coalesce(${lastError}, last_error), finished_at = ${ts(now)},
                 updated_at = ${ts(now)}, locked_by = NULL, lease_until = NULL
           WHERE id = ${row.id} AND locked_by = ${this.id}`,
    );
  }

  async #retryLater(row: ClaimedRow, lastError: string, delayMs: number): Promise<void> {
    const now = this.#o.clock.now();
    await this.#o.database.db.execute(
      sql`UPDATE qspace_jobs
             SET status = 'pending', last_error = ${lastError}, run_at = ${ts(new Date(now.getTime() + delayMs))},
                 updated_at = ${ts(now)}, locked_by = NULL, lease_until = NULL
           WHERE id = ${row.id} AND locked_by = ${this.id}`,
    );
  }

  /** Gives claims back untouched: an interrupted run does not count as a failed attempt. */
  async #release(ids: string[]): Promise<void> {
    const now = this.#o.clock.now();
    await this.#o.database.db.execute(
      sql`UPDATE qspace_jobs
             SET status = 'pending', attempts = greatest(attempts - 1, 0), locked_by = NULL,
                 lease_until = NULL, updated_at = ${ts(now)}
           WHERE locked_by = ${this.id} AND status = 'running'
             AND id IN (${sql.join(
               ids.map((id) => sql`${id}`),
               sql`, `,
             )})`,
    );
  }

  async #releaseOrphans(): Promise<void> {
    const now = this.#o.clock.now();
    const rows = await queryRows<{ id: string }>(
      this.#o.database.db,
      sql`UPDATE qspace_jobs SET status = 'pending', locked_by = NULL, lease_until = NULL, updated_at = ${ts(now)}
           WHERE status = 'running' RETURNING id`,
    );
    if (rows.length > 0)
      this.#o.logger.warn({ jobs: rows.length }, 'released jobs left running by a previous process');
  }
}
