/**
 * Pages and their versions. Every save of a page is a new immutable version (author, time,
 * message); the page points at its latest version (the draft) and at the published one. Sections
 * are validated against the site-kit registry on every write.
 */
import { authorize } from '@qspace/auth';
import { type Database, type Executor, newId, type TenantContext } from '@qspace/core';
import {
  ContentValidationError,
  type PageTemplate,
  pageTemplate,
  type SectionInstance,
  templateSections,
  validateSections,
} from '@qspace/site-kit';
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import { diffVersions, type VersionDiff } from '../domain/diff.js';
import { PageErrors } from '../domain/page-errors.js';
import { PageTitle, pageSlugProblem, SeoInput, VersionMessage } from '../domain/page-rules.js';
import { mediaUsage, pages, pageVersions, type SeoColumn } from '../schema.js';
import { actorName, bumpSiteVersion, mediaRefs } from './site-version.js';

export type PageStatus = 'draft' | 'published' | 'changed';

export interface PageSummary {
  id: string;
  slug: string;
  title: string;
  isHome: boolean;
  inNav: boolean;
  position: number;
  status: PageStatus;
  seo: SeoColumn;
  draftVersionId: string | null;
  publishedVersionId: string | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
}

export interface PageDetail extends PageSummary {
  sections: SectionInstance[];
  version: number;
}

export interface VersionSummary {
  id: string;
  number: number;
  authorName: string;
  message: string;
  restoredFrom: string | null;
  createdAt: string;
  published: boolean;
  draft: boolean;
}

