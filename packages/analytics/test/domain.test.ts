/** The pure parts: sources and channels, user agents and bots, screens, periods, sessions, insights, CSV. */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/domain/csv.js';
import { absurdClientTime, EventBody, normalizePath } from '../src/domain/event-input.js';
import { likePattern, pathMatches } from '../src/domain/goals.js';
import { bestConverter, poissonZ, topSource, visitorsChange } from '../src/domain/insights.js';
import { addDays, buckets, resolvePeriod, startOfDay } from '../src/domain/periods.js';
import { assignSessions } from '../src/domain/sessions.js';
import { attribute, knownSourceOfHost, referrerHost, utmOf } from '../src/domain/sources.js';
import { isBotAgent, parseUserAgent, screenClass } from '../src/domain/user-agent.js';
import { localDate, visitorId } from '../src/domain/visitor.js';
import { LAPTOP, PHONE } from './helpers.js';

const from = (referrer: string, query = '') => {
  const { utm, clickId } = utmOf(new URLSearchParams(query));
  return attribute({ referrerHost: referrerHost(referrer, 'mama-oliech.co.ke'), utm, clickId });
};

describe('referrer → source → channel', () => {
  it.each([
    ['https://www.google.com/', 'Google', 'Organic Search'],
    ['https://www.google.co.ke/search?q=fish', 'Google', 'Organic Search'],
    ['https://www.bing.com/', 'Bing', 'Organic Search'],
    ['https://duckduckgo.com/', 'DuckDuckGo', 'Organic Search'],
    ['https://l.facebook.com/l.php?u=x', 'Facebook', 'Organic Social'],
    ['https://m.facebook.com/', 'Facebook', 'Organic Social'],
    ['https://l.instagram.com/', 'Instagram', 'Organic Social'],
    ['https://t.co/abc', 'X', 'Organic Social'],
    ['https://twitter.com/', 'X', 'Organic Social'],
    ['https://www.linkedin.com/feed/', 'LinkedIn', 'Organic Social'],
    ['https://web.whatsapp.com/', 'WhatsApp', 'Organic Social'],
    ['https://www.tiktok.com/@x', 'TikTok', 'Organic Social'],
    ['https://m.youtube.com/watch?v=1', 'YouTube', 'Organic Social'],
    ['https://t.me/somechannel', 'Telegram', 'Organic Social'],
    ['https://mail.google.com/', 'Gmail', 'Email'],
    ['android-app://com.google.android.gm/', 'Gmail', 'Email'],
    ['https://nation.africa/kenya/news', 'nation.africa', 'Referral'],
    ['', '', 'Direct'],
  ])('%s → %s / %s', (referrer, source, channel) => {
    expect(from(referrer)).toMatchObject({ source, channel });
  });

  it('treats the site itself as no referrer', () => {
    expect(from('https://mama-oliech.co.ke/menu')).toMatchObject({
      source: '',
      channel: 'Direct',
      referrer: '',
    });
  });

  it('lets UTM parameters name the source and the medium pick the channel', () => {
    expect(from('', 'utm_source=instagram')).toMatchObject({
      source: 'Instagram',
      channel: 'Organic Social',
    });
    expect(from('', 'utm_source=ig&utm_medium=paid_social')).toMatchObject({
      source: 'Instagram',
      channel: 'Paid Social',
    });
    expect(from('', 'utm_source=newsletter&utm_medium=email')).toMatchObject({
      source: 'newsletter',
      channel: 'Email',
    });
    expect(from('https://www.google.com/', 'utm_medium=cpc')).toMatchObject({
      source: 'Google',
      channel: 'Paid Search',
    });
    expect(from('', 'utm_source=radio-ad&utm_medium=display')).toMatchObject({ channel: 'Paid Other' });
  });

  it('counts click ids as paid', () => {
    expect(from('https://www.google.com/', 'gclid=abc')).toMatchObject({
      source: 'Google',
      channel: 'Paid Search',
    });
    expect(from('', 'msclkid=abc')).toMatchObject({ source: 'Bing', channel: 'Paid Search' });
    expect(from('https://l.instagram.com/', 'fbclid=abc')).toMatchObject({
      source: 'Instagram',
      channel: 'Paid Social',
    });
  });

  it('knows Google country domains but not look-alikes', () => {
    expect(knownSourceOfHost('www.google.com.ng')?.name).toBe('Google');
    expect(knownSourceOfHost('google.co.ke')?.name).toBe('Google');
    expect(knownSourceOfHost('notgoogle.example')).toBeUndefined();
  });
});

