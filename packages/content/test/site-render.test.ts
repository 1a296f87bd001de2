/**
 * Every starter rendered as a site, from memory: each page, the blog, each post, the 404 — with the
 * accessibility and SEO basics checked on every document, and every internal link followed.
 */
import { STARTERS } from '@qspace/site-kit';
import { describe, expect, it } from 'vitest';
import { renderSitePath, robotsTxt, rssXml, sitemapXml, starterSnapshot } from '../src/index.js';

const loc = { origin: 'https://example.test/s/demo/', basePath: '/s/demo' };

function sitePaths(id: string): string[] {
  const snapshot = starterSnapshot(id);
  if (!snapshot) throw new Error(id);
  return [
    ...snapshot.pages.map((p) => (p.isHome ? '/' : `/${p.slug}`)),
    ...(snapshot.posts.length > 0 ? ['/blog'] : []),
    ...snapshot.posts.map((p) => `/blog/${p.slug}`),
  ];
}

describe.each(STARTERS.map((s) => s.id))('starter %s as a site', (id) => {
  const snapshot = starterSnapshot(id);
  if (!snapshot) throw new Error(`no starter ${id}`);

  it('renders every page with one h1, landmarks in order, a title, a description and a canonical link', () => {
    for (const path of sitePaths(id)) {
      const { status, html } = renderSitePath(snapshot, path, loc);
      expect(status, path).toBe(200);
      expect(html.match(/<h1[ >]/g)?.length, `${path}: one h1`).toBe(1);
      const header = html.indexOf('<header');
      const main = html.indexOf('<main');
      const footer = html.lastIndexOf('<footer');
      expect(header, path).toBeGreaterThan(-1);
      expect(header < main && main < footer, `${path}: header, main, footer in order`).toBe(true);
      expect(html, path).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, path).toContain(
        `<link rel="canonical" href="https://example.test/s/demo${path === '/' ? '/' : path}">`,
      );
      expect(html, path).toContain('<html lang="en">');
    }
  });

  it('gives every image alternative text or marks it decorative, and every form control a label', () => {
    for (const path of sitePaths(id)) {
      const { html } = renderSitePath(snapshot, path, loc);
      for (const img of html.match(/<img [^>]*>/g) ?? []) expect(img, path).toMatch(/ alt="/);
      for (const input of html.match(/<(?:input|textarea|select) [^>]*>/g) ?? []) {
        if (/type="hidden"|tabindex="-1"/i.test(input)) continue;
        const fieldId = / id="([^"]+)"/.exec(input)?.[1];
        expect(fieldId, `${path}: ${input}`).toBeTruthy();
        expect(html, `${path}: label for ${fieldId}`).toContain(`for="${fieldId}"`);
      }
    }
  });

  it('has no broken internal links', () => {
    const known = new Set(sitePaths(id).map((p) => `/s/demo${p === '/' ? '/' : p}`));
    const broken: string[] = [];
    for (const path of sitePaths(id)) {
      const { html } = renderSitePath(snapshot, path, loc);
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        if (!href?.startsWith('/s/demo')) continue;
        const target = href.split('#')[0] as string;
        if (!known.has(target)) broken.push(`${path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('answers unknown paths with a 404 page that keeps the site’s navigation', () => {
    const { status, html } = renderSitePath(snapshot, '/no-such-page', loc);
    expect(status).toBe(404);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<nav');
  });

  it('lists its pages and posts in the sitemap and the feed', () => {
    const sitemap = sitemapXml(snapshot, loc);
    for (const path of sitePaths(id))
      expect(sitemap).toContain(`<loc>https://example.test/s/demo${path === '/' ? '/' : path}</loc>`);
    expect(robotsTxt(loc)).toContain('Sitemap: https://example.test/s/demo/sitemap.xml');
    const rss = rssXml(snapshot, loc, () => '<p>body</p>');
    expect(rss.match(/<item>/g)?.length).toBe(snapshot.posts.length);
  });
});
