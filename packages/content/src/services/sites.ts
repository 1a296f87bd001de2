/**
 * Site settings of an App: the starter it came from, its design system and theme. `applyStarter`
 * copies a starter's pages (published), posts and settings into a new App inside the App's
 * creating transaction, so an App either exists with its whole site or not at all.
 */
import { apps, authorize } from '@qspace/auth';
import { type Database, type Executor, newId, type TenantContext } from '@qspace/core';
import {
  color,
  designSystemById,
  fontById,
  imageSrc,
  type Starter,
  starterById,
  themeColorWarnings,
} from '@qspace/site-kit';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { SiteErrors } from '../domain/page-errors.js';
import { pages, posts, sites, type ThemeSettings } from '../schema.js';
import { writeVersion } from './pages.js';
import { actorName, bumpSiteVersion } from './site-version.js';

export interface SiteView {
  starterId: string;
  category: string;
  designSystem: string;
  tagline: string;
  theme: ThemeSettings;
  timezone: string;
  customDomain: string | null;
  siteVersion: number;
  /** Contrast problems of the theme colors, in words (empty when fine). */
  warnings: string[];
}

export const EMPTY_THEME: ThemeSettings = {
  primary: null,
  accent: null,
  headingFont: null,
  bodyFont: null,
  logo: '',
  favicon: '',
};

function view(row: typeof sites.$inferSelect): SiteView {
  const ds = designSystemById(row.designSystem);
  return {
    starterId: row.starterId,
    category: row.category,
    designSystem: row.designSystem,
    tagline: row.tagline,
    theme: row.theme,
    timezone: row.timezone,
    customDomain: row.customDomain,
    siteVersion: row.siteVersion,
    warnings: ds ? themeColorWarnings(ds, row.theme) : [],
  };
}

/** Copies a starter into the App of `ctx` (call inside the App's creating transaction). */
export async function applyStarter(
  tx: Executor,
  ctx: TenantContext,
  starterId: string,
  now = new Date(),
): Promise<void> {
  const sample = starterById(starterId);
  if (!sample) throw SiteErrors.starter_not_found({ starterId });
  const [app] = await tx.select({ name: apps.name }).from(apps).where(eq(apps.id, ctx.appId));
  const starter = app ? withBusinessName(sample, app.name) : sample;
  await tx.insert(sites).values({
    appId: ctx.appId,
    starterId: starter.id,
    category: starter.category,
    designSystem: starter.designSystem,
    tagline: starter.site.tagline,
    theme: EMPTY_THEME,
  });
  await copyPages(tx, ctx, starter, now);
  await copyPosts(tx, ctx, starter, now);
}

/**
 * The starter's copy names a sample business ("Jahazi Café & Kitchen"); a new App's site speaks
 * with the App's own name from the first second — in headings, page titles and posts alike.
 */
export function withBusinessName(starter: Starter, name: string): Starter {
  const from = JSON.stringify(starter.site.name).slice(1, -1);
  const to = JSON.stringify(name).slice(1, -1);
  if (!from || from === to) return starter;
  return JSON.parse(JSON.stringify(starter).replaceAll(from, to)) as Starter;
}

async function copyPages(tx: Executor, ctx: TenantContext, starter: Starter, now: Date): Promise<void> {
  for (const [i, p] of starter.pages.entries()) {
    const [page] = await tx
      .insert(pages)
      .values({
        id: newId(),
        appId: ctx.appId,
        slug: p.isHome ? '' : p.slug,
        title: p.title,
        isHome: p.isHome,
        inNav: p.inNav,
        position: i,
        seo: p.seo,
      })
      .returning();
    if (!page) continue;
    const sections = p.sections.map((s) => ({ id: newId().slice(-12), type: s.type, props: s.props }));
    const row = await writeVersion(tx, ctx, page, {
      title: p.title,
      seo: p.seo,
      sections,
      message: `From the ${starter.name} starter`,
    });
    await tx
      .update(pages)
      .set({ publishedVersionId: row.draftVersionId, publishedAt: now })
      .where(eq(pages.id, page.id));
  }
}

async function copyPosts(tx: Executor, ctx: TenantContext, starter: Starter, now: Date): Promise<void> {
  const author = await actorName(tx, ctx.actor);
  for (const post of starter.posts) {
    const publishedAt = new Date(now.getTime() - post.daysAgo * 86_400_000);
    await tx.insert(posts).values({
      id: newId(),
      appId: ctx.appId,
      slug: post.slug,
      title: post.title,
      excerpt: post.excerpt,
      cover: post.cover,
      tags: post.tags,
      authorId: ctx.actor.type === 'user' ? ctx.actor.id : null,
      authorName: post.author || author,
      body: post.body,
      status: 'published',
      publishedAt,
      seo: { title: '', description: post.excerpt.slice(0, 160), image: post.cover.src, noindex: false },
    });
  }
}

