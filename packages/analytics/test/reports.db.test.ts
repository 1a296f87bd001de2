/**
 * Rollups and the read side against a real database: a scripted day of traffic, the numbers each
 * report must show, the same numbers after the rollup job (and after raw events are gone), goals,
 * funnels, CSV, share links, insights and permissions.
 */
import { ManualClock, publishEvent, queryRows, systemContext } from '@qspace/core';
import type { TestDatabase } from '@qspace/core/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AnalyticsErrors,
  backfillGoal,
  breakdown,
  breakdownCsv,
  createFunnel,
  createGoal,
  deleteGoal,
  enableShare,
  FORM_SUBMITTED_EVENT,
  funnelsReport,
  goalsReport,
  insights,
  overview,
  realtime,
  runRollup,
  shareContext,
  sparklines,
  timeseries,
  unlockShare,
} from '../src/index.js';
import {
  analyticsTestDatabase,
  as,
  createOwnedApp,
  LAPTOP,
  PHONE,
  pipelineFor,
  track,
  type Visit,
} from './helpers.js';

const MIN = 60_000;

describe('reports over rollups and raw events', () => {
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof createOwnedApp>>;
  const clock = new ManualClock('2026-03-10T07:00:00Z'); // 10:00 in Nairobi
  const at = (iso: string) => new ManualClock(iso);

  async function visit(when: string, v: Visit) {
    const c = at(when);
    const p = pipelineFor(t, [app], c);
    expect(await track(p, c, app.host, v)).toEqual({ accepted: true });
    await p.stop();
  }

  beforeAll(async () => {
    t = await analyticsTestDatabase();
    app = await createOwnedApp(t, 'Mama Oliech');
    // Visitor A (phone) from Instagram: three pages in 10 minutes.
    const a = { ip: '203.0.113.1', ua: PHONE };
    await visit('2026-03-10T07:00:00Z', {
      ...a,
      path: '/',
      query: 'utm_source=instagram',
      referrer: 'https://l.instagram.com/',
    });
    await visit('2026-03-10T07:05:00Z', { ...a, path: '/menu', referrer: `https://${app.host}/` });
    await visit('2026-03-10T07:10:00Z', { ...a, path: '/contact', referrer: `https://${app.host}/menu` });
    // Visitor B (laptop) from Google: one page, then a custom event a minute later.
    const b = { ip: '203.0.113.2', ua: LAPTOP, width: 1280 };
    await visit('2026-03-10T07:02:00Z', { ...b, path: '/', referrer: 'https://www.google.com/' });
    await visit('2026-03-10T07:03:00Z', { ...b, path: '/', name: 'signup', props: { plan: 'pro' } });
    // Visitor A again after 50 minutes: a new (direct) session in the next hour.
    await visit('2026-03-10T08:00:00Z', { ...a, path: '/menu' });
    // A contact-form submission (content's outbox event) at 08:30, by nobody the tracker saw.
    await t.tenant(systemContext(app.appId, 'test'), (tx) =>
      publishEvent(tx, {
        appId: app.appId,
        type: FORM_SUBMITTED_EVENT,
        payload: { submissionId: '0195f000-0000-7000-8000-000000000001', formName: 'Booking' },
        occurredAt: new Date('2026-03-10T08:30:00Z'),
      }),
    );
    clock.set('2026-03-10T09:30:00Z');
  });
  afterAll(() => t?.close());

  const expectDay = async () => {
    const o = await overview(t, app.ctx, { period: 'today' }, clock);
    expect(o.visitors.value).toBe(2);
    expect(o.pageviews.value).toBe(5);
    expect(o.visits.value).toBe(3);
    expect(o.bounceRate.value).toBeCloseTo(2 / 3, 3); // B, and A's second visit
    expect(o.avgDuration.value).toBeCloseTo((600 + 60 + 0) / 3, 1);
    const pages = await breakdown(t, app.ctx, 'page', { period: 'today' }, clock);
    expect(pages.rows.map((r) => [r.value, r.visitors, r.pageviews])).toEqual([
      ['/', 2, 2],
      ['/menu', 1, 2],
      ['/contact', 1, 1],
    ]);
    const sources = await breakdown(t, app.ctx, 'source', { period: 'today' }, clock);
    expect(sources.rows.map((r) => [r.value, r.visitors, r.visits]).sort()).toEqual([
      ['', 1, 1],
      ['Google', 1, 1],
      ['Instagram', 1, 1],
    ]);
    const channels = await breakdown(t, app.ctx, 'channel', { period: 'today' }, clock);
    expect(Object.fromEntries(channels.rows.map((r) => [r.value, r.visits]))).toEqual({
      'Organic Social': 1,
      'Organic Search': 1,
      Direct: 1,
    });
    const devices = await breakdown(t, app.ctx, 'device', { period: 'today' }, clock);
    expect(Object.fromEntries(devices.rows.map((r) => [r.value, r.visitors]))).toEqual({
      Mobile: 1,
      Desktop: 1,
    });
    const entries = await breakdown(t, app.ctx, 'exit', { period: 'today' }, clock);
    expect(Object.fromEntries(entries.rows.map((r) => [r.value, r.visits]))).toEqual({
      '/contact': 1,
      '/': 1,
      '/menu': 1,
    });
    const series = await timeseries(t, app.ctx, { period: 'today' }, clock);
    const byHour = Object.fromEntries(
      series.points.filter((p) => p.pageviews > 0).map((p) => [p.label, [p.visitors, p.pageviews]]),
    );
    expect(byHour).toEqual({ '2026-03-10 10:00': [2, 4], '2026-03-10 11:00': [1, 1] });
  };

  it('answers from raw events before any rollup', async () => {
    await expectDay();
  });

  it('answers the same from the hourly rollups, exactly', async () => {
    const report = await runRollup(t, { retentionDays: 60, clock });
    expect(report.apps).toBe(1);
    const stored = await t.tenant(systemContext(app.appId, 'test'), (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM analytics_rollups WHERE app_id = ${app.appId}`,
      ),
    );
    expect(stored[0]?.n).toBeGreaterThan(10);
    await expectDay();
  });

  it('imports form submissions from the outbox as conversions, once', async () => {
    await runRollup(t, { retentionDays: 60, clock });
    const forms = await t.tenant(systemContext(app.appId, 'test'), (tx) =>
      queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM analytics_events WHERE app_id = ${app.appId} AND name = 'form_submitted'`,
      ),
    );
    expect(forms[0]?.n).toBe(1);
  });

  it('computes goals from rollups after a backfill, with conversion rate per source', async () => {
    const contact = await createGoal(
      t,
      app.ctx,
      { name: 'Saw contact', kind: 'page', match: '/contact' },
      clock,
    );
    const signup = await createGoal(t, app.ctx, { name: 'Signed up', kind: 'event', match: 'signup' }, clock);
    const booking = await createGoal(t, app.ctx, { name: 'Booked', kind: 'form', match: 'Booking' }, clock);
    for (const g of [contact, signup, booking]) await backfillGoal(t, app.appId, g.id, 60, clock);
    const report = await goalsReport(t, app.ctx, { period: 'today' }, clock);
    const byName = Object.fromEntries(report.goals.map((g) => [g.name, g]));
    expect(byName['Saw contact']).toMatchObject({ conversions: 1, visitors: 1, conversionRate: 0.5 });
    expect(byName['Saw contact']?.sources).toEqual([
      { source: 'Instagram', visitors: 1, converted: 1, conversionRate: 1 },
    ]);
    expect(byName['Signed up']).toMatchObject({ conversions: 1, visitors: 1 });
    expect(byName.Booked).toMatchObject({ conversions: 1, visitors: 1 });
    await deleteGoal(t, app.ctx, booking.id);
    expect((await goalsReport(t, app.ctx, { period: 'today' }, clock)).goals).toHaveLength(2);
    const csv = breakdownCsv('page', (await breakdown(t, app.ctx, 'page', { period: 'today' }, clock)).rows);
    expect(csv.split('\r\n')[1]).toBe('/,2,2,0,0,0,100');
  });

  it('keeps answering, goals included, once raw events are gone', async () => {
    // Raw rows removed behind the rollups' back: the reports no longer need them.
    await t.tenant(systemContext(app.appId, 'test'), async (tx) => {
      await tx.execute(
        sql`DELETE FROM analytics_events WHERE app_id = ${app.appId} AND ts < '2026-03-10T09:00:00Z'`,
      );
      await tx.execute(sql`DELETE FROM analytics_sessions WHERE app_id = ${app.appId}`);
    });
    await expectDay();
    const goals = await goalsReport(t, app.ctx, { period: 'today' }, clock);
    expect(goals.goals.find((g) => g.name === 'Saw contact')).toMatchObject({ conversions: 1, visitors: 1 });
  });

  it('only lets admins manage goals; viewers read', async () => {
    await expect(
      createGoal(t, as(app.ctx, 'editor'), { name: 'Nope', kind: 'page', match: '/x' }, clock),
    ).rejects.toMatchObject({ status: 403 });
    await expect(goalsReport(t, as(app.ctx, 'viewer'), { period: 'today' }, clock)).resolves.toBeTruthy();
    await expect(
      createGoal(t, app.ctx, { name: 'saw CONTACT', kind: 'page', match: '/y' }, clock),
    ).rejects.toMatchObject({ code: AnalyticsErrors.goal_name_taken.code });
  });

  it('counts funnel steps in order, with drop-off', async () => {
    // Fresh raw traffic (the earlier rows were deleted): C does / → /menu → /contact, D stops at /menu, E only /.
    const steps = [
      ['203.0.113.3', ['/', '/menu', '/contact']],
      ['203.0.113.4', ['/', '/menu']],
      ['203.0.113.5', ['/']],
      ['203.0.113.6', ['/contact', '/menu']], // wrong order: never reaches step 1 … counts only if / first
    ] as const;
    for (const [ip, paths] of steps) {
      let m = 0;
      for (const path of paths)
        await visit(new Date(Date.parse('2026-03-10T09:05:00Z') + m++ * MIN).toISOString(), {
          ip,
          ua: PHONE,
          path,
        });
    }
    const funnel = await createFunnel(t, app.ctx, {
      name: 'To contact',
      steps: [
        { kind: 'page', match: '/', label: 'Home' },
        { kind: 'page', match: '/menu', label: 'Menu' },
        { kind: 'page', match: '/contact', label: 'Contact' },
      ],
    });
    const [report] = await funnelsReport(t, app.ctx, { period: 'today', funnelId: funnel.id }, clock);
    expect(report?.steps.map((s) => [s.label, s.visitors, s.dropOff])).toEqual([
      ['Home', 3, 0],
      ['Menu', 2, 1],
      ['Contact', 1, 1],
    ]);
    expect(report?.conversionRate).toBeCloseTo(1 / 3, 3);
  });

  it('shows real-time visitors of the last five minutes', async () => {
    const now = at('2026-03-10T09:09:00Z');
    const live = await realtime(t, app.ctx, now);
    expect(live.visitors).toBe(4);
    expect(await realtime(t, app.ctx, at('2026-03-10T09:30:00Z'))).toMatchObject({ visitors: 0 });
  });

  it('serves a share link only with its password, read-only', async () => {
    const share = await enableShare(t, app.ctx, { password: 'karibu sana' });
    const token = share.token as string;
    await expect(shareContext(t, token, undefined, clock)).rejects.toMatchObject({
      code: AnalyticsErrors.share_locked.code,
    });
    await expect(unlockShare(t, token, 'wrong password', clock)).rejects.toMatchObject({
      code: AnalyticsErrors.share_password_wrong.code,
    });
    const { access } = await unlockShare(t, token, 'karibu sana', clock);
    const ctx = await shareContext(t, token, access, clock);
    expect(ctx).toMatchObject({ appId: app.appId, role: 'viewer' });
    expect((await overview(t, ctx, { period: 'today' }, clock)).pageviews.value).toBeGreaterThan(0);
    await expect(createGoal(t, ctx, { name: 'x', kind: 'page', match: '/' }, clock)).rejects.toMatchObject({
      status: 403,
    });
    // Expired, and replaced by a new password: refused.
    await expect(shareContext(t, token, access, at('2026-03-11T09:31:00Z'))).rejects.toMatchObject({
      status: 401,
    });
    await enableShare(t, app.ctx, { password: 'another secret' });
    await expect(shareContext(t, token, access, clock)).rejects.toMatchObject({ status: 401 });
    await expect(shareContext(t, 'x'.repeat(32), undefined, clock)).rejects.toMatchObject({ status: 404 });
  });

  it('returns 7-day sparklines for several Apps in one call', async () => {
    const lines = await sparklines(t, [app.ctx], clock);
    expect(lines[0]?.days).toHaveLength(7);
    expect(lines[0]?.days.at(-1)?.visitors).toBeGreaterThan(0);
  });

  it('refuses an invalid custom period', async () => {
    await expect(
      overview(t, app.ctx, { period: 'custom', from: '2026-03-10', to: '2026-01-01' }, clock),
    ).rejects.toMatchObject({
      code: AnalyticsErrors.period_invalid.code,
    });
  });
});

