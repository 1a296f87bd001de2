/**
 * Serves the dashboard's production build (`apps/dashboard/dist`, written by `vite build`):
 *
 * - `/assets/*`: fingerprinted files, cached for a year as immutable, compressed once (brotli or
 *   gzip, as the client accepts) and kept in memory;
 * - the dashboard's client routes (`DASHBOARD_PATHS`): `index.html`, revalidated on every visit
 *   (`no-cache`) so a new deploy is picked up at once.
 *
 * Only the listed paths fall back to `index.html`: /api/*, /s/*, /_site/*, /_m/*, /starters/*,
 * /preview/*, /invite/*, /healthz, /readyz and /dev/* keep their own handlers and 404s.
 * When the build is missing nothing is mounted (the server's start page stays at `/`); `npm start`
 * builds it first (apps/dashboard/scripts/ensure-built.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { encodingFor } from '../sites/cache.js';
import type { AppEnv } from './types.js';

/** The dashboard's client routes. Keep in step with apps/dashboard/src/router.tsx. */
export const DASHBOARD_PATHS = [
  '/',
  '/sign-in',
  '/sign-up',
  '/check-email',
  '/verify-email',
  '/forgot-password',
  '/reset-password',
  '/apps',
  '/apps/*',
  '/account',
  '/share/*',
] as const;

export const DEFAULT_DASHBOARD_DIR = fileURLToPath(new URL('../../../dashboard/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json']);
/** Vite's output names: letters, digits, `-`, `_` and dots; never a path. */
const ASSET_NAME = /^[\w-]+(?:\.[\w-]+)*\.[a-z0-9]+$/;

interface Asset {
  type: string;
  raw: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

export interface DashboardOptions {
  /** The folder holding `index.html` and `assets/`; default apps/dashboard/dist. */
  dir?: string;
}

/** Mounts the dashboard; returns false (and mounts nothing) when it has not been built. */
export function dashboardRoutes(app: OpenAPIHono<AppEnv>, options: DashboardOptions = {}): boolean {
  const dir = options.dir ?? DEFAULT_DASHBOARD_DIR;
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return false;
  // Only files that exist are kept, so requests for made-up names cannot grow the map.
  const assets = new Map<string, Asset>();
  app.get('/assets/:name', (c) => {
    const name = c.req.param('name');
    const asset = assets.get(name) ?? loadAsset(dir, name);
    if (!asset) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    assets.set(name, asset);
    return sendAsset(c, asset);
  });
  const index = indexReader(indexFile);
  for (const path of DASHBOARD_PATHS) {
    app.get(path, (c) =>
      c.body(index(), 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' }),
    );
  }
  return true;
}

function loadAsset(dir: string, name: string): Asset | null {
  if (!ASSET_NAME.test(name)) return null;
  const file = join(dir, 'assets', name);
  if (!existsSync(file)) return null;
  const ext = extname(name);
  const raw = readFileSync(file);
  const asset: Asset = { type: TYPES[ext] ?? 'application/octet-stream', raw };
  if (COMPRESSIBLE.has(ext) && raw.length > 1024) {
    asset.br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
    asset.gzip = gzipSync(raw, { level: 9 });
  }
  return asset;
}

function sendAsset(c: Context<AppEnv>, asset: Asset): Response {
  const encoding = asset.br ? encodingFor(c.req.header('accept-encoding')) : null;
  const body = encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : asset.raw;
  const headers: Record<string, string> = {
    'Content-Type': asset.type,
    'Cache-Control': 'public, max-age=31536000, immutable',
  };
  if (asset.br) headers.Vary = 'Accept-Encoding';
  if (encoding) headers['Content-Encoding'] = encoding;
  return c.body(new Uint8Array(body ?? asset.raw), 200, headers);
}

/** index.html from memory, re-read when the file changes (a rebuild while the server runs). */
function indexReader(file: string): () => string {
  let cached = { mtimeMs: -1, html: '' };
  return () => {
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? cached.mtimeMs;
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };
}
