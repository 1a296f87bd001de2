import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  coreMigrations,
  countJobs,
  type Database,
  enqueue,
  getJob,
  JobWorker,
  ManualClock,
  openDatabase,
  queryRows,
  retryDeadJob,
} from '../src/index.js';
import {
  createEmptyServerDatabase,
  createTestDatabase,
  type TestDatabase,
  testServerUrl,
} from '../src/testing/index.js';
import { waitFor } from './helpers.js';

describe('durable jobs', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrations: [coreMigrations] });
  });
  afterAll(() => t?.close());

  it('a job enqueued in a rolled-back transaction never runs', async () => {
    const ran: string[] = [];
    await expect(
      t.transaction(async (tx) => {
        await enqueue(tx, 'rollback.test', { n: 1 });
        throw new Error('business write failed');
      }),
    ).rejects.toThrow('business write failed');
    const worker = new JobWorker({
      database: t,
      handlers: { 'rollback.test': async (job) => void ran.push(job.id) },
    });
    expect(await worker.runOnce()).toBe(0);
    expect(ran).toEqual([]);
    expect(await countJobs(t.db, 'rollback.test')).toEqual({});
  });

  it('a job enqueued in a committed transaction runs once and is marked succeeded', async () => {
    const seen: unknown[] = [];
    const id = await t.transaction((tx) => enqueue(tx, 'commit.test', { greeting: 'habari' }));
    const worker = new JobWorker({
      database: t,
      handlers: { 'commit.test': async (job) => void seen.push(job.payload) },
    });
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    expect(seen).toEqual([{ greeting: 'habari' }]);
    expect(await getJob(t.db, id ?? '')).toMatchObject({ status: 'succeeded', attempts: 1, lockedBy: null });
  });

  it('retries a failing job with backoff, then dead-letters it keeping the last error', async () => {
    const clock = new ManualClock();
    const id = await enqueue(t.db, 'always.fails', {}, { maxAttempts: 3, clock });
    let calls = 0;
    const worker = new JobWorker({
      database: t,
      clock,
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      random: () => 1,
      handlers: {
        'always.fails': async () => {
          calls++;
          throw new Error(`boom #${calls}`);
        },
      },
    });
    expect(await worker.runOnce()).toBe(1);
    let job = await getJob(t.db, id ?? '');
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job?.lastError).toContain('boom #1');
    expect(job?.runAt.getTime()).toBe(clock.now().getTime() + 1_000);
    expect(await worker.runOnce()).toBe(0); // not due yet
    clock.advance(1_000);
    expect(await worker.runOnce()).toBe(1);
    job = await getJob(t.db, id ?? '');
    expect(job?.runAt.getTime()).toBe(clock.now().getTime() + 2_000); // exponential
    clock.advance(2_000);
    expect(await worker.runOnce()).toBe(1);
    job = await getJob(t.db, id ?? '');
    expect(job).toMatchObject({ status: 'dead', attempts: 3 });
    expect(job?.lastError).toContain('boom #3');
    clock.advance(3_600_000);
    expect(await worker.runOnce()).toBe(0);
    expect(calls).toBe(3);
    // An operator can send it back to the queue.
    expect(await retryDeadJob(t.db, id ?? '', clock)).toBe(true);
    expect(await getJob(t.db, id ?? '')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('runs a scheduled job only once its time has come', async () => {
    const clock = new ManualClock('2026-05-01T08:00:00Z');
    const runAt = new Date('2026-05-01T09:00:00Z');
    await enqueue(t.db, 'scheduled.publish', { page: 'home' }, { runAt, clock });
    const ran: unknown[] = [];
    const worker = new JobWorker({
      database: t,
      clock,
      handlers: { 'scheduled.publish': async (j) => void ran.push(j.payload) },
    });
    expect(await worker.runOnce()).toBe(0);
    clock.set('2026-05-01T08:59:59.999Z');
    expect(await worker.runOnce()).toBe(0);
    clock.set(runAt);
    expect(await worker.runOnce()).toBe(1);
    expect(ran).toEqual([{ page: 'home' }]);
  });

  it('de-duplicates pending jobs with the same key', async () => {
    const first = await enqueue(t.db, 'dedupe.test', {}, { dedupeKey: 'page:1' });
    const second = await enqueue(t.db, 'dedupe.test', {}, { dedupeKey: 'page:1' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
    await new JobWorker({ database: t, handlers: { 'dedupe.test': async () => {} } }).runOnce();
    expect(await enqueue(t.db, 'dedupe.test', {}, { dedupeKey: 'page:1' })).not.toBeNull();
  });

  it('two workers never run the same job (SKIP LOCKED)', async () => {
    for (let i = 0; i < 20; i++) await enqueue(t.db, 'race.test', { i });
    const runs: number[] = [];
    const handler = async (job: { payload: unknown }) => {
      runs.push((job.payload as { i: number }).i);
      await new Promise((r) => setTimeout(r, 5));
    };
    const workers = [1, 2].map(
      () =>
        new JobWorker({
          database: t,
          concurrency: 3,
          pollIntervalMs: 10,
          handlers: { 'race.test': handler },
        }),
    );
    await Promise.all(workers.map((w) => w.start()));
    await waitFor(async () => (await countJobs(t.db, 'race.test')).succeeded === 20);
    await Promise.all(workers.map((w) => w.stop()));
    expect(runs.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('graceful stop finishes running jobs, or releases them when they overrun', async () => {
    const quick = await enqueue(t.db, 'stop.quick', {});
    let release!: () => void;
    const started = new Promise<void>((r) => {
      release = r;
    });
    const worker = new JobWorker({
      database: t,
      pollIntervalMs: 10,
      handlers: {
        'stop.quick': async () => {
          release();
          await new Promise((r) => setTimeout(r, 100));
        },
      },
    });
    await worker.start();
    await started;
    expect(await worker.stop(5_000)).toEqual({ finished: 1, released: 0 });
    expect(await getJob(t.db, quick ?? '')).toMatchObject({ status: 'succeeded' });

    const slow = await enqueue(t.db, 'stop.slow', {});
    let aborted = false;
    let go!: () => void;
    const running = new Promise<void>((r) => {
      go = r;
    });
    const stuck = new JobWorker({
      database: t,
      pollIntervalMs: 10,
      handlers: {
        'stop.slow': (_job, { signal }) =>
          new Promise<void>((resolve) => {
            go();
            signal.addEventListener('abort', () => {
              aborted = true;
              resolve();
            });
          }),
      },
    });
    await stuck.start();
    await running;
    expect(await stuck.stop(100)).toEqual({ finished: 0, released: 1 });
    expect(aborted).toBe(true);
    expect(await getJob(t.db, slow ?? '')).toMatchObject({ status: 'pending', attempts: 0, lockedBy: null });
  });

  // Regression: the poll timer was unref'd, so a process running only a worker (no HTTP server, no idle
  // database socket yet) could exit on its own before its first poll.
  it('a started worker keeps its process alive until stopped', async () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const worker = new JobWorker({
      database: t,
      pollIntervalMs: 60_123,
      handlers: { 'alive.test': async () => {} },
    });
    try {
      await worker.start();
      await waitFor(async () => spy.mock.calls.some((call) => call[1] === 60_123));
      const polls = spy.mock.calls
        .map((call, i) => ({ delay: call[1], timer: spy.mock.results[i]?.value as NodeJS.Timeout }))
        .filter((p) => p.delay === 60_123);
      expect(polls.length).toBeGreaterThan(0);
      for (const p of polls) expect(p.timer.hasRef()).toBe(true);
    } finally {
      spy.mockRestore();
      await worker.stop();
    }
  });

  it('dead-letters a job nobody can handle instead of retrying forever', async () => {
    const id = await enqueue(t.db, 'orphan.kind', {}, { maxAttempts: 1 });
    await t.db.execute(
      sql`UPDATE qspace_jobs SET status = 'running', attempts = 1, lease_until = now() - interval '1 minute' WHERE id = ${id}`,
    );
    const worker = new JobWorker({ database: t, handlers: { 'orphan.kind': async () => {} } });
    expect(await worker.runOnce()).toBe(1);
    const job = await getJob(t.db, id ?? '');
    expect(job?.status).toBe('dead');
    expect(job?.lastError).toMatch(/stopped unexpectedly/);
  });
});

describe('a job whose process is killed mid-run', () => {
  it('is retried after restart', async () => {
    const server = testServerUrl();
    const empty = server ? await createEmptyServerDatabase(server) : null;
    const dataDir = join(mkdtempSync(join(tmpdir(), 'qspace-jobs-')), 'data');
    const target = empty ? { url: empty.url } : { dataDir };
    try {
      let db: Database = await openDatabase({ ...target, migrations: [coreMigrations] });
      const id = await enqueue(db.db, 'crash.test', { step: 'charge' });
      if (!empty) await db.close(); // PGlite: one process at a time

      const child = spawn(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('./fixtures/crashing-worker.ts', import.meta.url))],
        { env: { ...process.env, TARGET: JSON.stringify(target) }, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes(`started ${id}`)) resolve();
        });
        child.on('exit', () => reject(new Error('worker process exited before starting the job')));
      });
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      if (!empty) db = await openDatabase({ ...target, migrations: [coreMigrations] });
      const stillRunning = await getJob(db.db, id ?? '');
      expect(stillRunning).toMatchObject({ status: 'running', attempts: 1 });
      const seen: number[] = [];
      const worker = new JobWorker({
        database: db,
        pollIntervalMs: 50,
        leaseMs: 1_000,
        handlers: { 'crash.test': async (job) => void seen.push(job.attempt) },
      });
      await worker.start(); // PGlite releases orphans at start; on a server the 1 s lease expires
      await waitFor(async () => (await getJob(db.db, id ?? ''))?.status === 'succeeded');
      await worker.stop();
      expect(seen).toEqual([2]);
      const rows = await queryRows<{ n: number }>(db.db, sql`SELECT count(*)::int AS n FROM qspace_jobs`);
      expect(rows[0]?.n).toBe(1);
      await db.close();
    } finally {
      await empty?.drop();
    }
  }, 90_000);
});
