/**
 * Publishing blog posts: publish now, unpublish, and schedule for later. Scheduled publishing is a
 * durable job enqueued in the same transaction as the status change; its handler publishes only a
 * post still scheduled for the job's time. Every change of what the public sees bumps the site version.
 */
import { authorize } from '@qspace/auth';
import {
  type Clock,
  type Database,
  type Executor,
  enqueue,
  isId,
  type JobHandler,
  systemClock,
  systemContext,
  type TenantContext,
} from '@qspace/core';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { nextStatus, type PostAction, scheduleProblem } from '../domain/posts.js';
import { ContentErrors } from '../errors.js';
import { type PostStatus, posts } from '../schema.js';
import { loadPost, type PostDto, type PostRow, postOf } from './posts.js';
import { bumpSiteVersion } from './site-version.js';

// ---- status ------------------------------------------------------------------------------------

function assertTransition(row: PostRow, action: PostAction): PostStatus {
  const to = nextStatus(row.status, action);
  if (!to) {
    throw ContentErrors.post_status_conflict(
      { postId: row.id, status: row.status, action },
      action === 'schedule' && row.status === 'published'
        ? 'This post is already published. Unpublish it first, then schedule it.'
        : `A ${row.status} post cannot be ${action}ed.`,
    );
  }
  return to;
}

async function setStatus(
  tx: Executor,
  ctx: TenantContext,
  postId: string,
  values: Pick<PostRow, 'status' | 'publishedAt' | 'scheduledAt' | 'updatedAt'>,
): Promise<PostRow> {
  const [row] = await tx
    .update(posts)
    .set(values)
    .where(and(eq(posts.appId, ctx.appId), eq(posts.id, postId)))
    .returning();
  if (!row) throw ContentErrors.post_not_found({ postId });
  return row;
}

/** Publishes now. Publishing a published post changes nothing (its date stays). */
export async function publishPost(
  database: Database,
  ctx: TenantContext,
  postId: string,
  clock: Clock = systemClock,
): Promise<PostDto> {
  authorize(ctx, 'content.publish');
  return database.tenant(ctx, async (tx) => {
    const current = await loadPost(tx, ctx, postId);
    assertTransition(current, 'publish');
    if (current.status === 'published') return postOf(current);
    const now = clock.now();
    const row = await setStatus(tx, ctx, postId, {
      status: 'published',
      publishedAt: now,
      scheduledAt: null,
      updatedAt: now,
    });
    await bumpSiteVersion(tx, ctx.appId);
    return postOf(row);
  });
}

/** Takes a post off the site (or cancels its schedule): it is a draft again. */
export async function unpublishPost(
  database: Database,
  ctx: TenantContext,
  postId: string,
  clock: Clock = systemClock,
): Promise<PostDto> {
  authorize(ctx, 'content.publish');
  return database.tenant(ctx, async (tx) => {
    const current = await loadPost(tx, ctx, postId);
    assertTransition(current, 'unpublish');
    if (current.status === 'draft') return postOf(current);
    const row = await setStatus(tx, ctx, postId, {
      status: 'draft',
      publishedAt: null,
      scheduledAt: null,
      updatedAt: clock.now(),
    });
    if (current.status === 'published') await bumpSiteVersion(tx, ctx.appId);
    return postOf(row);
  });
}

// ---- scheduled publishing ----------------------------------------------------------------------

export const POST_PUBLISH_JOB = 'content.post.publish';

const PublishPayload = z.object({ appId: z.string(), postId: z.string(), at: z.iso.datetime() });
export type PostPublishPayload = z.infer<typeof PublishPayload>;

/**
 * Schedules the post to go live at `at` (in the future). Rescheduling enqueues a job for the new
 * time; the job for the old time finds the schedule changed and does nothing.
 */
export async function schedulePost(
  database: Database,
  ctx: TenantContext,
  postId: string,
  at: Date,
  clock: Clock = systemClock,
): Promise<PostDto> {
  authorize(ctx, 'content.publish');
  const problem = scheduleProblem(at, clock.now());
  if (problem) throw ContentErrors.post_schedule_in_past({ at: String(at) }, problem);
  return database.tenant(ctx, async (tx) => {
    const current = await loadPost(tx, ctx, postId);
    assertTransition(current, 'schedule');
    const row = await setStatus(tx, ctx, postId, {
      status: 'scheduled',
      publishedAt: null,
      scheduledAt: at,
      updatedAt: clock.now(),
    });
    const payload: PostPublishPayload = { appId: ctx.appId, postId, at: at.toISOString() };
    // The key holds the time, so a reschedule is a new job rather than a duplicate of the old one.
    await enqueue(tx, POST_PUBLISH_JOB, payload, {
      runAt: at,
      dedupeKey: `${POST_PUBLISH_JOB}:${postId}:${payload.at}`,
      clock,
    });
    return postOf(row);
  });
}

/**
 * The job handler behind `schedulePost`. Publishes only a post still scheduled for exactly the job's
 * time — so a run after a reschedule, an unpublish, a delete or a retry of a finished run is a no-op.
 * The publication date is the scheduled time, even when the worker runs late.
 */
export function createPostPublishHandler(database: Database, clock: Clock = systemClock): JobHandler {
  return async (job) => {
    const parsed = PublishPayload.safeParse(job.payload);
    if (!parsed.success || !isId(parsed.data.appId) || !isId(parsed.data.postId)) return; // nothing a retry could fix
    const { appId, postId, at } = parsed.data;
    const when = new Date(at);
    await database.tenant(systemContext(appId, 'scheduled post publish'), async (tx) => {
      const published = await tx
        .update(posts)
        .set({ status: 'published', publishedAt: when, scheduledAt: null, updatedAt: clock.now() })
        .where(
          and(
            eq(posts.appId, appId),
            eq(posts.id, postId),
            eq(posts.status, 'scheduled'),
            eq(posts.scheduledAt, when),
          ),
        )
        .returning({ id: posts.id });
      if (published.length > 0) await bumpSiteVersion(tx, appId);
    });
  };
}
