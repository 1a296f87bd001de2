/**
 * Ingest against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): what is dropped,
 * what is stored, sessions, retries, and visitor identity across salt days (with a manual clock).
 */
import { ManualClock, queryRows, systemContext } from '@qspace/core';
import type { TestDatabase } from '@qspace/core/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsErrors, overview, runRollup, updateSettings } from '../src/index.js';
import {
  analyticsTestDatabase,
  clientId,
  createOwnedApp,
  LAPTOP,
  PHONE,
  pipelineFor,
  track,
} from './helpers.js';

const HOUR = 3_600_000;

describe('ingest', () => {
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof createOwnedApp>>;
  let other: Awaited<ReturnType<typeof createOwnedApp>>;
  const clock = new ManualClock('2026-03-10T07:00:00Z'); // 10:00 in Nairobi

  beforeAll(async () => {
    t = await analyticsTestDatabase();
    app = await createOwnedApp(t, 'Mama Oliech');
    other = await createOwnedApp(t, 'Other');
  });
  afterAll(() => t?.close());

  const rows = (appId: string) =>
    t.tenant(systemContext(appId, 'test'), (tx) =>
      queryRows<{
        name: string;
        pathname: string;
        source: string;
        channel: string;
        device: string;
        browser: string;
        os: string;
        screen: string;
        visitor_id: string;
        session_id: string;
        props: unknown;
        utm_source: string;
      }>(
        tx,
        sql`SELECT name, pathname, source, channel, device, browser, os, screen, visitor_id::text, session_id::text, props, utm_source
              FROM analytics_events WHERE app_id = ${appId} ORDER BY ts, event_id`,
      ),
    );

  it('stores an accepted page view with its attribution, device and screen, and never the IP', async () => {
    const p = pipelineFor(t, [app], clock);
    const result = await track(p, clock, app.host, {
      ip: '203.0.113.7',
      path: '/menu/',
      query: 'utm_source=instagram&utm_campaign=launch',
      referrer: 'https://l.instagram.com/',
    });
    expect(result).toEqual({ accepted: true });
    await p.stop();
    const [row] = await rows(app.appId);
    expect(row).toMatchObject({
      name: 'pageview',
      pathname: '/menu',
      source: 'Instagram',
      channel: 'Organic Social',
      utm_source: 'instagram',
      device: 'Mobile',
      browser: 'Chrome',
      os: 'Android',
      screen: 'Mobile',
    });
    const all = await t.system((tx) =>
      queryRows<{ t: string }>(tx, sql`SELECT row_to_json(e)::text AS t FROM analytics_events e`),
    );
    expect(all.map((r) => r.t).join()).not.toContain('203.0.113.7');
  });

  it('drops bots, headless browsers, foreign hosts, unknown Apps and absurd clocks without storing them', async () => {
    const p = pipelineFor(t, [app], clock);
    const base = {
      body: { n: 'pageview', u: `https://${app.host}/`, r: null, id: clientId(clock) },
      ip: '198.51.100.1',
      userAgent: PHONE,
      host: app.host,
      doNotTrack: false,
    };
    expect(
      await p.accept({
        ...base,
        userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      }),
    ).toEqual({ accepted: false, reason: 'bot' });
    expect(
      await p.accept({
        ...base,
        userAgent:
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
      }),
    ).toEqual({ accepted: false, reason: 'bot' });
    expect(await p.accept({ ...base, host: 'evil.example' })).toEqual({
      accepted: false,
      reason: 'foreign_host',
    });
    expect(await p.accept({ ...base, origin: 'https://evil.example' })).toEqual({
      accepted: false,
      reason: 'foreign_host',
    });
    expect(
      await p.accept({
        ...base,
        body: { ...base.body, u: 'https://nobody.sites.test/' },
        host: 'nobody.sites.test',
      }),
    ).toEqual({ accepted: false, reason: 'unknown_app' });
    const old = new ManualClock(clock.now().getTime() - 5 * 24 * HOUR);
    expect(await p.accept({ ...base, body: { ...base.body, id: clientId(old) } })).toEqual({
      accepted: false,
      reason: 'timestamp',
    });
    await expect(p.accept({ ...base, body: { n: 'pageview' } })).rejects.toMatchObject({
      code: AnalyticsErrors.event_invalid.code,
    });
    await p.stop();
    expect(p.stats.dropped).toMatchObject({ bot: 2, foreign_host: 2, unknown_app: 1, timestamp: 1 });
    expect(p.stats.written).toBe(0);
  });

  it('counts a retried event once', async () => {
    const p = pipelineFor(t, [other], clock);
    const body = { n: 'pageview', u: `https://${other.host}/`, r: null, id: clientId(clock) };
    const req = { body, ip: '198.51.100.2', userAgent: LAPTOP, host: other.host, doNotTrack: false };
    await p.accept(req);
    await p.accept(req); // same batch
    await p.flush();
    await p.accept(req); // a later retry
    await p.stop();
    expect(await rows(other.appId)).toHaveLength(1);
  });

  it('honours Do-Not-Track only when the App asks for it', async () => {
    const p = pipelineFor(t, [other], clock);
    const req = () => ({
      body: { n: 'pageview', u: `https://${other.host}/dnt`, r: null, id: clientId(clock) },
      ip: '198.51.100.3',
      userAgent: LAPTOP,
      host: other.host,
      doNotTrack: true,
    });
    expect(await p.accept(req())).toEqual({ accepted: true });
    await updateSettings(t, other.ctx, { respectDnt: true });
    const p2 = pipelineFor(t, [other], clock);
    expect(await p2.accept(req())).toEqual({ accepted: false, reason: 'do_not_track' });
    await Promise.all([p.stop(), p2.stop()]);
  });

  it('groups a visitor’s events into sessions that end after 30 minutes of inactivity', async () => {
    const c = new ManualClock('2026-03-10T08:00:00Z');
    const p = pipelineFor(t, [app], c);
    for (const [path, wait] of [
      ['/', 0],
      ['/about', 5],
      ['/contact', 10],
      ['/', 45],
    ] as const) {
      c.advance(wait * 60_000);
      await track(p, c, app.host, { ip: '192.0.2.50', ua: LAPTOP, path });
      await p.flush(); // sessions continue across batches
    }
    await p.stop();
    const sessions = await t.tenant(systemContext(app.appId, 'test'), (tx) =>
      queryRows<{ entry_path: string; exit_path: string; pageviews: number; seconds: number }>(
        tx,
        sql`SELECT entry_path, exit_path, pageviews, extract(epoch FROM last_seen - started_at)::int AS seconds
              FROM analytics_sessions WHERE app_id = ${app.appId} AND started_at >= '2026-03-10T08:00:00Z' ORDER BY started_at`,
      ),
    );
    expect(sessions).toEqual([
      { entry_path: '/', exit_path: '/contact', pageviews: 3, seconds: 900 },
      { entry_path: '/', exit_path: '/', pageviews: 1, seconds: 0 },
    ]);
  });

  it('counts the same visitor once on the same day and twice on the next day (the salt rotates)', async () => {
    const fresh = await createOwnedApp(t, 'Salt Test');
    const c = new ManualClock('2026-03-10T06:00:00Z'); // 09:00 Nairobi
    const visit = async () => {
      const p = pipelineFor(t, [fresh], c);
      await track(p, c, fresh.host, { ip: '203.0.113.99', ua: PHONE, path: '/' });
      await p.stop();
    };
    await visit();
    c.advance(5 * HOUR); // same day, a new session
    await visit();
    c.advance(60_000);
    const sameDay = await overview(t, fresh.ctx, { period: 'today' }, c);
    expect(sameDay.visitors.value).toBe(1);
    expect(sameDay.visits.value).toBe(2);
    c.advance(24 * HOUR); // the next day
    await visit();
    c.advance(60_000);
    const week = await overview(t, fresh.ctx, { period: '7d' }, c);
    expect(week.visitors.value).toBe(2);
    const ids = await t.tenant(systemContext(fresh.appId, 'test'), (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(DISTINCT visitor_id)::int AS n FROM analytics_events WHERE app_id = ${fresh.appId}`,
      ),
    );
    expect(ids[0]?.n).toBe(2);
  });

  it('deletes a day’s salt once that day has ended everywhere', async () => {
    const days = async () =>
      (await queryRows<{ day: string }>(t.db, sql`SELECT day::text FROM analytics_salts ORDER BY day`)).map(
        (r) => r.day,
      );
    expect(await days()).toContain('2026-03-10');
    await runRollup(t, { retentionDays: 60, clock: new ManualClock('2026-03-12T01:00:00Z') });
    expect(await days()).not.toContain('2026-03-10');
    expect((await days()).every((d) => d >= '2026-03-11')).toBe(true);
  });
});