type PageRow = typeof pages.$inferSelect;
type VersionRow = typeof pageVersions.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The API view of a page row. */
export function summaryOf(p: PageRow): PageSummary {
  const status: PageStatus = !p.publishedVersionId
    ? 'draft'
    : p.publishedVersionId === p.draftVersionId
      ? 'published'
      : 'changed';
  return {
    id: p.id,
    slug: p.slug,
    title: p.title,
    isHome: p.isHome,
    inNav: p.inNav,
    position: p.position,
    status,
    seo: p.seo,
    draftVersionId: p.draftVersionId,
    publishedVersionId: p.publishedVersionId,
    publishedAt: iso(p.publishedAt),
    scheduledAt: iso(p.scheduledAt),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Runs the registry validation and turns its issues into the API's 422. */
export function checkSections(input: unknown): SectionInstance[] {
  try {
    return validateSections(input, newId);
  } catch (error) {
    if (error instanceof ContentValidationError) {
      throw PageErrors.invalid_content({ issues: error.issues }, `Content is not valid: ${error.message}`);
    }
    throw error;
  }
}

function parseOr<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  field: string,
): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    path: [field, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  throw PageErrors.invalid_content({ issues }, `${issues[0]?.path}: ${issues[0]?.message}`);
}

function checkSlug(slug: string, isHome: boolean): string {
  const clean = slug.trim().toLowerCase();
  if (isHome) return '';
  if (clean === '' || pageSlugProblem(clean)) throw PageErrors.slug_invalid({ slug });
  return clean;
}

/** The page of the context's App, or 404. */
export async function loadPage(tx: Executor, ctx: TenantContext, pageId: string): Promise<PageRow> {
  const [row] = await tx
    .select()
    .from(pages)
    .where(and(eq(pages.appId, ctx.appId), eq(pages.id, pageId)));
  if (!row) throw PageErrors.not_found({ pageId });
  return row;
}

/** A version of the page, or 404. */
export async function loadVersion(tx: Executor, pageId: string, versionId: string): Promise<VersionRow> {
  const [row] = await tx
    .select()
    .from(pageVersions)
    .where(and(eq(pageVersions.pageId, pageId), eq(pageVersions.id, versionId)));
  if (!row) throw PageErrors.version_not_found({ pageId, versionId });
  return row;
}

async function assertSlugFree(tx: Executor, ctx: TenantContext, slug: string, exceptId?: string) {
  const [row] = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(and(eq(pages.appId, ctx.appId), eq(pages.slug, slug)));
  if (row && row.id !== exceptId) throw PageErrors.slug_taken({ slug });
}

/** Keeps `content_media_usage` for a page equal to what its draft and published versions use. */
async function syncPageMedia(tx: Executor, ctx: TenantContext, page: PageRow): Promise<void> {
  const ids = [page.draftVersionId, page.publishedVersionId].filter((v): v is string => !!v);
  const versions = ids.length
    ? await tx.select().from(pageVersions).where(inArray(pageVersions.id, ids))
    : [];
  const refs = new Set(versions.flatMap((v) => mediaRefs([v.sections, v.seo])));
  await tx.delete(mediaUsage).where(and(eq(mediaUsage.ownerType, 'page'), eq(mediaUsage.ownerId, page.id)));
  if (refs.size > 0) {
    await tx
      .insert(mediaUsage)
      .values(
        [...refs].map((mediaId) => ({
          appId: ctx.appId,
          mediaId,
          ownerType: 'page' as const,
          ownerId: page.id,
        })),
      )
      .onConflictDoNothing();
  }
}

/** Writes a new version of a page and makes it the draft. */
export async function writeVersion(
  tx: Executor,
  ctx: TenantContext,
  page: PageRow,
  content: {
    title: string;
    seo: SeoColumn;
    sections: SectionInstance[];
    message: string;
    restoredFrom?: string;
  },
): Promise<PageRow> {
  const [last] = await tx
    .select({ n: max(pageVersions.number) })
    .from(pageVersions)
    .where(eq(pageVersions.pageId, page.id));
  const id = newId();
  await tx.insert(pageVersions).values({
    id,
    appId: ctx.appId,
    pageId: page.id,
    number: (last?.n ?? 0) + 1,
    title: content.title,
    seo: content.seo,
    sections: content.sections,
    authorId: ctx.actor.type === 'user' ? ctx.actor.id : null,
    authorName: await actorName(tx, ctx.actor),
    message: content.message,
    restoredFrom: content.restoredFrom ?? null,
  });
  const [updated] = await tx
    .update(pages)
    .set({ draftVersionId: id, title: content.title, seo: content.seo, updatedAt: new Date() })
    .where(eq(pages.id, page.id))
    .returning();
  const row = updated as PageRow;
  await syncPageMedia(tx, ctx, row);
  return row;
}

async function detail(tx: Executor, page: PageRow): Promise<PageDetail> {
  const version = page.draftVersionId ? await loadVersion(tx, page.id, page.draftVersionId) : null;
  return { ...summaryOf(page), sections: version?.sections ?? [], version: version?.number ?? 0 };
}

export async function listPages(database: Database, ctx: TenantContext): Promise<PageSummary[]> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(pages)
      .where(eq(pages.appId, ctx.appId))
      .orderBy(desc(pages.isHome), asc(pages.position), asc(pages.createdAt));
    return rows.map(summaryOf);
  });
}

export async function getPage(database: Database, ctx: TenantContext, pageId: string): Promise<PageDetail> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => detail(tx, await loadPage(tx, ctx, pageId)));
}

export interface CreatePageInput {
  title: string;
  slug: string;
  sections?: unknown;
  /** A page template's id (PAGE_TEMPLATES): its sections between the site's navigation and footer. */
  template?: string;
  seo?: unknown;
  inNav?: boolean;
}

export async function createPage(
  database: Database,
  ctx: TenantContext,
  input: CreatePageInput,
): Promise<PageDetail> {
  authorize(ctx, 'content.edit');
  const title = parseOr(PageTitle, input.title, 'title');
  const seo = parseOr(SeoInput, input.seo ?? {}, 'seo');
  const given = input.sections === undefined ? null : checkSections(input.sections);
  const template = input.template === undefined ? undefined : pageTemplate(input.template);
  if (input.template !== undefined && !template)
    throw PageErrors.template_not_found({ template: input.template });
  const slug = checkSlug(input.slug, false);
  return database.tenant(ctx, async (tx) => {
    await assertSlugFree(tx, ctx, slug);
    const sections = given ?? withChrome(await siteChrome(tx, ctx), template);
    const [pos] = await tx
      .select({ n: max(pages.position) })
      .from(pages)
      .where(eq(pages.appId, ctx.appId));
    const [page] = await tx
      .insert(pages)
      .values({
        id: newId(),
        appId: ctx.appId,
        slug,
        title,
        seo,
        position: (pos?.n ?? 0) + 1,
        inNav: input.inNav ?? true,
      })
      .returning();
    const row = await writeVersion(tx, ctx, page as PageRow, { title, seo, sections, message: 'Created' });
    return detail(tx, row);
  });
}

