/**
 * The ingest pipeline. `accept` turns one tracking request into a stored-to-be event, or drops it:
 * checks the body, the client id's clock, the user agent (bots and headless browsers), that the
 * page's host is the one the request was sent to and belongs to an App, and the App's
 * Do-Not-Track setting. It hashes the visitor id (daily salt, App, IP, user agent) at once, so the
 * IP address never leaves this function, and it never logs a dropped event above debug level.
 *
 * Accepted events wait in memory and are written in batches: every `flushMs`, as soon as
 * `batchSize` are waiting, and on `stop()` (graceful shutdown), so an answer never waits for the
 * database.
 */
import { type Clock, type Database, type Logger, newId, silentLogger, systemClock } from '@qspace/core';
import {
  absurdClientTime,
  EventBody,
  normalizeEventId,
  normalizePath,
  normalizeProps,
  PAGEVIEW,
  pageUrl,
} from '../domain/event-input.js';
import { attribute, referrerHost, utmOf } from '../domain/sources.js';
import { parseUserAgent, screenClass, type UserAgentInfo } from '../domain/user-agent.js';
import { localDate, visitorId } from '../domain/visitor.js';
import { AnalyticsErrors } from '../errors.js';
import { SaltStore } from './salts.js';
import { SettingsCache } from './settings.js';
import { type PreparedEvent, writeBatch } from './writer.js';

export interface IngestRequest {
  /** The parsed JSON body (or, for the pixel, the query parameters). */
  body: unknown;
  /** The client's IP address: hashed, never stored. */
  ip: string;
  userAgent: string;
  /** The request's Host header: the page must be on this host. */
  host: string;
  /** The Origin header, when the browser sent one. */
  origin?: string | null | undefined;
  /** `DNT: 1` or `Sec-GPC: 1` was sent. */
  doNotTrack: boolean;
  /** Two-letter country code from a trusted proxy header, when configured. */
  country?: string | undefined;
  /** The pixel has no client id: the server makes one (no retry dedupe without JavaScript). */
  serverId?: boolean;
}

export const DROP_REASONS = [
  'bot',
  'timestamp',
  'invalid_url',
  'foreign_host',
  'unknown_app',
  'do_not_track',
  'overloaded',
] as const;
export type DropReason = (typeof DROP_REASONS)[number];
export type IngestResult = { accepted: true } | { accepted: false; reason: DropReason };

/**
 * Finds the App whose site is at this URL (its slug host, `/s/<slug>/` path, or custom domain) and
 * the page's path inside the site (`/s/<slug>/about` → `/about`).
 */
export type AppResolver = (
  url: URL,
) => { appId: string; path: string } | null | Promise<{ appId: string; path: string } | null>;

export interface IngestOptions {
  database: Database;
  resolveApp: AppResolver;
  clock?: Clock;
  logger?: Logger;
  flushMs?: number;
  batchSize?: number;
  /** Events held in memory at most (while the database is slow); beyond it new events are dropped. */
  maxBuffered?: number;
}

export interface IngestStats {
  accepted: number;
  dropped: Record<DropReason, number>;
  written: number;
  failedBatches: number;
  buffered: number;
}

interface Pending {
  event: PreparedEvent;
  attempts: number;
}

const hostOf = (h: string) => h.toLowerCase().replace(/:\d+$/, '');
const ACCEPTED: IngestResult = Object.freeze({ accepted: true });

