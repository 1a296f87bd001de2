/**
 * A scheduled publish is a durable job: it happens at its time even when the server that
 * scheduled it was stopped in between. Runs `main.ts` as real processes on one database (an
 * on-disk PGlite folder, or the PostgreSQL server when TEST_DATABASE_URL is set).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyServerDatabase, testServerUrl } from '@qspace/core/testing';
import { describe, expect, it } from 'vitest';
import {
  as,
  exitOf,
  freePort,
  signedInUser,
  spawnServer,
  type TestServer,
  waitFor,
  waitReady,
} from './harness.js';

describe('scheduled publishing across a restart', () => {
  it('publishes at the scheduled time after the scheduling server was stopped and another started', async () => {
    const server = testServerUrl();
    const pgDb = server ? await createEmptyServerDatabase(server) : null;
    const dataEnv: Record<string, string> = pgDb
      ? { DATABASE_URL: pgDb.url }
      : { QSPACE_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'qspace-schedule-')), 'data') };
    const port = await freePort();
    const env = {
      ...dataEnv,
      PORT: String(port),
      NODE_ENV: 'development',
      DEMO_SEED: 'false',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      MEDIA_DIR: mkdtempSync(join(tmpdir(), 'qspace-media-')),
      JOBS_POLL_INTERVAL_MS: '200',
    };
    const start = async () => {
      const child = spawnServer(env);
      await waitReady(`http://127.0.0.1:${port}/readyz`, child, 60_000);
      return child;
    };
    const s = {
      url: `http://127.0.0.1:${port}`,
      port,
      request: (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init),
    } as unknown as TestServer;

    let child = await start();
    try {
      const owner = as(s, await signedInUser(s, 'owner@scheduled.test'));
      const app = await owner('POST', '/api/v1/apps', {
        name: 'Scheduled',
        slug: 'scheduled-site',
        starter: 'creators-utulivu',
      });
      expect(app.status).toBe(201);
      const appId = String(app.body?.id);
      const page = await owner('POST', `/api/v1/apps/${appId}/pages`, {
        title: 'Launch offer',
        slug: 'launch-offer',
      });
      expect(page.status).toBe(201);
      const pageId = String(page.body?.id);
      const at = new Date(Date.now() + 6_000);
      const scheduled = await owner('POST', `/api/v1/apps/${appId}/pages/${pageId}/publish`, {
        at: at.toISOString(),
      });
      expect(scheduled.body).toMatchObject({ status: 'draft', scheduledAt: at.toISOString() });
      expect((await s.request('/s/scheduled-site/launch-offer')).status).toBe(404);

      child.kill('SIGTERM');
      await exitOf(child);
      child = await start();

      await waitFor(async () => (await s.request('/s/scheduled-site/launch-offer')).status === 200, 30_000);
      expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
      const after = (await owner('GET', `/api/v1/apps/${appId}/pages/${pageId}`)).body;
      expect(after).toMatchObject({ status: 'published', scheduledAt: null });
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
      await pgDb?.drop();
    }
  }, 120_000);
});
