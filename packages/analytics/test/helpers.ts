/** Shared test setup: a migrated database (PGlite, or PostgreSQL via TEST_DATABASE_URL), Apps, events. */
import { authMigrations, createApp, users } from '@qspace/auth';
import { coreMigrations, type ManualClock, newId, type TenantContext } from '@qspace/core';
import { createTestDatabase, type TestDatabase } from '@qspace/core/testing';
import { analyticsMigrations, IngestPipeline } from '../src/index.js';

export function analyticsTestDatabase(): Promise<TestDatabase> {
  return createTestDatabase({ migrations: [coreMigrations, authMigrations, analyticsMigrations] });
}

/** Creates a user and an App they own; returns the owner's tenant context and the site host. */
export async function createOwnedApp(t: TestDatabase, name = 'Test App') {
  const userId = newId();
  await t.system((tx) =>
    tx
      .insert(users)
      .values({ id: userId, name: 'Owner', email: `${userId}@example.test`, emailVerified: true }),
  );
  const slug = `app-${userId.slice(-12)}`;
  const app = await createApp(t, userId, { name, slug });
  const ctx: TenantContext = { appId: app.id, actor: { type: 'user', id: userId }, role: 'owner' };
  return { ctx, appId: app.id, slug, host: `${slug}.sites.test`, userId };
}

export function as(ctx: TenantContext, role: TenantContext['role']): TenantContext {
  return { ...ctx, role };
}

/** A pipeline whose sites are `<slug>.sites.test` for the given Apps. */
export function pipelineFor(
  t: TestDatabase,
  apps: Array<{ appId: string; host: string }>,
  clock: ManualClock,
) {
  const byHost = new Map(apps.map((a) => [a.host, a.appId]));
  return new IngestPipeline({
    database: t,
    clock,
    flushMs: 60_000,
    resolveApp: (url) => {
      const appId = byHost.get(url.hostname);
      return appId ? { appId, path: url.pathname } : null;
    },
  });
}

export const PHONE =
  'Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
export const LAPTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

let counter = 0;
/** A UUIDv7-shaped client id stamped at the clock's time. */
export function clientId(clock: ManualClock): string {
  const t = clock.now().getTime().toString(16).padStart(12, '0');
  const r = (++counter).toString(16).padStart(15, '0');
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r.slice(0, 3)}-8${r.slice(3, 6)}-${r.slice(6, 15)}000`;
}

export interface Visit {
  ip: string;
  ua?: string;
  path: string;
  referrer?: string;
  query?: string;
  name?: string;
  props?: Record<string, string>;
  width?: number;
}

/** Sends one event through the pipeline as a browser on `host` would. */
export function track(p: IngestPipeline, clock: ManualClock, host: string, v: Visit) {
  return p.accept({
    body: {
      n: v.name ?? 'pageview',
      u: `https://${host}${v.path}${v.query ? `?${v.query}` : ''}`,
      r: v.referrer ?? null,
      id: clientId(clock),
      p: v.props ?? null,
      w: v.width ?? 390,
    },
    ip: v.ip,
    userAgent: v.ua ?? PHONE,
    host,
    doNotTrack: false,
  });
}