/**
 * A blank page starts with the site's navigation and footer (copied from the home page's draft,
 * with new ids), so it is part of the site from its first save.
 */
async function siteChrome(tx: Executor, ctx: TenantContext): Promise<SectionInstance[]> {
  const [home] = await tx
    .select({ sections: pageVersions.sections })
    .from(pages)
    .innerJoin(pageVersions, eq(pageVersions.id, pages.draftVersionId))
    .where(and(eq(pages.appId, ctx.appId), eq(pages.isHome, true)));
  const list = home?.sections ?? [];
  const first = list[0];
  const last = list[list.length - 1];
  const chrome = [first?.type === 'navigation' ? first : null, last?.type === 'footer' ? last : null];
  return chrome.filter((s): s is SectionInstance => !!s).map((s) => ({ ...s, id: newId().slice(-12) }));
}

/** The template's sections between the navigation and the footer the page got from the site. */
function withChrome(chrome: SectionInstance[], template: PageTemplate | undefined): SectionInstance[] {
  if (!template) return chrome;
  const body = templateSections(template, () => newId().slice(-12));
  const nav = chrome[0]?.type === 'navigation' ? [chrome[0]] : [];
  const footer =
    chrome[chrome.length - 1]?.type === 'footer' ? [chrome[chrome.length - 1] as SectionInstance] : [];
  return [...nav, ...body, ...footer];
}

export interface SavePageInput {
  sections?: unknown;
  title?: string;
  seo?: unknown;
  message?: string;
}

/** Saves a draft: a new version with the given parts changed and the rest kept. */
export async function savePage(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  input: SavePageInput,
): Promise<PageDetail> {
  authorize(ctx, 'content.edit');
  return database.tenant(ctx, async (tx) => {
    // Not found comes before invalid: another App's id must answer 404 whatever the body.
    const page = await loadPage(tx, ctx, pageId);
    const sections = input.sections === undefined ? undefined : checkSections(input.sections);
    const title = input.title === undefined ? undefined : parseOr(PageTitle, input.title, 'title');
    const seo = input.seo === undefined ? undefined : parseOr(SeoInput, input.seo, 'seo');
    const message = parseOr(VersionMessage, input.message ?? '', 'message');
    const current = page.draftVersionId ? await loadVersion(tx, page.id, page.draftVersionId) : null;
    const row = await writeVersion(tx, ctx, page, {
      title: title ?? page.title,
      seo: seo ?? page.seo,
      sections: sections ?? current?.sections ?? [],
      message,
    });
    return detail(tx, row);
  });
}

export interface PageSettingsInput {
  slug?: string;
  inNav?: boolean;
  isHome?: boolean;
}

/** Structural settings (not versioned): slug, navigation, home. Visible on the site at once. */
export async function updatePageSettings(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  input: PageSettingsInput,
): Promise<PageSummary> {
  authorize(ctx, 'content.publish');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const becomesHome = input.isHome === true && !page.isHome;
    const patch: Partial<PageRow> = { updatedAt: new Date() };
    if (input.inNav !== undefined) patch.inNav = input.inNav;
    if (becomesHome) {
      // The old home needs a slug of its own again.
      const [oldHome] = await tx
        .select()
        .from(pages)
        .where(and(eq(pages.appId, ctx.appId), eq(pages.isHome, true)));
      if (oldHome) {
        let slug = 'home';
        for (let n = 2; ; n++) {
          const [taken] = await tx
            .select({ id: pages.id })
            .from(pages)
            .where(and(eq(pages.appId, ctx.appId), eq(pages.slug, slug)));
          if (!taken) break;
          slug = `home-${n}`;
        }
        await tx.update(pages).set({ isHome: false, slug }).where(eq(pages.id, oldHome.id));
      }
      patch.isHome = true;
      patch.slug = '';
    } else if (input.slug !== undefined && !page.isHome) {
      const slug = checkSlug(input.slug, false);
      await assertSlugFree(tx, ctx, slug, page.id);
      patch.slug = slug;
    }
    const [row] = await tx.update(pages).set(patch).where(eq(pages.id, page.id)).returning();
    await bumpSiteVersion(tx, ctx.appId);
    return summaryOf(row as PageRow);
  });
}

