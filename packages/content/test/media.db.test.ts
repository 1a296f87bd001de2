/**
 * The media library against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and a
 * real disk storage in a temporary folder.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { newId, type TenantContext } from '@qspace/core';
import type { TestDatabase } from '@qspace/core/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaErrors } from '../src/domain/media-errors.js';
import { DiskStorage } from '../src/infrastructure/storage-disk.js';
import { mediaUsage, pages } from '../src/schema.js';
import {
  deleteMedia,
  getMedia,
  listMedia,
  mediaUsageOf,
  resolveMediaImages,
  updateMediaAlt,
  uploadMedia,
} from '../src/services/media.js';
import { EVIL_SVG, exifTags, GPS_IFD, phoneJpeg, png } from './fixtures/media.js';
import { as, contentTestDatabase, createOwnedApp } from './helpers.js';

const SEO = { title: '', description: '', image: '', noindex: false };

/** Every file under `dir`, relative, recursively. */
async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

async function bytesOf(storage: DiskStorage, key: string): Promise<Buffer> {
  const got = await storage.get(key);
  if (!got) throw new Error(`no stored file ${key}`);
  const chunks: Buffer[] = [];
  for await (const chunk of got.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('media library', () => {
  let t: TestDatabase;
  let root: string;
  let storage: DiskStorage;
  let limits: { tmpDir: string };
  let a: TenantContext;
  let b: TenantContext;

  beforeAll(async () => {
    t = await contentTestDatabase();
    root = await mkdtemp(join(tmpdir(), 'qspace-media-'));
    storage = new DiskStorage(join(root, 'store'));
    limits = { tmpDir: join(root, 'incoming') };
    a = (await createOwnedApp(t, 'Mama Oliech')).ctx;
    b = (await createOwnedApp(t, 'Other App')).ctx;
  });
  afterAll(async () => {
    await t?.close();
    await rm(root, { recursive: true, force: true });
  });

  const upload = (ctx: TenantContext, filename: string, bytes: Buffer | Readable, extra = {}) =>
    uploadMedia(
      t,
      storage,
      ctx,
      { filename, stream: bytes instanceof Readable ? bytes : Readable.from([bytes]), ...extra },
      { ...limits, ...extra },
    );

  it('strips EXIF and GPS from a phone photo, keeps it upright, and makes variants', async () => {
    const original = await phoneJpeg();
    expect(await exifTags(original)).toContain(GPS_IFD);

    const item = await upload(a, 'IMG_2041.JPG', original, { alt: 'Our kitchen' });
    expect(item).toMatchObject({ mime: 'image/jpeg', width: 1000, height: 1500, alt: 'Our kitchen' });
    expect(item.storageKey).toMatch(new RegExp(`^${a.appId}/[0-9a-f]{16}/img-2041\\.jpg$`));
    expect(item.url).toBe(`/_m/${item.storageKey}`);

    const stored = await bytesOf(storage, item.storageKey);
    expect(await exifTags(stored)).toEqual([]);
    expect(stored.includes(Buffer.from('Karen'))).toBe(false);
    expect((await sharp(stored).metadata()).orientation).toBeUndefined();

    const widths = (format: string) => item.variants.filter((v) => v.format === format).map((v) => v.width);
    expect(widths('webp')).toEqual([320, 640, 960, 1000]);
    expect(widths('jpeg')).toEqual([320, 640, 960, 1000]);
    for (const variant of item.variants) {
      const bytes = await bytesOf(storage, variant.key);
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([variant.format, variant.width, variant.height]);
      expect(meta.exif).toBeUndefined();
    }
  });

  it('refuses HTML named photo.jpg with 415, whatever type the client declared, and stores nothing', async () => {
    const before = await filesIn(root);
    const html = Buffer.from('<!doctype html><html><body><script>steal()</script></body></html>');
    const error = await upload(a, 'photo.jpg', html, { declaredType: 'image/jpeg' }).catch((e: unknown) => e);
    expect(MediaErrors.media_type_refused.is(error)).toBe(true);
    expect((error as { status: number }).status).toBe(415);
    expect((error as Error).message).toMatch(/an HTML document.*JPEG, PNG, WebP, AVIF, GIF, SVG or PDF/);
    expect(await filesIn(root)).toEqual(before);
  });

  it('stores an SVG sanitized: no script, handlers, javascript: links or foreignObject', async () => {
    const item = await upload(a, 'logo.svg', Buffer.from(EVIL_SVG));
    expect(item).toMatchObject({ mime: 'image/svg+xml', width: 100, height: 100, variants: [] });
    const svg = (await bytesOf(storage, item.storageKey)).toString();
    for (const bad of ['<script', 'onload', 'onclick', 'javascript', 'foreignObject', 'evil.example']) {
      expect(svg).not.toContain(bad);
    }
    expect(svg).toContain('<circle cx="50" cy="50" r="40" fill="url(#g)">');
    expect((await sharp(Buffer.from(svg)).metadata()).width).toBe(100);
  });

  it('refuses an 11 MB upload with 413 while streaming, leaving no file in storage or the temp folder', async () => {
    const before = await filesIn(root);
    let produced = 0;
    const eleven = new Readable({
      read() {
        if (produced >= 11 * 1024 * 1024) return this.push(null);
        produced += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, 0xff));
      },
    });
    const error = await upload(a, 'huge.png', eleven).catch((e: unknown) => e);
    expect(MediaErrors.media_too_large.is(error)).toBe(true);
    expect((error as { status: number }).status).toBe(413);
    expect((error as Error).message).toContain('larger than 10 MB');
    // Reading stopped right after the limit instead of draining the sender.
    expect(produced).toBeLessThanOrEqual(10 * 1024 * 1024 + 256 * 1024);
    expect(await filesIn(root)).toEqual(before);
  });

  it('answers 400 when the sender stops mid-upload, and keeps nothing', async () => {
    const before = await filesIn(root);
    const broken = new Readable({
      read() {
        this.push(Buffer.alloc(32 * 1024, 1));
        this.destroy(new Error('Unexpected end of form'));
      },
    });
    const error = await upload(a, 'cut.jpg', broken).catch((e: unknown) => e);
    expect(MediaErrors.media_upload_incomplete.is(error)).toBe(true);
    expect(await filesIn(root)).toEqual(before);
  });

  it('honours a configured size limit', async () => {
    const error = await upload(a, 'small.png', await png(400, 400), { maxBytes: 100 }).catch(
      (e: unknown) => e,
    );
    expect(MediaErrors.media_too_large.is(error)).toBe(true);
  });

  it('lists newest first, searches names and alt texts, pages with `next`', async () => {
    const first = await upload(a, 'ugali-plate.png', await png(50, 40));
    const second = await upload(a, 'sukuma.png', await png(60, 40), { alt: 'Sukuma wiki with ugali' });
    const page = await listMedia(t, a, { limit: 1 });
    expect(page.items.map((i) => i.id)).toEqual([second.id]);
    const rest = await listMedia(t, a, { limit: 100, before: page.next ?? '' });
    expect(rest.items[0]?.id).toBe(first.id);
    expect((await listMedia(t, a, { q: 'UGALI' })).items.map((i) => i.id)).toEqual([second.id, first.id]);
    expect((await listMedia(t, a, { q: '100%_' })).items).toEqual([]);
    expect(first).toMatchObject({ width: 50, height: 40 });
    expect(first.variants.map((v) => `${v.format}:${v.width}`)).toEqual(['webp:50', 'png:50']);
  });

  it('updates alt text (editor) but not for a viewer', async () => {
    const item = await upload(a, 'team.png', await png(30, 30));
    expect((await updateMediaAlt(t, a, item.id, '  Our team  ')).alt).toBe('Our team');
    expect((await getMedia(t, a, item.id)).alt).toBe('Our team');
    await expect(updateMediaAlt(t, as(a, 'viewer'), item.id, 'x')).rejects.toThrow(/needs editor/);
    await expect(upload(as(a, 'viewer'), 'x.png', await png(10, 10))).rejects.toThrow(/needs editor/);
  });

  it('refuses to delete a used file with 409 naming where, then deletes it and its files with force', async () => {
    const item = await upload(a, 'hero.png', await png(700, 300));
    const pageId = newId();
    await t.tenant(a, async (tx) => {
      await tx
        .insert(pages)
        .values({ id: pageId, appId: a.appId, slug: 'about', title: 'About us', seo: SEO });
      await tx
        .insert(mediaUsage)
        .values({ appId: a.appId, mediaId: item.id, ownerType: 'page', ownerId: pageId });
    });
    expect(await mediaUsageOf(t, a, item.id)).toEqual([
      { ownerType: 'page', ownerId: pageId, title: 'About us' },
    ]);

    const error = await deleteMedia(t, storage, a, item.id).catch((e: unknown) => e);
    expect(MediaErrors.media_in_use.is(error)).toBe(true);
    expect((error as Error).message).toContain('page “About us”');
    expect(await storage.stat(item.storageKey)).not.toBeNull();

    await deleteMedia(t, storage, a, item.id, { force: true });
    await expect(getMedia(t, a, item.id)).rejects.toThrow(/No file with this id/);
    for (const key of [item.storageKey, ...item.variants.map((v) => v.key)]) {
      expect(await storage.stat(key), key).toBeNull();
    }
  });

  it('keeps files shared with an identical earlier upload when one of them is deleted', async () => {
    const bytes = await png(80, 80);
    const one = await upload(a, 'same.png', bytes);
    const two = await upload(a, 'same.png', bytes);
    expect(two.storageKey).toBe(one.storageKey);
    await deleteMedia(t, storage, a, one.id);
    expect(await storage.stat(two.storageKey)).not.toBeNull();
    await deleteMedia(t, storage, a, two.id);
    expect(await storage.stat(two.storageKey)).toBeNull();
  });

  it('keeps each App to its own library: another App cannot see, change or delete an asset', async () => {
    const item = await upload(a, 'secret.png', await png(20, 20));
    expect((await listMedia(t, b)).items).toEqual([]);
    await expect(getMedia(t, b, item.id)).rejects.toThrow(/No file with this id/);
    await expect(updateMediaAlt(t, b, item.id, 'mine')).rejects.toThrow(/No file with this id/);
    await expect(deleteMedia(t, storage, b, item.id, { force: true })).rejects.toThrow(
      /No file with this id/,
    );
    await expect(mediaUsageOf(t, b, item.id)).rejects.toThrow(/No file with this id/);
    expect((await resolveMediaImages(t, b.appId, [item.id])).size).toBe(0);
    expect((await getMedia(t, a, item.id)).id).toBe(item.id);
    expect(await storage.stat(item.storageKey)).not.toBeNull();
  });

  it('resolves ids to src, srcSet and size for the public site', async () => {
    const item = await upload(a, 'banner.png', await png(1400, 700));
    const svg = await upload(a, 'mark.svg', Buffer.from(EVIL_SVG));
    const map = await resolveMediaImages(t, a.appId, [item.id, svg.id, 'not-an-id', newId()]);
    expect([...map.keys()].sort()).toEqual([item.id, svg.id].sort());
    const base = item.storageKey.replace(/\.png$/, '');
    expect(map.get(item.id)).toEqual({
      src: `/_m/${item.storageKey}`,
      srcSet: [320, 640, 960, 1280, 1400].map((w) => `/_m/${base}-${w}.webp ${w}w`).join(', '),
      width: 1400,
      height: 700,
    });
    expect(map.get(svg.id)).toEqual({ src: `/_m/${svg.storageKey}`, width: 100, height: 100 });
  });
});