async function loadSite(tx: Executor, appId: string) {
  const [row] = await tx.select().from(sites).where(eq(sites.appId, appId));
  if (!row) throw SiteErrors.not_found({ appId });
  return row;
}

export async function getSite(database: Database, ctx: TenantContext): Promise<SiteView> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => view(await loadSite(tx, ctx.appId)));
}

// The same rules as section props: a theme colour is `#rrggbb`, a logo is an allowed image source.
const Color = color().transform((s) => s.toLowerCase());
const ImageRef = imageSrc();
const Font = z.string().refine((id) => !!fontById(id), 'Pick a font from the list of curated fonts.');

export const ThemeInput = z
  .object({
    primary: Color.nullable().optional(),
    accent: Color.nullable().optional(),
    headingFont: Font.nullable().optional(),
    bodyFont: Font.nullable().optional(),
    logo: ImageRef.optional(),
    favicon: ImageRef.optional(),
    designSystem: z.string().optional(),
    tagline: z.string().trim().max(160, 'Keep the tagline under 160 characters.').optional(),
  })
  .strict();

/** Changes the theme; returns it with contrast warnings. Visible on the public site at once. */
export async function updateTheme(database: Database, ctx: TenantContext, input: unknown): Promise<SiteView> {
  authorize(ctx, 'site.manage');
  const parsed = ThemeInput.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw SiteErrors.invalid_theme(
      { issues },
      `The theme is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
  const { designSystem, tagline, ...theme } = parsed.data;
  return database.tenant(ctx, async (tx) => {
    const row = await loadSite(tx, ctx.appId);
    if (designSystem !== undefined) {
      const ds = designSystemById(designSystem);
      if (!ds || ds.category !== row.category) {
        throw SiteErrors.invalid_theme(
          {
            issues: [
              { path: 'designSystem', message: 'Pick one of the design systems of this site’s category.' },
            ],
          },
          'designSystem: pick one of the design systems of this site’s category.',
        );
      }
    }
    const [updated] = await tx
      .update(sites)
      .set({
        theme: { ...row.theme, ...theme },
        ...(designSystem !== undefined ? { designSystem } : {}),
        ...(tagline !== undefined ? { tagline } : {}),
      })
      .where(eq(sites.appId, ctx.appId))
      .returning();
    await bumpSiteVersion(tx, ctx.appId);
    return view({ ...(updated as typeof sites.$inferSelect), siteVersion: row.siteVersion + 1 });
  });
}

const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * Maps a custom domain to the App's site (answered by the Host header), or removes it with null.
 * `reserved` are domains the platform itself answers (its own host, the sites domain): refused.
 * Verification of ownership (DNS) comes later; a domain can belong to one App only.
 */
export async function setCustomDomain(
  database: Database,
  ctx: TenantContext,
  input: string | null,
  reserved: readonly string[] = [],
): Promise<SiteView> {
  authorize(ctx, 'site.manage');
  const domain = input === null ? null : input.trim().toLowerCase().replace(/\.$/, '');
  if (domain !== null) {
    if (!DOMAIN.test(domain)) throw SiteErrors.domain_invalid({ domain: input });
    if (reserved.some((r) => domain === r || domain.endsWith(`.${r}`))) {
      throw SiteErrors.domain_invalid(
        { domain },
        `${domain} belongs to this Q-Space platform itself; use a domain you own, like www.example.co.ke.`,
      );
    }
  }
  try {
    return await database.tenant(ctx, async (tx) => {
      const [row] = await tx
        .update(sites)
        .set({ customDomain: domain, updatedAt: new Date() })
        .where(eq(sites.appId, ctx.appId))
        .returning();
      if (!row) throw SiteErrors.not_found({ appId: ctx.appId });
      await bumpSiteVersion(tx, ctx.appId);
      return view(row);
    });
  } catch (error) {
    // The unique index spans every App; row-level security hides the other App's row itself.
    if (
      (error as { cause?: { code?: string }; code?: string }).cause?.code === '23505' ||
      (error as { code?: string }).code === '23505'
    ) {
      throw SiteErrors.domain_taken({ domain });
    }
    throw error;
  }
}

/**
 * Tells every server that the App's public site changed for a reason outside content (the App was
 * renamed or its slug changed): bumps the site version, which also notifies every process.
 */
export async function touchSite(database: Database, ctx: TenantContext): Promise<void> {
  await database.tenant(ctx, (tx) => bumpSiteVersion(tx, ctx.appId));
}