describe('user agents, bots and screens', () => {
  it('reads device, browser and OS with the maintained parser', () => {
    expect(parseUserAgent(PHONE)).toEqual({ bot: false, device: 'Mobile', browser: 'Chrome', os: 'Android' });
    expect(parseUserAgent(LAPTOP)).toMatchObject({ bot: false, device: 'Desktop', os: 'Windows' });
    expect(
      parseUserAgent(
        'Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
      ),
    ).toMatchObject({ device: 'Tablet', browser: 'Safari', os: 'iOS' });
  });

  it.each([
    ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    ],
    [
      'Mozilla/5.0 (Linux; Android 11; Moto G (4)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 Chrome-Lighthouse',
    ],
    [
      'Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1',
    ],
    ['curl/8.4.0'],
    ['python-requests/2.31'],
    [''],
  ])('drops %s', (ua) => {
    expect(isBotAgent(ua)).toBe(true);
    expect(parseUserAgent(ua).bot).toBe(true);
  });

  it('keeps real browsers', () => {
    expect(isBotAgent(PHONE)).toBe(false);
    expect(isBotAgent(LAPTOP)).toBe(false);
  });

  it('classes screen widths', () => {
    expect([390, 800, 1280, 1920, 0].map(screenClass)).toEqual(['Mobile', 'Tablet', 'Laptop', 'Desktop', '']);
  });
});

describe('event input', () => {
  it('refuses oversize and malformed fields', () => {
    const ok = { n: 'pageview', u: 'https://a.test/', r: null, id: '0123456789abcdef' };
    expect(EventBody.safeParse(ok).success).toBe(true);
    expect(EventBody.safeParse({ ...ok, n: 'x'.repeat(65) }).success).toBe(false);
    expect(EventBody.safeParse({ ...ok, u: `https://a.test/${'x'.repeat(2001)}` }).success).toBe(false);
    expect(EventBody.safeParse({ ...ok, id: 'a b' }).success).toBe(false);
    expect(
      EventBody.safeParse({
        ...ok,
        p: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])),
      }).success,
    ).toBe(false);
    expect(EventBody.safeParse({ ...ok, n: '<script>' }).success).toBe(false);
  });

  it('flags client ids whose clock is days away', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const idAt = (ms: number) => {
      const t = ms.toString(16).padStart(12, '0');
      return `${t.slice(0, 8)}-${t.slice(8)}-7abc-8def-0123456789ab`;
    };
    expect(absurdClientTime(idAt(now.getTime() - 60_000), now)).toBe(false);
    expect(absurdClientTime(idAt(now.getTime() - 3 * 86_400_000), now)).toBe(true);
    expect(absurdClientTime(idAt(now.getTime() + 3 * 86_400_000), now)).toBe(true);
    expect(absurdClientTime('not-a-uuid-at-all', now)).toBe(false);
  });

  it('normalizes paths', () => {
    expect(normalizePath('/menu/')).toBe('/menu');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('/caf%C3%A9')).toBe('/café');
  });
});

