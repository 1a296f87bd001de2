/**
 * The media library of an App: upload (sniffed, size-limited, sanitized, stripped of metadata, with
 * responsive variants), list and search, alt text, usage and deletion, and resolving `media:<id>`
 * references to public URLs for the site renderer.
 *
 * Files are written to storage before the row is inserted and removed after the row is deleted, so
 * a row never points at a missing file; a failure in between leaves at most an unreferenced file.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { authorize } from '@qspace/auth';
import { type Database, type Executor, isId, newId, systemContext, type TenantContext } from '@qspace/core';
import type { ResolvedImage } from '@qspace/site-kit';
import { and, desc, eq, ilike, inArray, lt, ne, or } from 'drizzle-orm';
import { MediaErrors } from '../domain/media-errors.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PIXELS,
  displayName,
  MAX_ALT_LENGTH,
  mediaKeyBase,
  mediaUrl,
} from '../domain/media-rules.js';
import { detectType } from '../domain/sniff.js';
import type { MediaStorage } from '../infrastructure/storage.js';
import { media, mediaUsage, pages, posts } from '../schema.js';
import { readReceivedText, receiveToTempFile, storeMedia } from './media-pipeline.js';

export type MediaRow = typeof media.$inferSelect;

/** A library item as callers see it: the row plus the public URL of the original. */
export type MediaItem = MediaRow & { url: string };

export interface MediaLimits {
  /** Largest upload in bytes (default 10 MiB). */
  maxBytes: number;
  /** Largest decoded image in pixels (default 60 megapixels). */
  maxPixels: number;
  /** Where uploads are received before they are checked (default: the OS temp folder). */
  tmpDir: string;
}

export interface UploadInput {
  filename: string;
  stream: Readable;
  /** What the client claimed; kept out of the decision on purpose (the bytes decide). */
  declaredType?: string;
  alt?: string;
}

/** Receives, verifies and stores one file; returns the new library item. Needs `content.edit`. */
export async function uploadMedia(
  database: Database,
  storage: MediaStorage,
  ctx: TenantContext,
  input: UploadInput,
  limits: Partial<MediaLimits> = {},
): Promise<MediaItem> {
  try {
    authorize(ctx, 'content.edit');
  } catch (error) {
    input.stream.destroy();
    throw error;
  }
  const alt = checkAlt(input.alt ?? '');
  const dir = limits.tmpDir ?? join(tmpdir(), 'qspace-uploads');
  const file = await receiveToTempFile(input.stream, dir, limits.maxBytes ?? DEFAULT_MAX_BYTES);
  const written: string[] = [];
  try {
    const { type, svg } = await detectType(file.head, () => readReceivedText(file));
    const keyBase = mediaKeyBase(ctx.appId, file.sha256, input.filename);
    const maxPixels = limits.maxPixels ?? DEFAULT_MAX_PIXELS;
    const stored = await storeMedia(storage, { file, type, svg, keyBase, maxPixels }, written);
    const row: MediaRow = {
      id: newId(),
      appId: ctx.appId,
      filename: displayName(input.filename),
      mime: type.mime,
      size: stored.size,
      width: stored.width,
      height: stored.height,
      alt,
      storageKey: stored.key,
      variants: stored.variants,
      sha256: file.sha256,
      uploadedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      createdAt: new Date(),
    };
    await database.tenant(ctx, (tx) => tx.insert(media).values(row));
    return withUrl(row);
  } catch (error) {
    // Same bytes already stored under the same key by an earlier upload must survive.
    await removeUnreferenced(database, ctx, storage, written, null);
    throw error;
  } finally {
    await file.discard();
  }
}

export interface MediaPage {
  items: MediaItem[];
  /** Pass as `before` for the next (older) page; null at the end. */
  next: string | null;
}