/** Sets the navigation order: `pageIds` lists every page in its new order. */
export async function reorderPages(
  database: Database,
  ctx: TenantContext,
  pageIds: string[],
): Promise<PageSummary[]> {
  authorize(ctx, 'content.publish');
  await database.tenant(ctx, async (tx) => {
    const rows = await tx.select({ id: pages.id }).from(pages).where(eq(pages.appId, ctx.appId));
    const known = new Set(rows.map((r) => r.id));
    if (
      pageIds.length !== known.size ||
      !pageIds.every((id) => known.has(id)) ||
      new Set(pageIds).size !== pageIds.length
    ) {
      throw PageErrors.invalid_content(
        { issues: [{ path: 'pageIds', message: 'List every page of the App exactly once.' }] },
        'pageIds: list every page of the App exactly once, in the new order.',
      );
    }
    for (const [i, id] of pageIds.entries())
      await tx
        .update(pages)
        .set({ position: i + 1 })
        .where(eq(pages.id, id));
    await bumpSiteVersion(tx, ctx.appId);
  });
  return listPages(database, ctx);
}

export async function deletePage(database: Database, ctx: TenantContext, pageId: string): Promise<void> {
  authorize(ctx, 'content.publish');
  await database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    if (page.isHome) throw PageErrors.home_required({ pageId });
    await tx.delete(mediaUsage).where(and(eq(mediaUsage.ownerType, 'page'), eq(mediaUsage.ownerId, page.id)));
    await tx.delete(pages).where(eq(pages.id, page.id));
    await bumpSiteVersion(tx, ctx.appId);
  });
}

export async function listVersions(
  database: Database,
  ctx: TenantContext,
  pageId: string,
): Promise<VersionSummary[]> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const rows = await tx
      .select({
        id: pageVersions.id,
        number: pageVersions.number,
        authorName: pageVersions.authorName,
        message: pageVersions.message,
        restoredFrom: pageVersions.restoredFrom,
        createdAt: pageVersions.createdAt,
      })
      .from(pageVersions)
      .where(eq(pageVersions.pageId, page.id))
      .orderBy(desc(pageVersions.number))
      .limit(200);
    return rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      published: r.id === page.publishedVersionId,
      draft: r.id === page.draftVersionId,
    }));
  });
}

export async function getVersion(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  versionId: string,
): Promise<VersionSummary & { title: string; seo: SeoColumn; sections: SectionInstance[] }> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const v = await loadVersion(tx, page.id, versionId);
    return {
      id: v.id,
      number: v.number,
      authorName: v.authorName,
      message: v.message,
      restoredFrom: v.restoredFrom,
      createdAt: v.createdAt.toISOString(),
      published: v.id === page.publishedVersionId,
      draft: v.id === page.draftVersionId,
      title: v.title,
      seo: v.seo,
      sections: v.sections,
    };
  });
}

/** What changed from version `fromId` to version `toId` (defaults: published → draft). */
export async function compareVersions(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  fromId: string,
  toId: string,
): Promise<VersionDiff> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const [a, b] = await Promise.all([loadVersion(tx, page.id, fromId), loadVersion(tx, page.id, toId)]);
    return diffVersions(a, b);
  });
}

/** Restores a version by saving its content as a new version (history is never rewritten). */
export async function restoreVersion(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  versionId: string,
): Promise<PageDetail> {
  authorize(ctx, 'content.edit');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const v = await loadVersion(tx, page.id, versionId);
    // Re-validate: the registry may have changed since this version was written.
    const sections = checkSections(v.sections);
    const row = await writeVersion(tx, ctx, page, {
      title: v.title,
      seo: v.seo,
      sections,
      message: `Restored version ${v.number}`,
      restoredFrom: v.id,
    });
    return detail(tx, row);
  });
}
