/**
 * The published-page fast path, run by the Node listener before the framework: a GET for a page
 * already rendered at the site's current version (checked within SITE_CACHE_CHECK_MS) is written
 * straight from memory. Anything else — first requests, stale versions, query strings, forms —
 * returns false and takes the full route in sites/routes.ts, which fills the cache.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SiteCache } from './cache.js';
import { type SiteHosts, siteTarget } from './resolve.js';
import { responseKey, siteOrigin } from './routes.js';
import { writeCached } from './serve.js';

export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

export function siteFastPath(cache: SiteCache, hosts: SiteHosts, publicUrl: string): FastPath {
  const protocol = new URL(publicUrl).protocol;
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    if (url.startsWith('/api/') || url.startsWith('/_')) return false;
    const target = siteTarget(req.headers.host, url, hosts);
    if (!target || target.query) return false;
    const appId = cache.cachedAppId(target);
    if (!appId) return false;
    const cached = cache.fresh(appId, responseKey(target, siteOrigin(protocol, req.headers.host, target)));
    if (!cached) return false;
    writeCached(req, res, cached);
    return true;
  };
}