/** `next(value)`, at once when the value is at hand, after it settles when it is a promise. */
function after<T, R>(value: T | Promise<T>, next: (v: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

export class IngestPipeline {
  readonly #o: Required<Omit<IngestOptions, 'resolveApp' | 'database'>>;
  readonly #database: Database;
  readonly #resolveApp: AppResolver;
  readonly #salts: SaltStore;
  readonly #settings: SettingsCache;
  #buffer: Pending[] = [];
  #flushing: Promise<void> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #stopped = false;
  readonly #stats: IngestStats = {
    accepted: 0,
    dropped: Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as Record<DropReason, number>,
    written: 0,
    failedBatches: 0,
    buffered: 0,
  };

  constructor(options: IngestOptions) {
    this.#database = options.database;
    this.#resolveApp = options.resolveApp;
    this.#o = {
      clock: options.clock ?? systemClock,
      logger: options.logger ?? silentLogger(),
      flushMs: options.flushMs ?? 1_000,
      batchSize: options.batchSize ?? 20_000,
      maxBuffered: options.maxBuffered ?? 200_000,
    };
    this.#salts = new SaltStore(options.database);
    this.#settings = new SettingsCache(options.database, () => this.#o.clock.now().getTime());
  }

  /** Starts the flush timer. */
  start(): void {
    if (this.#timer || this.#stopped) return;
    this.#timer = setInterval(() => void this.flush(), this.#o.flushMs);
    this.#timer.unref();
  }

  /** Writes everything still buffered and stops accepting. Safe to call twice. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    for (let i = 0; i < 5 && (this.#buffer.length > 0 || this.#flushing); i++) await this.flush();
  }

  get stats(): IngestStats {
    return { ...this.#stats, dropped: { ...this.#stats.dropped }, buffered: this.#buffer.length };
  }

  /** Validates and buffers one tracking request. Rejects with `event_invalid` for a malformed body. */
  async accept(request: IngestRequest): Promise<IngestResult> {
    return this.offer(request);
  }

  /**
   * `accept` without a promise when it needs none: the App's site, its settings and the day's salt
   * are nearly always cached, and at thousands of beacons a second each promise (and the async
   * hooks that follow it) shows in the profile. Throws `event_invalid` synchronously.
   */
  offer(request: IngestRequest): IngestResult | Promise<IngestResult> {
    const parsed = EventBody.safeParse(request.body);
    if (!parsed.success) {
      throw AnalyticsErrors.event_invalid({
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const body = parsed.data;
    const now = this.#o.clock.now();
    if (!request.serverId && absurdClientTime(body.id, now)) return this.#drop('timestamp');
    const agent = parseUserAgent(request.userAgent);
    if (agent.bot) return this.#drop('bot');
    const url = pageUrl(body.u);
    if (!url) return this.#drop('invalid_url');
    // The page must be on the host the request was sent to (the script posts same-origin).
    const host = url.hostname.toLowerCase();
    if (host !== hostOf(request.host)) return this.#drop('foreign_host');
    if (request.origin) {
      const origin = pageUrl(request.origin);
      if (!origin || origin.hostname.toLowerCase() !== host) return this.#drop('foreign_host');
    }
    return after(this.#resolveApp(url), (site) => {
      if (!site) return this.#drop('unknown_app');
      return after(this.#settings.get(site.appId), (settings) => {
        if (settings.respectDnt && request.doNotTrack) return this.#drop('do_not_track');
        if (this.#buffer.length >= this.#o.maxBuffered) return this.#drop('overloaded');
        return after(this.#salts.get(localDate(now, settings.timezone)), (salt) =>
          this.#prepare({ request, body, now, agent, url, host, appId: site.appId, path: site.path, salt }),
        );
      });
    });
  }

  #prepare(e: {
    request: IngestRequest;
    body: EventBody;
    now: Date;
    agent: UserAgentInfo;
    url: URL;
    host: string;
    appId: string;
    path: string;
    salt: string;
  }): IngestResult {
    const { request, body, agent, host } = e;
    const { utm, clickId } = utmOf(e.url.searchParams);
    const source = attribute({ referrerHost: referrerHost(body.r ?? '', host), utm, clickId });
    this.#push({
      appId: e.appId,
      eventId: request.serverId ? `s${newId().replaceAll('-', '')}` : normalizeEventId(body.id),
      ts: e.now,
      name: body.n,
      visitorId: visitorId(e.salt, e.appId, request.ip, request.userAgent),
      hostname: host.slice(0, 253),
      pathname: normalizePath(e.path),
      source: source.source,
      channel: source.channel,
      referrer: source.referrer,
      utmSource: utm.source,
      utmMedium: utm.medium,
      utmCampaign: utm.campaign,
      utmTerm: utm.term,
      utmContent: utm.content,
      device: agent.device,
      browser: agent.browser,
      os: agent.os,
      screen: screenClass(body.w ?? undefined),
      country:
        /^[A-Z]{2}$/.test(request.country ?? '') && request.country !== 'XX'
          ? (request.country as string)
          : '',
      props: body.n === PAGEVIEW ? null : normalizeProps(body.p),
    });
    return ACCEPTED;
  }

  #drop(reason: DropReason): IngestResult {
    this.#stats.dropped[reason] += 1;
    return { accepted: false, reason };
  }

  #push(event: PreparedEvent): void {
    this.#stats.accepted += 1;
    this.#buffer.push({ event, attempts: 0 });
    if (this.#buffer.length >= this.#o.batchSize && !this.#flushing) void this.flush();
  }

  /** Writes the buffered events now (waits for a flush already running first). */
  async flush(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    if (this.#buffer.length === 0) return;
    const batch = this.#buffer;
    this.#buffer = [];
    this.#flushing = this.#write(batch).finally(() => {
      this.#flushing = null;
    });
    await this.#flushing;
    if (this.#buffer.length >= this.#o.batchSize && !this.#stopped) void this.flush();
  }

  async #write(batch: Pending[]): Promise<void> {
    const byApp = new Map<string, Pending[]>();
    for (const p of batch) {
      const list = byApp.get(p.event.appId);
      if (list) list.push(p);
      else byApp.set(p.event.appId, [p]);
    }
    // A PostgreSQL server takes several transactions at once: big batches of one App are split by
    // visitor (a visitor's sessions stay in one lane); PGlite has one connection.
    const lanes = this.#database.kind === 'postgres' ? 4 : 1;
    const work: Array<[string, Pending[]]> = [];
    for (const [appId, list] of byApp) {
      const parts = lanes > 1 && list.length >= 2_000 ? 2 : 1;
      if (parts === 1) {
        work.push([appId, list]);
        continue;
      }
      const split: Pending[][] = [[], []];
      for (const p of list) split[Number(p.event.visitorId & 1n)]?.push(p);
      for (const part of split) if (part.length > 0) work.push([appId, part]);
    }
    await Promise.all(
      Array.from({ length: Math.min(lanes, work.length) }, async (_, lane) => {
        for (let i = lane; i < work.length; i += lanes) {
          const [appId, list] = work[i] as [string, Pending[]];
          try {
            this.#stats.written += await writeBatch(
              this.#database,
              appId,
              list.map((p) => p.event),
            );
          } catch (error) {
            this.#stats.failedBatches += 1;
            const retry = list.filter((p) => ++p.attempts < 3);
            this.#o.logger.error(
              { err: error, appId, events: list.length, retrying: retry.length },
              'analytics events could not be written',
            );
            this.#buffer.push(...retry);
          }
        }
      }),
    );
  }

  /**
   * Records an event the server itself observed (a contact-form submission), with the visitor's
   * request details, through the same checks and attribution as a tracked event.
   */
  record(
    request: Omit<IngestRequest, 'body' | 'serverId'> & {
      name: string;
      url: string;
      id: string;
      props?: Record<string, string>;
    },
  ): Promise<IngestResult> {
    return this.accept({
      ...request,
      body: { n: request.name, u: request.url, r: null, id: request.id, p: request.props ?? null },
    });
  }
}
