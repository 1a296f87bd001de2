/**
 * Files the public sites load from the platform: self-hosted fonts and the starters' bundled
 * images. Each is served at a fingerprinted URL (`/_site/images/hero.3f9a1c2b.svg`) so it can be
 * cached for a year; the unfingerprinted path still works (shorter cache) for hand-written links.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONTS } from '../design/fonts.js';

export interface SiteAsset {
  body: Buffer;
  type: string;
  /** Strong ETag (hash of the bytes). */
  etag: string;
  /** The fingerprinted public URL. */
  url: string;
}

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
};

const IMAGES_DIR = fileURLToPath(new URL('../assets/images', import.meta.url));

function walk(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    out = statSync(full).isDirectory() ? out.concat(walk(full)) : out.concat(full);
  }
  return out;
}

function asset(path: string, file: string): [string, SiteAsset] {
  const body = readFileSync(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const ext = extname(path);
  const url = `${path.slice(0, -ext.length)}.${hash}${ext}`;
  return [path, { body, type: TYPES[ext] ?? 'application/octet-stream', etag: `"${hash}"`, url }];
}

let table: { byPath: Map<string, SiteAsset>; byUrl: Map<string, SiteAsset> } | null = null;

function load() {
  if (table) return table;
  const byPath = new Map<string, SiteAsset>();
  const require = createRequire(import.meta.url);
  for (const font of FONTS) {
    const pkgDir = join(require.resolve(`${font.package}/package.json`), '..');
    byPath.set(...asset(fontPath(font.id), join(pkgDir, font.file)));
  }
  for (const file of walk(IMAGES_DIR)) {
    const rel = relative(IMAGES_DIR, file).split('\\').join('/');
    if (TYPES[extname(rel)]) byPath.set(...asset(`/_site/images/${rel}`, file));
  }
  const byUrl = new Map<string, SiteAsset>();
  for (const a of byPath.values()) byUrl.set(a.url, a);
  table = { byPath, byUrl };
  return table;
}

/** Public path of a curated font's woff2 file. */
export function fontPath(fontId: string): string {
  return `/_site/fonts/${fontId}.woff2`;
}

/** The asset at a public URL (fingerprinted or plain), if any, and whether the URL is fingerprinted. */
export function siteAsset(url: string): { asset: SiteAsset; immutable: boolean } | null {
  const t = load();
  const fingerprinted = t.byUrl.get(url);
  if (fingerprinted) return { asset: fingerprinted, immutable: true };
  const plain = t.byPath.get(url);
  return plain ? { asset: plain, immutable: false } : null;
}

/** The fingerprinted URL of a bundled asset path like `/_site/images/x.svg`, or null if unknown. */
export function assetUrl(path: string): string | null {
  return load().byPath.get(path)?.url ?? null;
}

/** Width and height of a bundled SVG from its root element, for `<img width height>`. */
export function assetSize(path: string): { width: number; height: number } | null {
  const a = load().byPath.get(path);
  if (a?.type !== 'image/svg+xml') return null;
  const head = a.body.subarray(0, 600).toString('utf8');
  const w = /\swidth="(\d+)/.exec(head)?.[1];
  const h = /\sheight="(\d+)/.exec(head)?.[1];
  return w && h ? { width: Number(w), height: Number(h) } : null;
}