describe('insights', () => {
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof createOwnedApp>>;
  beforeAll(async () => {
    t = await analyticsTestDatabase();
    app = await createOwnedApp(t, 'Insightful');
  });
  afterAll(() => t?.close());

  it('says that visitors fell this week, and where most come from', async () => {
    // Last week: 100 visitors a day-ish; this week fewer, mostly Instagram on phones.
    const send = async (iso: string, n: number, ip: string, query = '') => {
      const c = new ManualClock(iso);
      const p = pipelineFor(t, [app], c);
      for (let i = 0; i < n; i++)
        await track(p, c, app.host, { ip: `${ip}.${i}`, ua: PHONE, path: '/', query });
      await p.stop();
    };
    await send('2026-03-03T09:00:00Z', 120, '10.1.1');
    await send('2026-03-10T09:00:00Z', 60, '10.2.1', 'utm_source=instagram');
    await runRollup(t, { retentionDays: 60, clock: new ManualClock('2026-03-10T12:00:00Z') });
    const { insights: list } = await insights(
      t,
      app.ctx,
      { period: '7d' },
      new ManualClock('2026-03-10T12:00:00Z'),
    );
    const texts = list.map((i) => i.text);
    expect(texts).toContain('Visitors fell 50% this week compared with last week');
    expect(texts).toContain('Most new visitors come from Instagram on phones');
  });
});
