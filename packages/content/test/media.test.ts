/**
 * Media rules without a database: type detection from bytes, the SVG sanitizer, responsive widths
 * and keys, and the disk storage (atomic writes, no path traversal).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaErrors } from '../src/domain/media-errors.js';
import { mediaKeyBase, responsiveWidths, safeName } from '../src/domain/media-rules.js';
import { detectType } from '../src/domain/sniff.js';
import { parseSvg } from '../src/domain/svg.js';
import { isSafeKey } from '../src/infrastructure/storage.js';
import { DiskStorage } from '../src/infrastructure/storage-disk.js';
import { EVIL_SVG, LOGO_SVG } from './fixtures/media.js';

const detect = (bytes: Buffer) => detectType(bytes, async () => bytes.toString('utf8'));

describe('type detection from bytes', () => {
  it('recognises images by signature, whatever the name', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    expect((await detect(png)).type.mime).toBe('image/png');
  });

  it('refuses HTML (as it would be if renamed photo.jpg), naming what it is and what is allowed', async () => {
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
    const error = await detect(html).catch((e: unknown) => e);
    expect(MediaErrors.media_type_refused.is(error)).toBe(true);
    expect((error as Error).message).toContain(
      'This file is an HTML document, which the media library does not accept (whatever its name says). Upload a JPEG, PNG, WebP, AVIF, GIF, SVG or PDF file.',
    );
  });

  it('refuses a known but not allowed format by its real type', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(60).fill(0)]);
    const error = await detect(zip).catch((e: unknown) => e);
    expect(MediaErrors.media_type_refused.is(error)).toBe(true);
    expect((error as Error).message).toContain('application/zip');
  });

  it('accepts XML only when its root is <svg>', async () => {
    expect((await detect(Buffer.from(LOGO_SVG))).type.mime).toBe('image/svg+xml');
    const rss = Buffer.from('<?xml version="1.0"?><rss><channel/></rss>');
    await expect(detect(rss)).rejects.toThrow(/XML document that is not an SVG/);
  });
});

describe('SVG sanitizer', () => {
  const clean = () => {
    const parsed = parseSvg(EVIL_SVG);
    if (parsed.kind !== 'svg') throw new Error(`expected an SVG, got ${parsed.kind}`);
    return parsed.result;
  };

  it('drops scripts, event handlers, foreignObject, javascript: and external references', () => {
    const { svg, removed } = clean();
    for (const bad of [
      '<script',
      'alert',
      'onload',
      'onclick',
      'foreignObject',
      'javascript',
      'evil.example',
      '@import',
      '<set',
      'DOCTYPE',
      'ENTITY',
    ]) {
      expect(svg).not.toContain(bad);
    }
    expect(removed).toEqual(expect.arrayContaining(['script', 'foreignObject', '@onload', 'DOCTYPE']));
  });

  it('keeps the drawing: shapes, gradients with local url(#id), text and safe styles', () => {
    const { svg } = clean();
    expect(svg).toContain('<circle cx="50" cy="50" r="40" fill="url(#g)"');
    expect(svg).toContain('<linearGradient id="g">');
    expect(svg).toContain('<text x="10" y="90">Mama &amp; Sons</text>');
    expect(svg).toContain('<style>.a { fill: red; }</style>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('leaves a benign logo intact enough to render, with its size', async () => {
    const parsed = parseSvg(LOGO_SVG);
    if (parsed.kind !== 'svg') throw new Error('expected an SVG');
    expect(parsed.result.removed).toEqual([]);
    expect(parsed.result).toMatchObject({ width: 120, height: 60 });
    // A real renderer (librsvg through sharp) draws the sanitized output at its size.
    const meta = await sharp(Buffer.from(parsed.result.svg)).metadata();
    expect([meta.width, meta.height]).toEqual([120, 60]);
  });

  it('reports broken XML under an <svg> root as invalid, and non-SVG XML as not SVG', () => {
    expect(parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>').kind).toBe('invalid');
    expect(parseSvg('<svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>').kind).toBe('invalid');
    expect(parseSvg('<html><svg/></html>').kind).toBe('not-svg');
    expect(parseSvg('not xml at all').kind).toBe('not-svg');
  });
});

describe('responsive widths and keys', () => {
  it('never upscales: standard widths below the original, plus the original up to 1920', () => {
    expect(responsiveWidths(1500)).toEqual([320, 640, 960, 1280, 1500]);
    expect(responsiveWidths(640)).toEqual([320, 640]);
    expect(responsiveWidths(200)).toEqual([200]);
    expect(responsiveWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
  });

  it('builds content-addressed keys per App from a safe name', () => {
    expect(safeName('../../etc/Passwd.JPG')).toBe('passwd');
    expect(safeName('Ugali na Sukuma (final).png')).toBe('ugali-na-sukuma-final');
    expect(safeName('.jpg')).toBe('file');
    expect(mediaKeyBase('app-1', 'abcdef0123456789ffff', 'Photo.jpg')).toBe('app-1/abcdef0123456789/photo');
  });
});

describe('disk storage', () => {
  let root: string;
  let storage: DiskStorage;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qspace-storage-'));
    storage = new DiskStorage(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('puts, stats, streams and deletes by key, leaving no temporary files or empty folders', async () => {
    const put = await storage.put('app/abc/logo.svg', Buffer.from('<svg/>'), {
      contentType: 'image/svg+xml',
    });
    expect(put).toEqual({ size: 6, contentType: 'image/svg+xml' });
    expect(await storage.stat('app/abc/logo.svg')).toEqual({ size: 6, contentType: 'image/svg+xml' });
    const got = await storage.get('app/abc/logo.svg');
    const chunks: Buffer[] = [];
    for await (const chunk of got?.stream ?? []) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('<svg/>');
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    await storage.delete('app/abc/logo.svg');
    await storage.delete('app/abc/logo.svg'); // deleting twice is fine
    expect(await storage.get('app/abc/logo.svg')).toBeNull();
    expect((await readdir(root)).filter((f) => f !== '.tmp')).toEqual([]);
  });

  it('refuses keys that could leave the root or reach hidden files', async () => {
    for (const key of ['../x.jpg', 'a/../../x.jpg', '/etc/passwd', 'a//b.jpg', '.tmp/x', 'a\\b.jpg', '']) {
      expect(isSafeKey(key), key).toBe(false);
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        /storage key/,
      );
      await expect(storage.get(key)).rejects.toThrow(/storage key/);
    }
  });

  it('leaves no partial file when the source stream fails mid-way', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(storage.put('app/abc/broken.jpg', failing, { contentType: 'image/jpeg' })).rejects.toThrow(
      'client went away',
    );
    expect(await storage.stat('app/abc/broken.jpg')).toBeNull();
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    expect(await readFile(join(root, 'app/abc/broken.jpg')).catch(() => null)).toBeNull();
  });
});
