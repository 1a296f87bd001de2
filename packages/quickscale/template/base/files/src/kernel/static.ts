/**
 * `/static/*`: files looked up through the frontend override chain, first match wins —
 *   custom_frontend/variants/<variant>/static → custom_frontend/static →
 *   frontend/variants/<variant>/static → frontend/static → static
 * so a project restyles itself by adding files under custom_frontend/ without touching generated
 * ones. Paths are confined to those folders; responses carry an ETag.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Context, Next } from 'hono';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The folders a frontend file is looked up in, most specific first. */
export function overrideChain(
  kind: 'static' | 'templates',
  variant: string,
  frontendDir = 'frontend',
): string[] {
  const root = process.cwd();
  return [
    join(root, 'custom_frontend', 'variants', variant, kind),
    join(root, 'custom_frontend', kind),
    join(root, frontendDir, 'variants', variant, kind),
    join(root, frontendDir, kind),
    ...(kind === 'static' ? [join(root, 'static')] : []),
  ];
}

/** Finds `relative` in the chain, never outside its folders. */
export function lookup(chain: string[], relative: string): string | undefined {
  const clean = normalize(relative).replace(/^([/\\])+/, '');
  if (clean.startsWith('..') || clean.includes(`${sep}..${sep}`)) return undefined;
  for (const dir of chain) {
    const file = resolve(dir, clean);
    if (!file.startsWith(resolve(dir) + sep)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

export function serveStatic(variant: string) {
  const chain = overrideChain('static', variant);
  // A file not in the chain falls through to later routes (a frontend's vendored scripts), then 404.
  return async (c: Context, next: Next) => {
    const file = lookup(chain, decodeURIComponent(c.req.path.slice('/static/'.length)));
    if (!file) {
      await next();
      return;
    }
    const stat = statSync(file);
    const etag = `"${createHash('sha1').update(`${file}:${stat.size}:${stat.mtimeMs}`).digest('base64url')}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
    return c.body(new Uint8Array(readFileSync(file)), 200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=300',
      ETag: etag,
    });
  };
}