/** The library, newest first; `q` searches file names and alt texts. Needs `content.read`. */
export async function listMedia(
  database: Database,
  ctx: TenantContext,
  query: { q?: string; limit?: number; before?: string } = {},
): Promise<MediaPage> {
  authorize(ctx, 'content.read');
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 100);
  const pattern = query.q?.trim() ? `%${query.q.trim().replace(/[\\%_]/g, '\\$&')}%` : null;
  const rows = await database.tenant(ctx, (tx) =>
    tx
      .select()
      .from(media)
      .where(
        and(
          pattern ? or(ilike(media.filename, pattern), ilike(media.alt, pattern)) : undefined,
          query.before && isId(query.before) ? lt(media.id, query.before) : undefined,
        ),
      )
      .orderBy(desc(media.id))
      .limit(limit + 1),
  );
  const items = rows.slice(0, limit).map(withUrl);
  return { items, next: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/** One library item (404 when it is not in this App). Needs `content.read`. */
export async function getMedia(database: Database, ctx: TenantContext, mediaId: string): Promise<MediaItem> {
  authorize(ctx, 'content.read');
  return withUrl(await database.tenant(ctx, (tx) => findRow(tx, mediaId)));
}

/** Sets the alt text (what a screen reader says; '' marks a decorative image). Needs `content.edit`. */
export async function updateMediaAlt(
  database: Database,
  ctx: TenantContext,
  mediaId: string,
  alt: string,
): Promise<MediaItem> {
  authorize(ctx, 'content.edit');
  const text = checkAlt(alt);
  return database.tenant(ctx, async (tx) => {
    await findRow(tx, mediaId);
    const [row] = await tx.update(media).set({ alt: text }).where(eq(media.id, mediaId)).returning();
    return withUrl(row ?? (await findRow(tx, mediaId)));
  });
}

export interface MediaUse {
  ownerType: 'page' | 'post' | 'site';
  ownerId: string;
  /** Page or post title, or 'Site settings' (logo, favicon). */
  title: string;
}

/** Where an item is used (pages, posts, site settings). Needs `content.read`. */
export async function mediaUsageOf(
  database: Database,
  ctx: TenantContext,
  mediaId: string,
): Promise<MediaUse[]> {
  authorize(ctx, 'content.read');
  return database.tenant(ctx, async (tx) => {
    await findRow(tx, mediaId);
    return usesOf(tx, mediaId);
  });
}

/**
 * Deletes an item and its files. When pages, posts or site settings still use it, refuses with 409
 * naming them — unless `force`, which also forgets those usage rows. Needs `content.edit`.
 */
export async function deleteMedia(
  database: Database,
  storage: MediaStorage,
  ctx: TenantContext,
  mediaId: string,
  options: { force?: boolean } = {},
): Promise<void> {
  authorize(ctx, 'content.edit');
  const row = await database.tenant(ctx, async (tx) => {
    const found = await findRow(tx, mediaId);
    const uses = await usesOf(tx, mediaId);
    if (uses.length > 0 && !options.force) throw inUse(uses);
    await tx.delete(mediaUsage).where(eq(mediaUsage.mediaId, mediaId));
    await tx.delete(media).where(eq(media.id, mediaId));
    return found;
  });
  await removeUnreferenced(database, ctx, storage, keysOf(row), mediaId);
}

/**
 * Resolves media ids to what `<img>` needs, for the public-site renderer: the original as `src`,
 * the WebP variants as `srcSet`. Unknown ids, other Apps' ids and PDFs are left out of the map.
 */
export async function resolveMediaImages(
  database: Database,
  appId: string,
  ids: readonly string[],
): Promise<Map<string, ResolvedImage>> {
  const wanted = [...new Set(ids)].filter(isId);
  const resolved = new Map<string, ResolvedImage>();
  if (wanted.length === 0) return resolved;
  const rows = await database.tenant(systemContext(appId, 'public site'), (tx) =>
    tx.select().from(media).where(inArray(media.id, wanted)),
  );
  for (const row of rows) {
    if (row.mime.startsWith('image/')) resolved.set(row.id, resolvedImage(row));
  }
  return resolved;
}

function resolvedImage(row: MediaRow): ResolvedImage {
  const image: ResolvedImage = { src: mediaUrl(row.storageKey) };
  const webp = row.variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width);
  if (webp.length > 0) image.srcSet = webp.map((v) => `${mediaUrl(v.key)} ${v.width}w`).join(', ');
  if (row.width !== null) image.width = row.width;
  if (row.height !== null) image.height = row.height;
  return image;
}

// ---- helpers --------------------------------------------------------------------------------

function withUrl(row: MediaRow): MediaItem {
  return { ...row, url: mediaUrl(row.storageKey) };
}

function checkAlt(alt: string): string {
  const text = alt.trim();
  if (text.length > MAX_ALT_LENGTH) throw MediaErrors.media_alt_too_long({ length: text.length });
  return text;
}

async function findRow(tx: Executor, mediaId: string): Promise<MediaRow> {
  // A malformed id cannot exist; asking PostgreSQL would fail the uuid cast with a 500.
  const [row] = isId(mediaId) ? await tx.select().from(media).where(eq(media.id, mediaId)) : [];
  if (!row) throw MediaErrors.media_not_found({ mediaId });
  return row;
}

async function usesOf(tx: Executor, mediaId: string): Promise<MediaUse[]> {
  const rows = await tx
    .select({
      ownerType: mediaUsage.ownerType,
      ownerId: mediaUsage.ownerId,
      page: pages.title,
      post: posts.title,
    })
    .from(mediaUsage)
    .leftJoin(pages, and(eq(mediaUsage.ownerType, 'page'), eq(pages.id, mediaUsage.ownerId)))
    .leftJoin(posts, and(eq(mediaUsage.ownerType, 'post'), eq(posts.id, mediaUsage.ownerId)))
    .where(eq(mediaUsage.mediaId, mediaId));
  return rows.map((r) => ({
    ownerType: r.ownerType,
    ownerId: r.ownerId,
    title: r.page ?? r.post ?? (r.ownerType === 'site' ? 'Site settings' : `(deleted ${r.ownerType})`),
  }));
}

function inUse(uses: MediaUse[]) {
  const names = uses.map((u) => (u.ownerType === 'site' ? u.title : `${u.ownerType} “${u.title}”`));
  return MediaErrors.media_in_use(
    { usage: uses },
    `This file is still used by ${names.join(', ')}. Remove it there first, or delete it with force=true (those places will show no image).`,
  );
}

function keysOf(row: MediaRow): string[] {
  return [...new Set([row.storageKey, ...row.variants.map((v) => v.key)])];
}

/**
 * Deletes stored files no other library item of the App points at: keys are content-addressed, so
 * uploading the same file twice under the same name shares them. Storage errors leave orphan files
 * (harmless, unreferenced) rather than failing an operation whose database part is done.
 */
async function removeUnreferenced(
  database: Database,
  ctx: TenantContext,
  storage: MediaStorage,
  keys: string[],
  exceptId: string | null,
): Promise<void> {
  if (keys.length === 0) return;
  const others = await database.tenant(ctx, (tx) =>
    tx
      .select({ storageKey: media.storageKey, variants: media.variants })
      .from(media)
      .where(and(inArray(media.storageKey, keys), exceptId ? ne(media.id, exceptId) : undefined)),
  );
  const kept = new Set(others.flatMap((o) => [o.storageKey, ...o.variants.map((v) => v.key)]));
  await Promise.allSettled(keys.filter((k) => !kept.has(k)).map((k) => storage.delete(k)));
}
