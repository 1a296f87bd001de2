import { enqueue, getJob } from '@qspace/core';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './harness.js';

describe('graceful shutdown', () => {
  it('drains in-flight requests, refuses new ones, reports not ready, then stops the worker', async () => {
    let entered!: () => void;
    const inside = new Promise<void>((r) => {
      entered = r;
    });
    let finishJob!: () => void;
    const jobGate = new Promise<void>((r) => {
      finishJob = r;
    });
    let jobStarted!: () => void;
    const jobRunning = new Promise<void>((r) => {
      jobStarted = r;
    });
    const s = await startTestServer({
      config: { JOBS_POLL_INTERVAL_MS: 20, SHUTDOWN_TIMEOUT_MS: 5_000 },
      jobHandlers: {
        'shutdown.test': async () => {
          jobStarted();
          await jobGate;
        },
      },
      extend: (app) => {
        app.get('/api/v1/slow', async (c) => {
          entered();
          await new Promise((r) => setTimeout(r, 400));
          return c.json({ done: true });
        });
        app.get('/api/v1/probe-ready', async (c) => c.json({ ok: true }));
      },
    });
    const jobId = await enqueue(s.database.db, 'shutdown.test', {});
    await jobRunning;

    const slow = s.request('/api/v1/slow');
    await inside;
    const stopping = s.stop('test');
    // The in-flight request completes normally.
    const res = await slow;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    // New connections are refused once the listener is closed.
    await expect(fetch(`${s.url}/healthz`)).rejects.toThrow();
    // The running job is allowed to finish within the timeout, then the database closes.
    finishJob();
    await stopping;
    expect(s.worker?.running).toBe(false);
    await expect(getJob(s.database.db, jobId ?? '')).rejects.toThrow();
  });

  it('reports not ready while shutting down so load balancers stop sending traffic', async () => {
    let release!: () => void;
    const hold = new Promise<void>((r) => {
      release = r;
    });
    let entered!: () => void;
    const inside = new Promise<void>((r) => {
      entered = r;
    });
    const s = await startTestServer({
      extend: (app) => {
        app.get('/api/v1/hold', async (c) => {
          entered();
          await hold;
          return c.json({});
        });
      },
    });
    const agent = s.request('/api/v1/hold', { headers: { Connection: 'keep-alive' } });
    await inside;
    const stopping = s.stop('test');
    const ready = await s.app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: { accepting: unknown } }).checks.accepting).toEqual({
      ok: false,
      detail: 'shutting down',
    });
    release();
    await agent;
    await stopping;
  });
});
