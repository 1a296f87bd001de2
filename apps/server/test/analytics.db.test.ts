/**
 * Analytics over real HTTP: the tracking script on published pages (and the CSP that allows it),
 * the ingest endpoint with good and bad input, the pixel, the query API with CSV, goals, funnels,
 * permissions, share links and sparklines. Bad input must never reach the error log.
 */
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createLogger } from '@qspace/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer } from './harness.js';

type Json = Record<string, unknown>;
const PHONE =
  'Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
const LAPTOP =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

let n = 0;
/** A UUIDv7 made now, as the tracking script makes them. */
function eventId(): string {
  const t = Date.now().toString(16).padStart(12, '0');
  const r = (++n).toString(16).padStart(15, '0');
  return `${t.slice(0, 8)}-${t.slice(8)}-7${r.slice(0, 3)}-8${r.slice(3, 6)}-${r.slice(6)}000`;
}

describe('analytics over HTTP', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let viewer: ReturnType<typeof as>;
  let appId: string;
  const slug = 'kibanda-analytics';
  const errors: string[] = [];

  beforeAll(async () => {
    const logger = createLogger(
      { level: 'warn', pretty: false },
      { write: (line: string) => void (JSON.parse(line).level >= 50 && errors.push(line)) },
    );
    s = await startTestServer({
      config: { RATE_LIMIT_EVENTS_PER_IP: 40, RATE_LIMIT_SIGNUP_PER_IP: 100, TRUST_PROXY: true },
      logger,
    });
    owner = as(s, await signedInUser(s, 'owner@kibanda.test'));
    const created = await owner('POST', '/api/v1/apps', { name: 'Kibanda', slug, starter: 'shops-pwani' });
    expect(created.status).toBe(201);
    appId = String(created.body?.id);
    const viewerCookie = await signedInUser(s, 'viewer@kibanda.test');
    await owner('POST', `/api/v1/apps/${appId}/members`, { email: 'viewer@kibanda.test', role: 'viewer' });
    viewer = as(s, viewerCookie);
  });
  afterAll(() => s?.stop());

  const page = (path = '/') => `${s.url}/s/${slug}${path}`;
  let ipCounter = 0;
  const send = (body: unknown, headers: Record<string, string> = {}) =>
    s.request('/api/event', {
      method: 'POST',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'user-agent': PHONE,
        'x-forwarded-for': `198.51.100.${++ipCounter % 250}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const event = (path = '/', extra: Json = {}) => ({
    n: 'pageview',
    u: page(path),
    r: null,
    id: eventId(),
    w: 400,
    ...extra,
  });
  const stored = async () => {
    await s.ingest.flush();
    const o = await owner('GET', `/api/v1/apps/${appId}/analytics/overview?period=today`);
    return o.body as { pageviews: { value: number }; visitors: { value: number } };
  };

  it('puts the fingerprinted tracking script and a noscript pixel on published pages, allowed by an exact CSP source', async () => {
    const res = await s.request(`/s/${slug}/`);
    const html = await res.text();
    const src = /<script defer src="([^"]+)"><\/script>/.exec(html)?.[1] ?? '';
    expect(src).toMatch(new RegExp(`^${s.url}/_qs/script\\.[0-9a-f]{10}\\.js$`));
    expect(html).toContain('<noscript><img src="/api/event?n=pageview"');
    const csp = res.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc.trim().split(/\s+/)).toContain(src);
    expect(scriptSrc).not.toMatch(/'self'|'unsafe-inline'|\*/);
    const script = await s.request(new URL(src).pathname, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-type')).toContain('javascript');
    const body = await s.request(new URL(src).pathname).then((r) => r.text());
    expect(gzipSync(body, { level: 9 }).length).toBeLessThan(1536);
    // The editor's draft preview does not track.
    expect((await s.request('/_qs/script.0000000000.js')).status).toBe(404);
  });

  it('accepts a page view with 202, and stores it within a flush', async () => {
    const res = await send(event('/', { r: 'https://l.instagram.com/' }), { origin: s.url });
    expect(res.status).toBe(202);
    expect(await res.text()).toBe('');
    expect((await stored()).pageviews.value).toBe(1);
  });

  it('drops spoofed hosts, unknown Apps, bots, headless browsers and replays, answering 202 without storing', async () => {
    const before = (await stored()).pageviews.value;
    const replay = event('/menu');
    const answers = [
      await send({ ...event(), u: `http://evil.example/s/${slug}/` }),
      await send(event(), { origin: 'http://evil.example' }),
      await send({ ...event(), u: `${s.url}/s/no-such-site/` }),
      await send(event(), {
        'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      }),
      await send(event(), {
        'user-agent':
          'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
      }),
      await send({ ...event(), id: '01890a5d-ac96-774b-bcce-b302099a8057' }), // a 2023 clock
      await send(replay, { 'x-forwarded-for': '203.0.113.50' }),
      await send(replay, { 'x-forwarded-for': '203.0.113.50' }),
    ];
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202, 202, 202, 202, 202]);
    expect((await stored()).pageviews.value).toBe(before + 1); // only the first copy of the replay
    expect(s.ingest.stats.dropped).toMatchObject({ foreign_host: 2, unknown_app: 1, bot: 2, timestamp: 1 });
  });

  it('refuses malformed JSON, non-events and oversize bodies', async () => {
    expect((await send('{"n":')).status).toBe(400);
    expect((await send({ n: 'pageview' })).status).toBe(400);
    const huge = await send(event('/', { p: { big: 'x'.repeat(150) }, pad: 'y'.repeat(5000) }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: { code: string } }).error.code).toBe('analytics.event_too_large');
  });

  it('answers a flood from one address with 429 while other addresses still get through', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++)
      statuses.push((await send(event(), { 'x-forwarded-for': '192.0.2.99' })).status);
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(5);
    expect((await send(event(), { 'x-forwarded-for': '192.0.2.100' })).status).toBe(202);
  });

  it('counts a visitor without JavaScript through the pixel (page from the Referer)', async () => {
    const before = (await stored()).pageviews.value;
    const res = await s.request('/api/event?n=pageview', {
      headers: { referer: page('/about'), 'user-agent': LAPTOP, 'x-forwarded-for': '203.0.113.77' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/gif');
    expect((await stored()).pageviews.value).toBe(before + 1);
  });

  it('counts a contact-form submission as a conversion of a form goal', async () => {
    const goal = await owner('POST', `/api/v1/apps/${appId}/analytics/goals`, {
      name: 'Any form',
      kind: 'form',
      match: '',
    });
    expect(goal.status).toBe(201);
    const pages = (await owner('GET', `/api/v1/apps/${appId}/pages`)).body as unknown as Array<{
      id: string;
    }>;
    let sent = false;
    for (const p of pages) {
      const detail = (await owner('GET', `/api/v1/apps/${appId}/pages/${p.id}`)).body as {
        sections: Array<{
          id: string;
          type: string;
          props: { fields: Array<{ name: string; type: string; options: string[] }> };
        }>;
      };
      const contact = detail.sections.find((x) => x.type === 'contact');
      if (!contact) continue;
      const values = new URLSearchParams({ _section: contact.id });
      for (const f of contact.props.fields)
        values.set(
          f.name,
          { email: 'a@b.test', tel: '+254 712 345678', select: f.options[0] ?? '' }[f.type] ?? 'Habari',
        );
      const res = await s.request(`/s/${slug}/_forms/${contact.id}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'user-agent': PHONE,
          'x-forwarded-for': '198.51.100.200',
        },
        body: values,
      });
      expect(res.status).toBe(200);
      sent = true;
      break;
    }
    expect(sent).toBe(true);
    await s.ingest.flush();
    const report = await owner('GET', `/api/v1/apps/${appId}/analytics/goals?period=today`);
    const goals = (report.body as { goals: Array<{ name: string; conversions: number }> }).goals;
    expect(goals.find((g) => g.name === 'Any form')?.conversions).toBe(1);
  });

  it('serves every report as JSON and as CSV, to any member', async () => {
    for (const path of [
      'overview',
      'timeseries',
      'pages',
      'pages?kind=entry',
      'sources?by=channel',
      'utm',
      'devices?by=browser',
      'goals',
      'funnels',
      'realtime',
      'insights',
    ]) {
      const res = await viewer('GET', `/api/v1/apps/${appId}/analytics/${path}`);
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    const devices = await viewer('GET', `/api/v1/apps/${appId}/analytics/devices?period=today`);
    const rows = (devices.body as { rows: Array<{ value: string; visitors: number }> }).rows;
    expect(rows.map((r) => r.value).sort()).toEqual(['Desktop', 'Mobile']);
    const csv = await s.request(`/api/v1/apps/${appId}/analytics/pages?period=today&format=csv`, {
      headers: { cookie: await signedInUserCookie() },
    });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so spreadsheets read UTF-8
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'page,visitors,pageviews,visits,bounce_rate_percent,avg_duration_seconds,share_percent',
    );
    expect(text).toContain('\r\n/,');
    const realtime = await viewer('GET', `/api/v1/apps/${appId}/analytics/realtime`);
    expect((realtime.body as { visitors: number }).visitors).toBeGreaterThan(0);
    expect(
      (await viewer('GET', `/api/v1/apps/${appId}/analytics/overview?period=custom&from=2026-02-01`)).status,
    ).toBe(400);
  });

  let ownerCookie = '';
  async function signedInUserCookie(): Promise<string> {
    ownerCookie ||= await signedInUser(s, 'csv-owner@kibanda.test');
    await owner('POST', `/api/v1/apps/${appId}/members`, { email: 'csv-owner@kibanda.test', role: 'viewer' });
    return ownerCookie;
  }

  it('lets admins manage goals, funnels and settings, and not viewers', async () => {
    expect(
      (await viewer('POST', `/api/v1/apps/${appId}/analytics/goals`, { name: 'x', kind: 'page', match: '/' }))
        .status,
    ).toBe(403);
    expect(
      (await viewer('PATCH', `/api/v1/apps/${appId}/analytics/settings`, { respectDnt: true })).status,
    ).toBe(403);
    const goal = await owner('POST', `/api/v1/apps/${appId}/analytics/goals`, {
      name: 'Menu',
      kind: 'page',
      match: '/menu',
    });
    expect(goal.status).toBe(201);
    const id = String(goal.body?.id);
    expect(
      (
        await owner('PATCH', `/api/v1/apps/${appId}/analytics/goals/${id}`, {
          name: 'Menu views',
          kind: 'page',
          match: '/menu*',
        })
      ).body,
    ).toMatchObject({ name: 'Menu views' });
    expect(
      (
        await owner('POST', `/api/v1/apps/${appId}/analytics/goals`, {
          name: 'bad',
          kind: 'page',
          match: 'no-slash',
        })
      ).status,
    ).toBe(422);
    const funnel = await owner('POST', `/api/v1/apps/${appId}/analytics/funnels`, {
      name: 'Browse',
      steps: [
        { kind: 'page', match: '/' },
        { kind: 'page', match: '/menu' },
      ],
    });
    expect(funnel.status).toBe(201);
    const one = await viewer(
      'GET',
      `/api/v1/apps/${appId}/analytics/funnels/${String(funnel.body?.id)}?period=today`,
    );
    expect((one.body as { steps: Array<{ visitors: number }> }).steps[0]?.visitors).toBeGreaterThan(0);
    expect((await owner('DELETE', `/api/v1/apps/${appId}/analytics/goals/${id}`)).status).toBe(204);
    expect((await owner('DELETE', `/api/v1/apps/${appId}/analytics/goals/${id}`)).status).toBe(404);
    const settings = await owner('PATCH', `/api/v1/apps/${appId}/analytics/settings`, {
      timezone: 'Europe/London',
    });
    expect(settings.body).toEqual({ timezone: 'Europe/London', respectDnt: false });
    expect(
      (await owner('PATCH', `/api/v1/apps/${appId}/analytics/settings`, { timezone: 'Mars/Olympus' })).status,
    ).toBe(400);
    await owner('PATCH', `/api/v1/apps/${appId}/analytics/settings`, { timezone: 'Africa/Nairobi' });
  });

  it('publishes read-only analytics through a share link with a password', async () => {
    const share = await owner('PUT', `/api/v1/apps/${appId}/analytics/share`, { password: 'karibu sana' });
    expect(share.status).toBe(200);
    const token = String(share.body?.token);
    const shared = (path: string, headers: Record<string, string> = {}) =>
      s.request(`/api/v1/shared/${token}${path}`, { headers });
    expect((await shared('/overview')).status).toBe(401);
    const wrong = await s.request(`/api/v1/shared/${token}/unlock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'nope nope' }),
    });
    expect(wrong.status).toBe(401);
    const unlock = await s.request(`/api/v1/shared/${token}/unlock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'karibu sana' }),
    });
    const { access } = (await unlock.json()) as { access: string };
    const overview = await shared('/overview?period=today', { 'x-share-access': access });
    expect(overview.status).toBe(200);
    expect(((await overview.json()) as { pageviews: { value: number } }).pageviews.value).toBeGreaterThan(0);
    expect((await shared('/pages?format=csv', { 'x-share-access': access })).status).toBe(200);
    // Whose report it is: asked for the App's name and site, locked like the reports.
    expect((await shared('')).status).toBe(401);
    const whose = await shared('', { 'x-share-access': access });
    expect(await whose.json()).toEqual({
      appName: 'Kibanda',
      siteUrl: expect.stringMatching(`/s/${slug}/$`),
    });
    await owner('DELETE', `/api/v1/apps/${appId}/analytics/share`);
    expect((await shared('/overview', { 'x-share-access': access })).status).toBe(404);
  });

  it('returns 7-day sparklines for all my Apps in one call', async () => {
    const res = await owner('GET', '/api/v1/analytics/sparklines');
    const apps = (res.body as { apps: Array<{ appId: string; days: unknown[]; visitors: number }> }).apps;
    expect(apps.find((a) => a.appId === appId)?.days).toHaveLength(7);
    expect(apps.find((a) => a.appId === appId)?.visitors).toBeGreaterThan(0);
  });

  it('wrote no error-level log line for any of the bad input', () => {
    expect(errors).toEqual([]);
  });

  it('writes buffered events on graceful shutdown', async () => {
    const second = await startTestServer({
      config: { ANALYTICS_FLUSH_MS: 60_000, RATE_LIMIT_SIGNUP_PER_IP: 100 },
    });
    try {
      const cookie = await signedInUser(second, 'shutdown@kibanda.test');
      const created = await as(second, cookie)('POST', '/api/v1/apps', {
        name: 'Shut',
        slug: 'shut-down-test',
        starter: 'shops-pwani',
      });
      const id = String(created.body?.id);
      const status = await new Promise<number>((resolve, reject) => {
        const body = JSON.stringify({
          n: 'pageview',
          u: `${second.url}/s/shut-down-test/`,
          r: null,
          id: eventId(),
        });
        const req = request(
          `${second.url}/api/event`,
          { method: 'POST', headers: { 'user-agent': PHONE, 'content-type': 'text/plain' } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      expect(status).toBe(202);
      expect(second.ingest.stats.buffered).toBe(1);
      const database = second.database;
      const { systemContext, queryRows } = await import('@qspace/core');
      const { sql } = await import('drizzle-orm');
      // stop() drains HTTP, then flushes the buffer, then closes the database: count just before it closes.
      const originalClose = database.close;
      let counted = -1;
      database.close = async () => {
        const rows = await database.tenant(systemContext(id, 'test'), (tx) =>
          queryRows<{ n: number }>(
            tx,
            sql`SELECT count(*)::int AS n FROM analytics_events WHERE app_id = ${id}`,
          ),
        );
        counted = Number(rows[0]?.n);
        return originalClose();
      };
      await second.stop();
      expect(counted).toBe(1);
    } finally {
      await second.stop();
    }
  });
});
