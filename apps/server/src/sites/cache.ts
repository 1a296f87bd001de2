/**
 * The published-site cache. Per App it keeps the published snapshot and the rendered responses,
 * keyed by path, all tied to the App's site version. Local memory is never trusted alone: a publish
 * anywhere sends a NOTIFY that drops the App here at once, and at most every `checkMs` the version
 * is re-read from the database (one indexed query), so a missed notification costs at most that long.
 */

import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  currentSiteVersion,
  findSiteByDomain,
  findSiteBySlug,
  type ImageResolver,
  loadSiteSnapshot,
  SITE_CHANNEL,
  type SiteSnapshot,
} from '@qspace/content';
import type { Database, Logger } from '@qspace/core';
import type { SiteTarget } from './resolve.js';

export interface CachedResponse {
  status: number;
  type: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
  csp: string | null;
}

interface SiteEntry {
  snapshot: SiteSnapshot;
  checkedAt: number;
  responses: Map<string, CachedResponse>;
}

const RESPONSES_PER_SITE = 300;
const HOST_TTL_MS = 5_000;

export interface SiteCacheOptions {
  checkMs: number;
  logger?: Logger;
  resolveImages?: ImageResolver;
  now?: () => number;
}

export class SiteCache {
  readonly #db: Database;
  readonly #opts: SiteCacheOptions;
  readonly #sites = new Map<string, SiteEntry>();
  readonly #loading = new Map<string, Promise<SiteEntry | null>>();
  readonly #hosts = new Map<string, { appId: string | null; at: number }>();
  #unlisten: (() => Promise<void>) | null = null;

  constructor(database: Database, options: SiteCacheOptions) {
    this.#db = database;
    this.#opts = options;
  }

  #now(): number {
    return (this.#opts.now ?? Date.now)();
  }

  /** Subscribes to publish notifications from every server process. */
  async start(): Promise<void> {
    this.#unlisten = await this.#db.listen(SITE_CHANNEL, (appId) => this.drop(appId));
  }

  async stop(): Promise<void> {
    await this.#unlisten?.();
    this.#unlisten = null;
  }

  drop(appId: string): void {
    this.#sites.delete(appId);
    // A change may have mapped or unmapped a domain (or a slug): host lookups are re-read lazily.
    this.#hosts.clear();
  }

  /** The App a target names, when known and fresh in memory (no I/O). */
  cachedAppId(target: SiteTarget): string | null | undefined {
    const hit = this.#hosts.get(`${target.kind}:${target.key}`);
    if (!hit || this.#now() - hit.at > HOST_TTL_MS) return undefined;
    return hit.appId;
  }

  async appId(target: SiteTarget): Promise<string | null> {
    const cached = this.cachedAppId(target);
    if (cached !== undefined) return cached;
    const appId =
      target.kind === 'slug'
        ? await findSiteBySlug(this.#db, target.key)
        : await findSiteByDomain(this.#db, target.key);
    this.#hosts.set(`${target.kind}:${target.key}`, { appId, at: this.#now() });
    return appId;
  }

  /** A response rendered for the App's current version, if cached and checked recently (no I/O). */
  fresh(appId: string, key: string): CachedResponse | undefined {
    const entry = this.#sites.get(appId);
    if (!entry || this.#now() - entry.checkedAt > this.#opts.checkMs) return undefined;
    return entry.responses.get(key);
  }

  /** The App's published site at its current version, revalidating or loading as needed. */
  async site(appId: string): Promise<SiteEntry | null> {
    const entry = this.#sites.get(appId);
    if (entry && this.#now() - entry.checkedAt <= this.#opts.checkMs) return entry;
    const pending = this.#loading.get(appId);
    if (pending) return pending;
    const load = this.#revalidate(appId, entry).finally(() => this.#loading.delete(appId));
    this.#loading.set(appId, load);
    return load;
  }

  async #revalidate(appId: string, entry: SiteEntry | undefined): Promise<SiteEntry | null> {
    if (entry) {
      const version = await currentSiteVersion(this.#db, appId);
      if (version === entry.snapshot.version) {
        entry.checkedAt = this.#now();
        return entry;
      }
    }
    const startedAt = this.#now();
    const snapshot = await loadSiteSnapshot(this.#db, appId, this.#opts.resolveImages);
    if (!snapshot) {
      this.#sites.delete(appId);
      return null;
    }
    const fresh: SiteEntry = { snapshot, checkedAt: startedAt, responses: new Map() };
    this.#sites.set(appId, fresh);
    return fresh;
  }

  /** Stores a rendered response on the entry it was rendered from (ignored if that entry was dropped). */
  remember(appId: string, snapshot: SiteSnapshot, key: string, response: CachedResponse): void {
    const entry = this.#sites.get(appId);
    if (!entry || entry.snapshot !== snapshot) return;
    if (entry.responses.size >= RESPONSES_PER_SITE) {
      const oldest = entry.responses.keys().next().value;
      if (oldest !== undefined) entry.responses.delete(oldest);
    }
    entry.responses.set(key, response);
  }
}

/** Compresses once, at cache time; requests then pick the encoding they accept. */
export function prepareResponse(
  status: number,
  type: string,
  text: string,
  version: number,
  csp: string | null,
): CachedResponse {
  const body = Buffer.from(text);
  const hash = createHash('sha1').update(body).digest('base64url').slice(0, 16);
  return {
    status,
    type,
    body,
    gzip: gzipSync(body, { level: 6 }),
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    etag: `"v${version}-${hash}"`,
    csp,
  };
}

/** Picks the body for an Accept-Encoding header. */
export function encodingFor(accept: string | undefined): 'br' | 'gzip' | null {
  if (!accept) return null;
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}
