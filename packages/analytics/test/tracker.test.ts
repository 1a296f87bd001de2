/**
 * The tracking script, run against a stub browser (window, document, history, navigator): what it
 * sends, when, and how — and its size budget.
 */
import { webcrypto } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TRACKER_SOURCE } from '../src/index.js';

interface Sent {
  url: string;
  body: Record<string, unknown>;
}

function browser(options: { beacon?: boolean; queued?: unknown[][] } = {}) {
  const sent: Sent[] = [];
  const fetched: Sent[] = [];
  const listeners = new Map<string, (e: unknown) => void>();
  const location = {
    href: 'https://kibanda.example/',
    pathname: '/',
    host: 'kibanda.example',
    protocol: 'https:',
  };
  const go = (path: string) => {
    location.pathname = path;
    location.href = `https://kibanda.example${path}`;
  };
  const history = { pushState: (_s: unknown, _t: string, url: string) => go(url) };
  const window: Record<string, unknown> = {
    location,
    history,
    innerWidth: 390,
    fetch: (url: string, init: { body: string }) => {
      fetched.push({ url, body: JSON.parse(init.body) });
      return Promise.resolve({});
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(`w:${type}`, fn),
    ...(options.queued ? { qs: { q: options.queued } } : {}),
  };
  const document = {
    referrer: 'https://l.instagram.com/',
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(`d:${type}`, fn),
  };
  const navigator = {
    sendBeacon:
      options.beacon === false
        ? undefined
        : (url: string, body: string) => {
            sent.push({ url, body: JSON.parse(body) });
            return true;
          },
  };
  const run = new Function('window', 'document', 'navigator', 'crypto', 'URL', TRACKER_SOURCE);
  run(window, document, navigator, webcrypto, URL);
  const click = (href: string) => listeners.get('d:click')?.({ target: { closest: () => ({ href }) } });
  return { sent, fetched, window, history, click, popstate: () => listeners.get('w:popstate')?.({}), go };
}

describe('tracking script', () => {
  it('sends a page view on load with page, referrer, width and a UUIDv7 id', () => {
    const b = browser();
    expect(b.sent).toHaveLength(1);
    expect(b.sent[0]?.url).toBe('/api/event');
    expect(b.sent[0]?.body).toMatchObject({
      n: 'pageview',
      u: 'https://kibanda.example/',
      r: 'https://l.instagram.com/',
      w: 390,
    });
    expect(String(b.sent[0]?.body.id)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('counts single-page navigations (pushState, back/forward) once per path', () => {
    const b = browser();
    (b.history.pushState as (s: unknown, t: string, u: string) => void)({}, '', '/menu');
    (b.history.pushState as (s: unknown, t: string, u: string) => void)({}, '', '/menu');
    b.go('/');
    b.popstate();
    expect(b.sent.map((s) => [s.body.n, s.body.u])).toEqual([
      ['pageview', 'https://kibanda.example/'],
      ['pageview', 'https://kibanda.example/menu'],
      ['pageview', 'https://kibanda.example/'],
    ]);
  });

  it('reports outbound links and file downloads, not internal links', () => {
    const b = browser();
    b.click('https://wa.me/254712345678?text=hi');
    b.click('https://kibanda.example/files/menu.pdf');
    b.click('https://kibanda.example/about');
    expect(b.sent.slice(1).map((s) => [s.body.n, s.body.p])).toEqual([
      ['outbound', { url: 'https://wa.me/254712345678' }],
      ['download', { url: 'https://kibanda.example/files/menu.pdf' }],
    ]);
  });

  it('sends custom events with properties, including calls queued before it loaded', () => {
    const b = browser({ queued: [['early', { from: 'stub' }]] });
    (b.window.qs as (n: string, p?: object) => void)('signup', { plan: 'pro' });
    expect(b.sent.slice(1).map((s) => [s.body.n, s.body.p])).toEqual([
      ['early', { from: 'stub' }],
      ['signup', { plan: 'pro' }],
    ]);
  });

  it('falls back to fetch with keepalive when sendBeacon is missing', () => {
    const b = browser({ beacon: false });
    expect(b.sent).toHaveLength(0);
    expect(b.fetched[0]?.body).toMatchObject({ n: 'pageview' });
  });

  it('touches no cookies or storage and stays under 1.5 KB gzipped', () => {
    expect(TRACKER_SOURCE).not.toMatch(/cookie|localStorage|sessionStorage|indexedDB/);
    expect(gzipSync(TRACKER_SOURCE, { level: 9 }).length).toBeLessThan(1536);
  });
});