describe('visitor ids and periods', () => {
  it('hashes the same visitor the same way per salt, differently with another salt or App', () => {
    const a = visitorId('salt-1', 'app-1', '203.0.113.7', PHONE);
    expect(visitorId('salt-1', 'app-1', '203.0.113.7', PHONE)).toBe(a);
    expect(visitorId('salt-2', 'app-1', '203.0.113.7', PHONE)).not.toBe(a);
    expect(visitorId('salt-1', 'app-2', '203.0.113.7', PHONE)).not.toBe(a);
    expect(visitorId('salt-1', 'app-1', '203.0.113.8', PHONE)).not.toBe(a);
  });

  it('takes the day in the App’s time zone', () => {
    const at = new Date('2026-03-09T22:30:00Z');
    expect(localDate(at, 'Africa/Nairobi')).toBe('2026-03-10');
    expect(localDate(at, 'UTC')).toBe('2026-03-09');
  });

  it('resolves periods at local midnight with a previous period of the same length', () => {
    const now = new Date('2026-03-10T09:00:00Z'); // 12:00 in Nairobi
    const today = resolvePeriod({ period: 'today' }, 'Africa/Nairobi', now);
    expect(today?.from.toISOString()).toBe('2026-03-09T21:00:00.000Z');
    expect(today?.to.toISOString()).toBe(now.toISOString());
    expect(today?.previous.from.toISOString()).toBe('2026-03-08T21:00:00.000Z');
    expect(today?.previous.to.toISOString()).toBe('2026-03-09T09:00:00.000Z');
    const week = resolvePeriod({ period: '7d' }, 'Africa/Nairobi', now);
    expect(week?.firstDay).toBe('2026-03-04');
    expect(week && buckets(week).length).toBe(7);
    expect(today && buckets(today).length).toBe(24);
    const custom = resolvePeriod(
      { period: 'custom', from: '2026-02-01', to: '2026-02-28' },
      'Africa/Nairobi',
      now,
    );
    expect(custom?.to.toISOString()).toBe('2026-02-28T21:00:00.000Z');
    expect(resolvePeriod({ period: 'custom', from: '2026-03-01', to: '2026-02-01' }, 'UTC', now)).toBeNull();
    expect(resolvePeriod({ period: 'custom' }, 'UTC', now)).toBeNull();
  });

  it('handles daylight saving time', () => {
    expect(startOfDay('2026-03-29', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(startOfDay('2026-03-30', 'Europe/London').toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

describe('sessions', () => {
  const at = (m: number) => ({ ts: new Date(Date.UTC(2026, 0, 1, 10, m)), pageview: true, path: `/p${m}` });
  let n = 0;
  const id = () => `s${++n}`;

  it('splits after 30 minutes of inactivity and tracks entry, exit and counts', () => {
    const { sessionOf, changes } = assignSessions(null, [at(0), at(10), at(39), at(70)], id);
    expect(new Set(sessionOf.slice(0, 3)).size).toBe(1);
    expect(sessionOf[3]).not.toBe(sessionOf[0]);
    expect(changes[0]).toMatchObject({ opened: true, entryPath: '/p0', exitPath: '/p39', pageviews: 3 });
    expect(changes[1]).toMatchObject({ opened: true, entryPath: '/p70', pageviews: 1 });
  });

  it('continues a stored session within 30 minutes', () => {
    const stored = { id: 'old', lastSeen: new Date(Date.UTC(2026, 0, 1, 9, 45)) };
    const { sessionOf, changes } = assignSessions(stored, [at(5)], id);
    expect(sessionOf).toEqual(['old']);
    expect(changes[0]).toMatchObject({ id: 'old', opened: false });
  });
});

describe('goals', () => {
  it('matches paths with * wildcards, in JavaScript and as SQL LIKE', () => {
    expect(pathMatches('/blog/*', '/blog/new-menu')).toBe(true);
    expect(pathMatches('/blog/*', '/about')).toBe(false);
    expect(pathMatches('/contact', '/contact')).toBe(true);
    expect(likePattern('/100%_off/*')).toBe('/100\\%\\_off/%');
  });
});

describe('insights', () => {
  it('reports a significant fall in visitors, in words', () => {
    expect(visitorsChange(410, 500, { current: 'this week', previous: 'last week' })?.text).toBe(
      'Visitors fell 18% this week compared with last week',
    );
  });

  it('stays quiet on small numbers or small changes', () => {
    expect(visitorsChange(12, 6, { current: 'this week', previous: 'last week' })).toBeNull();
    expect(visitorsChange(1030, 1000, { current: 'this week', previous: 'last week' })).toBeNull();
    expect(Math.abs(poissonZ(1030, 1000))).toBeLessThan(1.96);
  });

  it('names the main source and device', () => {
    expect(
      topSource(
        [
          { source: 'Instagram', device: 'Mobile', visitors: 60 },
          { source: 'Google', device: 'Desktop', visitors: 30 },
        ],
        100,
      )?.text,
    ).toBe('Most new visitors come from Instagram on phones');
  });

  it('finds a converter only when it is clearly better', () => {
    const rows = [
      { key: 'Instagram', visitors: 200, converted: 40 },
      { key: 'Google', visitors: 800, converted: 20 },
    ];
    expect(bestConverter(rows, 1000, 60)?.row.key).toBe('Instagram');
    expect(bestConverter([{ key: 'X', visitors: 10, converted: 2 }], 1000, 60)).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes, neutralizes formulas and starts with a BOM', () => {
    const csv = toCsv(
      ['page', 'visitors'],
      [
        ['/a,b', 1],
        ['=HYPERLINK("x")', 2],
      ],
    );
    expect(csv).toBe('\uFEFFpage,visitors\r\n"/a,b",1\r\n"\'=HYPERLINK(""x"")",2\r\n');
  });
});
