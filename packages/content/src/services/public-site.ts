/**
 * What the public site reads: which App a host or path names, the App's current site version
 * (cheap; checked before trusting a cached page), and a snapshot of everything published — pages,
 * posts, settings — loaded once per site version and rendered from memory.
 */
import { apps } from '@qspace/auth';
import { type Database, queryRows, systemContext } from '@qspace/core';
import type { ResolvedImage, SectionInstance } from '@qspace/site-kit';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { pages, pageVersions, posts, type SeoColumn, sites, type ThemeSettings } from '../schema.js';
import { mediaRefs } from './site-version.js';

export interface PublishedPage {
  id: string;
  slug: string;
  title: string;
  isHome: boolean;
  inNav: boolean;
  seo: SeoColumn;
  sections: SectionInstance[];
  publishedAt: Date;
}

export interface PublishedPost {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  cover: { src: string; alt: string };
  tags: string[];
  authorName: string;
  body: unknown;
  seo: SeoColumn;
  publishedAt: Date;
  updatedAt: Date;
}

export interface SiteSnapshot {
  appId: string;
  name: string;
  slug: string;
  version: number;
  designSystem: string;
  tagline: string;
  theme: ThemeSettings;
  customDomain: string | null;
  pages: PublishedPage[];
  posts: PublishedPost[];
  /** `media:<id>` → resolved image, for every asset the published content uses. */
  images: Map<string, ResolvedImage>;
}

/** Resolves media ids of one App to public images (the media library provides it). */
export type ImageResolver = (
  database: Database,
  appId: string,
  ids: string[],
) => Promise<Map<string, ResolvedImage>>;

/** The App whose slug is `slug`, if it has a site. */
export async function findSiteBySlug(database: Database, slug: string): Promise<string | null> {
  const [row] = await database.db.select({ id: apps.id }).from(apps).where(eq(apps.slug, slug));
  return row?.id ?? null;
}

/** The App a custom domain is mapped to. Domains are a routing table across Apps: read as system. */
export async function findSiteByDomain(database: Database, host: string): Promise<string | null> {
  return database.system(async (tx) => {
    const [row] = await tx.select({ appId: sites.appId }).from(sites).where(eq(sites.customDomain, host));
    return row?.appId ?? null;
  });
}

/** The App's current site version (null: no site). One indexed read. */
export async function currentSiteVersion(database: Database, appId: string): Promise<number | null> {
  return database.system(async (tx) => {
    const rows = await queryRows<{ v: number }>(
      tx,
      sql`select site_version as v from content_sites where app_id = ${appId}`,
    );
    return rows[0]?.v ?? null;
  });
}

const POSTS_IN_SNAPSHOT = 500;

/** Everything published on an App's site, at its current version. Null when the App has no site. */
export async function loadSiteSnapshot(
  database: Database,
  appId: string,
  resolveImages?: ImageResolver,
): Promise<SiteSnapshot | null> {
  const ctx = systemContext(appId, 'public site');
  const snapshot = await database.tenant(ctx, async (tx) => {
    const [app] = await tx.select({ name: apps.name, slug: apps.slug }).from(apps).where(eq(apps.id, appId));
    const [site] = await tx.select().from(sites).where(eq(sites.appId, appId));
    if (!app || !site) return null;
    const pageRows = await tx
      .select({ page: pages, version: pageVersions })
      .from(pages)
      .innerJoin(pageVersions, eq(pageVersions.id, pages.publishedVersionId))
      .where(eq(pages.appId, appId))
      .orderBy(desc(pages.isHome), pages.position);
    const postRows = await tx
      .select()
      .from(posts)
      .where(and(eq(posts.appId, appId), eq(posts.status, 'published'), isNotNull(posts.publishedAt)))
      .orderBy(desc(posts.publishedAt))
      .limit(POSTS_IN_SNAPSHOT);
    return {
      appId,
      name: app.name,
      slug: app.slug,
      version: site.siteVersion,
      designSystem: site.designSystem,
      tagline: site.tagline,
      theme: site.theme,
      customDomain: site.customDomain,
      pages: pageRows.map(({ page, version }) => ({
        id: page.id,
        slug: page.slug,
        title: version.title,
        isHome: page.isHome,
        inNav: page.inNav,
        seo: version.seo,
        sections: version.sections,
        publishedAt: page.publishedAt ?? page.updatedAt,
      })),
      posts: postRows.map((p) => ({
        id: p.id,
        slug: p.slug,
        title: p.title,
        excerpt: p.excerpt,
        cover: p.cover,
        tags: p.tags,
        authorName: p.authorName,
        body: p.body,
        seo: p.seo,
        publishedAt: p.publishedAt ?? p.createdAt,
        updatedAt: p.updatedAt,
      })),
      images: new Map<string, ResolvedImage>(),
    } satisfies SiteSnapshot;
  });
  if (!snapshot || !resolveImages) return snapshot;
  const ids = mediaRefs([
    snapshot.pages.map((p) => [p.sections, p.seo]),
    snapshot.posts.map((p) => [p.cover, p.body]),
    snapshot.theme,
  ]);
  if (ids.length > 0) {
    const resolved = await resolveImages(database, appId, ids);
    for (const [id, img] of resolved) snapshot.images.set(`media:${id}`, img);
  }
  return snapshot;
}

/** The draft of one page, for the authenticated preview (the rest of the site as published). */
export async function loadDraftPage(
  database: Database,
  appId: string,
  pageId: string,
): Promise<PublishedPage | null> {
  const ctx = systemContext(appId, 'preview');
  return database.tenant(ctx, async (tx) => {
    const [row] = await tx
      .select({ page: pages, version: pageVersions })
      .from(pages)
      .innerJoin(pageVersions, eq(pageVersions.id, pages.draftVersionId))
      .where(and(eq(pages.appId, appId), eq(pages.id, pageId)));
    if (!row) return null;
    return {
      id: row.page.id,
      slug: row.page.slug,
      title: row.version.title,
      isHome: row.page.isHome,
      inNav: row.page.inNav,
      seo: row.version.seo,
      sections: row.version.sections,
      publishedAt: row.version.createdAt,
    };
  });
}

/**
 * The snapshot with the images of `draft` content resolved too: the editor preview and the draft
 * preview show media that the published site does not use yet (a photo uploaded a moment ago).
 * The cached snapshot is not changed.
 */
export async function withDraftImages(
  database: Database,
  snapshot: SiteSnapshot,
  draft: unknown,
  resolveImages: ImageResolver,
): Promise<SiteSnapshot> {
  const missing = mediaRefs(draft).filter((id) => !snapshot.images.has(`media:${id}`));
  if (missing.length === 0) return snapshot;
  const images = new Map(snapshot.images);
  for (const [id, img] of await resolveImages(database, snapshot.appId, missing))
    images.set(`media:${id}`, img);
  return { ...snapshot, images };
}
