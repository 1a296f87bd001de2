/**
 * A starter as a published site, in memory: what the create-App wizard previews live (the real
 * renderer, design system and content — not a picture), before any App exists.
 */
import { createHash } from 'node:crypto';
import { type Starter, starterById } from '@qspace/site-kit';
import type { SiteSnapshot } from './public-site.js';
import { EMPTY_THEME } from './sites.js';

/** A stable UUID-shaped id derived from a name, so previews render identically every time. */
function stableId(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const previews = new Map<string, SiteSnapshot>();

export function starterSnapshot(
  starterOrId: Starter | string,
  now = new Date('2026-01-15T09:00:00Z'),
): SiteSnapshot | null {
  const starter = typeof starterOrId === 'string' ? starterById(starterOrId) : starterOrId;
  if (!starter) return null;
  const cached = previews.get(starter.id);
  if (cached) return cached;
  const snapshot: SiteSnapshot = {
    appId: stableId(starter.id),
    name: starter.site.name,
    slug: starter.id,
    version: 1,
    designSystem: starter.designSystem,
    tagline: starter.site.tagline,
    theme: EMPTY_THEME,
    customDomain: null,
    pages: starter.pages.map((p, i) => ({
      id: stableId(`${starter.id}/${p.slug}`),
      slug: p.isHome ? '' : p.slug,
      title: p.title,
      isHome: p.isHome,
      inNav: p.inNav,
      seo: p.seo,
      sections: p.sections.map((s, j) => ({ id: `s${i}-${j}`, type: s.type, props: s.props })),
      publishedAt: now,
    })),
    posts: starter.posts.map((p) => ({
      id: stableId(`${starter.id}/post/${p.slug}`),
      slug: p.slug,
      title: p.title,
      excerpt: p.excerpt,
      cover: p.cover,
      tags: p.tags,
      authorName: p.author,
      body: p.body,
      seo: { title: '', description: p.excerpt.slice(0, 160), image: p.cover.src, noindex: false },
      publishedAt: new Date(now.getTime() - p.daysAgo * 86_400_000),
      updatedAt: now,
    })),
    images: new Map(),
  };
  previews.set(starter.id, snapshot);
  return snapshot;
}
