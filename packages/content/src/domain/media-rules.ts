/**
 * Rules of the media library: which kinds of file are allowed, how large, which responsive widths
 * are made, and how storage keys are built. Pure functions only.
 */

export type MediaKind = 'raster' | 'svg' | 'pdf';

export interface AllowedType {
  mime: string;
  /** The extension stored files get (from the detected type, never from the uploaded name). */
  ext: string;
  kind: MediaKind;
  label: string;
}

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { mime: 'image/jpeg', ext: 'jpg', kind: 'raster', label: 'JPEG' },
  { mime: 'image/png', ext: 'png', kind: 'raster', label: 'PNG' },
  { mime: 'image/webp', ext: 'webp', kind: 'raster', label: 'WebP' },
  { mime: 'image/avif', ext: 'avif', kind: 'raster', label: 'AVIF' },
  { mime: 'image/gif', ext: 'gif', kind: 'raster', label: 'GIF' },
  { mime: 'image/svg+xml', ext: 'svg', kind: 'svg', label: 'SVG' },
  { mime: 'application/pdf', ext: 'pdf', kind: 'pdf', label: 'PDF' },
];

/** "JPEG, PNG, … or PDF", for messages. */
export const ALLOWED_LABELS = `${ALLOWED_TYPES.slice(0, -1)
  .map((t) => t.label)
  .join(', ')} or ${ALLOWED_TYPES.at(-1)?.label ?? ''}`;

export function allowedType(mime: string): AllowedType | undefined {
  return ALLOWED_TYPES.find((t) => t.mime === mime);
}

/** Content-Type for a stored key, from its extension (keys always end in an allowed extension). */
export function mimeForKey(key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return ALLOWED_TYPES.find((t) => t.ext === ext)?.mime ?? 'application/octet-stream';
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Decoded pixels allowed per image. A 10 MB PNG can decode to billions of pixels (a
 * "decompression bomb"); 60 megapixels covers every phone and most cameras.
 */
export const DEFAULT_MAX_PIXELS = 60_000_000;

export const RESPONSIVE_WIDTHS = [320, 640, 960, 1280, 1920] as const;
const LARGEST = RESPONSIVE_WIDTHS[RESPONSIVE_WIDTHS.length - 1] ?? 1920;

/**
 * Widths of the responsive variants for an image `width` pixels wide: the standard widths below it,
 * plus the image's own width when it is not larger than the largest standard one — never upscaled.
 */
export function responsiveWidths(width: number): number[] {
  const widths: number[] = RESPONSIVE_WIDTHS.filter((w) => w < width);
  if (width <= LARGEST) widths.push(width);
  return widths;
}

/** A file-name-safe slug of the uploaded name (without its extension), for readable URLs. */
export function safeName(filename: string): string {
  const base = filename.replace(/\\/g, '/').split('/').pop() ?? '';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'file';
}

/** The uploaded name as shown in the library: no path, no control characters, bounded length. */
export function displayName(filename: string): string {
  const base = filename.replace(/\\/g, '/').split('/').pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean.slice(0, 255) || 'file';
}

/**
 * Storage keys are content-addressed per App (`<appId>/<sha256 prefix>/<name>…`): the same bytes
 * always get the same key, so a public URL never changes meaning and can be cached forever.
 */
export function mediaKeyBase(appId: string, sha256: string, filename: string): string {
  return `${appId}/${sha256.slice(0, 16)}/${safeName(filename)}`;
}

export function originalKey(base: string, ext: string): string {
  return `${base}.${ext}`;
}

export function variantKey(base: string, width: number, ext: string): string {
  return `${base}-${width}.${ext}`;
}

/** Public path under which stored files are served. */
export const MEDIA_URL_PREFIX = '/_m/';

export function mediaUrl(key: string): string {
  return `${MEDIA_URL_PREFIX}${key}`;
}

export const MAX_ALT_LENGTH = 1000;
