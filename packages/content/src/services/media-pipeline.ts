/**
 * The upload pipeline's steps: receive the stream into a temporary file (counting and hashing as
 * it flows, stopping at the size limit), then turn the verified file into what is stored — a
 * metadata-free re-encode plus responsive variants for raster images, the sanitized document for
 * SVG, the bytes as they are for PDF.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { MediaErrors } from '../domain/media-errors.js';
import { type AllowedType, originalKey, responsiveWidths, variantKey } from '../domain/media-rules.js';
import { SNIFF_BYTES } from '../domain/sniff.js';
import type { SanitizedSvg } from '../domain/svg.js';
import type { MediaStorage } from '../infrastructure/storage.js';
import type { MediaVariant } from '../schema.js';

export interface ReceivedFile {
  path: string;
  size: number;
  sha256: string;
  /** The first bytes, for type detection. */
  head: Buffer;
  /** Removes the temporary file (safe to call twice). */
  discard(): Promise<void>;
}

/**
 * Streams `input` into a new file in `dir`. Aborts as soon as more than `maxBytes` arrived (413),
 * destroying the input so the sender is not read any further; the partial file is removed.
 */
export async function receiveToTempFile(
  input: Readable,
  dir: string,
  maxBytes: number,
): Promise<ReceivedFile> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `upload-${randomUUID()}`);
  const discard = () => rm(path, { force: true });
  const meter = new Meter(maxBytes);
  try {
    await pipeline(input, meter, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    await discard();
    if (meter.exceeded) throw MediaErrors.media_too_large({ limitBytes: maxBytes }, tooLarge(maxBytes));
    // The sender went away (or sent a broken form): the client's problem, not a server error.
    if (input.errored) throw MediaErrors.media_upload_incomplete({ reason: String(input.errored) });
    throw error;
  }
  return { path, size: meter.size, sha256: meter.hash.digest('hex'), head: meter.head(), discard };
}

function tooLarge(maxBytes: number): string {
  const mb = (maxBytes / 1024 / 1024).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return `This file is larger than ${mb} MB, the media library's limit. Resize or compress it, then upload again.`;
}

/** Counts and hashes bytes as they pass and keeps the first ones; fails past the limit. */
class Meter extends Transform {
  size = 0;
  exceeded = false;
  readonly hash = createHash('sha256');
  private readonly chunks: Buffer[] = [];
  private kept = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      this.exceeded = true;
      done(new Error('size limit exceeded'));
      return;
    }
    this.hash.update(chunk);
    if (this.kept < SNIFF_BYTES) {
      this.chunks.push(chunk);
      this.kept += chunk.length;
    }
    done(null, chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.chunks).subarray(0, SNIFF_BYTES);
  }
}

export interface StoredMedia {
  key: string;
  size: number;
  width: number | null;
  height: number | null;
  variants: MediaVariant[];
}

export interface StoreInput {
  file: ReceivedFile;
  type: AllowedType;
  svg: SanitizedSvg | undefined;
  /** `<appId>/<hash>/<name>`: keys are this plus `.ext` or `-<width>.ext`. */
  keyBase: string;
  maxPixels: number;
}

/** Writes what is kept of an upload to storage. `written` collects every key, for clean-up on failure. */
export async function storeMedia(
  storage: MediaStorage,
  input: StoreInput,
  written: string[],
): Promise<StoredMedia> {
  const key = originalKey(input.keyBase, input.type.ext);
  const put = async (k: string, body: Readable | Uint8Array, contentType: string) => {
    written.push(k);
    return (await storage.put(k, body, { contentType })).size;
  };
  if (input.type.kind === 'svg' && input.svg) {
    const { svg, width, height } = input.svg;
    return { key, size: await put(key, Buffer.from(svg), input.type.mime), width, height, variants: [] };
  }
  if (input.type.kind === 'pdf') {
    const size = await put(key, createReadStream(input.file.path), input.type.mime);
    return { key, size, width: null, height: null, variants: [] };
  }
  return storeRaster(input, key, put);
}

type Put = (key: string, body: Uint8Array, contentType: string) => Promise<number>;

const WEBP: AllowedType = { mime: 'image/webp', ext: 'webp', kind: 'raster', label: 'WebP' };

/**
 * Raster images are re-encoded: `.rotate()` applies the EXIF orientation to the pixels, and sharp
 * writes no metadata unless asked, so EXIF (GPS position, camera serial) never reaches storage.
 */
async function storeRaster(input: StoreInput, key: string, put: Put): Promise<StoredMedia> {
  const original = await encode(open(input), input.type);
  const { width, height } = original.info;
  const size = await put(key, original.data, input.type.mime);
  const variants: MediaVariant[] = [];
  const formats = input.type.mime === WEBP.mime ? [WEBP] : [WEBP, input.type];
  for (const format of formats.filter((f) => variantFormat(f) !== null)) {
    for (const w of responsiveWidths(width)) {
      const same = w === width && format.mime === input.type.mime;
      // The full-width variant in the original format is the stored original itself.
      const out = same ? original : await encode(open(input).resize({ width: w }), format);
      const vKey = same ? key : variantKey(input.keyBase, w, format.ext);
      const vSize = same ? size : await put(vKey, out.data, format.mime);
      const fmt = variantFormat(format) ?? 'webp';
      variants.push({ width: out.info.width, height: out.info.height, format: fmt, key: vKey, size: vSize });
    }
  }
  return { key, size, width, height, variants };
}

function open(input: StoreInput): Sharp {
  // Animated GIF/WebP keep all their frames; `failOn: 'error'` refuses truncated files.
  return sharp(input.file.path, {
    animated: input.type.ext === 'gif' || input.type.ext === 'webp',
    limitInputPixels: input.maxPixels,
    failOn: 'error',
  }).rotate();
}

/** The variant format names the schema knows; GIF has none, so a GIF gets WebP variants only. */
function variantFormat(type: AllowedType): MediaVariant['format'] | null {
  const map: Record<string, MediaVariant['format']> = { jpg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif' };
  return map[type.ext] ?? null;
}

async function encode(image: Sharp, type: AllowedType): Promise<{ data: Buffer; info: OutputInfo }> {
  const encoded = (() => {
    switch (type.ext) {
      case 'jpg':
        // Not mozjpeg: re-encoding a 12 MP photo took 2.7 s with it, 0.6 s without (measured).
        return image.jpeg({ quality: 82, progressive: true });
      case 'png':
        return image.png();
      case 'avif':
        return image.avif({ quality: 55, effort: 2 });
      case 'gif':
        return image.gif();
      default:
        return image.webp({ quality: 80 });
    }
  })();
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    // Animated images report the height of all frames stacked; pageHeight is one frame.
    return { data, info: { ...info, height: info.pageHeight ?? info.height } };
  } catch (error) {
    throw imageError(error);
  }
}

function imageError(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return MediaErrors.media_image_too_many_pixels({ reason: message });
  return MediaErrors.media_image_unreadable({ reason: message });
}

/** The whole received file as text (for SVG parsing; bounded by the upload limit). */
export function readReceivedText(file: ReceivedFile): Promise<string> {
  return readFile(file.path, 'utf8');
}
