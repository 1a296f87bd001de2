/**
 * Publishing: a page's published version is what the public site shows. Publishing, unpublishing
 * and scheduled publishing bump the site version (public caches drop the App's pages) and record
 * an internal event. A scheduled publish is a durable job, so it happens at its time even when the
 * server restarted in between.
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  type Database,
  type Executor,
  enqueue,
  type JobHandler,
  publishEvent,
  systemClock,
  systemContext,
  type TenantContext,
} from '@qspace/core';
import { and, eq } from 'drizzle-orm';
import { PageErrors } from '../domain/page-errors.js';
import { pages } from '../schema.js';
import { loadPage, loadVersion, type PageSummary, summaryOf } from './pages.js';
import { bumpSiteVersion } from './site-version.js';

export const PUBLISH_PAGE_JOB = 'content.publish_page';

interface PublishJob {
  appId: string;
  pageId: string;
  versionId: string;
  at: string;
}

type PageRow = typeof pages.$inferSelect;

async function publishIn(
  tx: Executor,
  ctx: TenantContext,
  page: PageRow,
  versionId: string,
  now: Date,
): Promise<PageRow> {
  const [row] = await tx
    .update(pages)
    .set({
      publishedVersionId: versionId,
      publishedAt: now,
      scheduledAt: null,
      scheduledVersionId: null,
      updatedAt: now,
    })
    .where(eq(pages.id, page.id))
    .returning();
  await bumpSiteVersion(tx, ctx.appId);
  await publishEvent(tx, {
    appId: ctx.appId,
    type: 'content.page_published',
    payload: { pageId: page.id, versionId, by: `${ctx.actor.type}:${ctx.actor.id}` },
    occurredAt: now,
  });
  return row as PageRow;
}

/** Publishes the draft (or the given version) now. */
export async function publishPage(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  options: { versionId?: string; clock?: Clock } = {},
): Promise<PageSummary> {
  authorize(ctx, 'content.publish');
  const now = (options.clock ?? systemClock).now();
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const versionId = options.versionId ?? page.draftVersionId;
    if (!versionId) throw PageErrors.version_not_found({ pageId });
    await loadVersion(tx, page.id, versionId);
    return summaryOf(await publishIn(tx, ctx, page, versionId, now));
  });
}

/** Takes a page off the public site (it answers 404 there); its versions stay. */
export async function unpublishPage(
  database: Database,
  ctx: TenantContext,
  pageId: string,
): Promise<PageSummary> {
  authorize(ctx, 'content.publish');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    if (!page.publishedVersionId) throw PageErrors.not_published({ pageId });
    const [row] = await tx
      .update(pages)
      .set({ publishedVersionId: null, publishedAt: null, updatedAt: new Date() })
      .where(eq(pages.id, page.id))
      .returning();
    await bumpSiteVersion(tx, ctx.appId);
    await publishEvent(tx, { appId: ctx.appId, type: 'content.page_unpublished', payload: { pageId } });
    return summaryOf(row as PageRow);
  });
}

/** Schedules the draft (or the given version) to be published at `at`. Replaces an earlier schedule. */
export async function schedulePublish(
  database: Database,
  ctx: TenantContext,
  pageId: string,
  at: Date,
  options: { versionId?: string; clock?: Clock } = {},
): Promise<PageSummary> {
  authorize(ctx, 'content.publish');
  const clock = options.clock ?? systemClock;
  if (Number.isNaN(at.getTime()) || at.getTime() <= clock.now().getTime())
    throw PageErrors.schedule_in_past({ at });
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    const versionId = options.versionId ?? page.draftVersionId;
    if (!versionId) throw PageErrors.version_not_found({ pageId });
    await loadVersion(tx, page.id, versionId);
    const [row] = await tx
      .update(pages)
      .set({ scheduledAt: at, scheduledVersionId: versionId, updatedAt: clock.now() })
      .where(eq(pages.id, page.id))
      .returning();
    const payload: PublishJob = { appId: ctx.appId, pageId, versionId, at: at.toISOString() };
    await enqueue(tx, PUBLISH_PAGE_JOB, payload, {
      runAt: at,
      clock,
      dedupeKey: `publish:${pageId}:${versionId}:${at.toISOString()}`,
      maxAttempts: 20,
    });
    return summaryOf(row as PageRow);
  });
}

export async function cancelSchedule(
  database: Database,
  ctx: TenantContext,
  pageId: string,
): Promise<PageSummary> {
  authorize(ctx, 'content.publish');
  return database.tenant(ctx, async (tx) => {
    const page = await loadPage(tx, ctx, pageId);
    if (!page.scheduledAt) throw PageErrors.nothing_scheduled({ pageId });
    // The job stays queued; it finds no matching schedule and does nothing.
    const [row] = await tx
      .update(pages)
      .set({ scheduledAt: null, scheduledVersionId: null, updatedAt: new Date() })
      .where(eq(pages.id, page.id))
      .returning();
    return summaryOf(row as PageRow);
  });
}

/**
 * The scheduled-publish job. It publishes only if the page is still scheduled for exactly this
 * version and time (a cancelled or replaced schedule makes it a no-op), so retries are harmless.
 */
export function createPublishPageHandler(clock: Clock = systemClock): JobHandler {
  return async (job, { database }) => {
    const p = job.payload as PublishJob;
    const ctx = systemContext(p.appId, 'scheduled publish');
    await database.tenant(ctx, async (tx) => {
      const [page] = await tx
        .select()
        .from(pages)
        .where(and(eq(pages.appId, p.appId), eq(pages.id, p.pageId)));
      if (!page || page.scheduledVersionId !== p.versionId || page.scheduledAt?.toISOString() !== p.at)
        return;
      await publishIn(tx, ctx, page, p.versionId, clock.now());
    });
  };
}
