/**
 * The wire format of one tracked event, `{ n, u, r, id, p, w }`, its limits, and the checks that
 * need no database: sizes, URL shape, the client id's clock.
 */
import { idTimestamp } from '@qspace/core';
import { z } from 'zod';

export const EVENT_LIMITS = {
  /** Largest request body accepted by the ingest endpoint, in bytes (larger: 413). */
  bodyBytes: 4 * 1024,
  name: 64,
  url: 2_000,
  referrer: 2_000,
  id: 64,
  props: 20,
  propKey: 40,
  propValue: 200,
  /** A client id older than this (by its UUIDv7 clock) is a replay or a broken clock. */
  maxAgeMs: 48 * 3_600_000,
  maxFutureMs: 48 * 3_600_000,
} as const;

export const PAGEVIEW = 'pageview';
/** Sent by the tracking script for clicks on links to other sites and on files. */
export const OUTBOUND = 'outbound';
export const DOWNLOAD = 'download';
/** Recorded for each contact-form submission (the content module's event). */
export const FORM_SUBMITTED = 'form_submitted';

const propValue = z.union([z.string().max(EVENT_LIMITS.propValue), z.number().finite(), z.boolean()]);

export const EventBody = z.object({
  n: z
    .string()
    .trim()
    .min(1)
    .max(EVENT_LIMITS.name)
    .regex(/^[\p{L}\p{N} _.:/-]+$/u, 'letters, digits, spaces and _ . : / - only'),
  u: z.string().max(EVENT_LIMITS.url),
  r: z.string().max(EVENT_LIMITS.referrer).nullish(),
  id: z
    .string()
    .min(8)
    .max(EVENT_LIMITS.id)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
  p: z
    .record(z.string().max(EVENT_LIMITS.propKey), propValue)
    .refine((p) => Object.keys(p).length <= EVENT_LIMITS.props, `at most ${EVENT_LIMITS.props} properties`)
    .nullish(),
  w: z.number().int().min(0).max(100_000).nullish(),
});
export type EventBody = z.infer<typeof EventBody>;

/** Event ids are UUIDs without dashes or with them; stored without dashes. */
export function normalizeEventId(id: string): string {
  return id.replaceAll('-', '').toLowerCase();
}

/**
 * True when the client id carries a clock (UUIDv7, as the tracking script makes them) that is
 * absurd: a replay of an old request, or a device clock days off.
 */
export function absurdClientTime(id: string, now: Date): boolean {
  const dashed = /^[0-9a-f]{32}$/i.test(id)
    ? `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`
    : id;
  const at = idTimestamp(dashed);
  if (at === undefined) return false;
  const age = now.getTime() - at;
  return age > EVENT_LIMITS.maxAgeMs || -age > EVENT_LIMITS.maxFutureMs;
}

/** The page URL, when it is an absolute http(s) URL. */
export function pageUrl(u: string): URL | null {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Path as stored: no query or fragment, no trailing slash (except the root), at most 300 chars. */
export function normalizePath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // keep it encoded
  }
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  return path.slice(0, 300);
}

/** Props as stored: strings only, trimmed to the limits (numbers and booleans become text). */
export function normalizeProps(p: EventBody['p']): Record<string, string> | null {
  if (!p) return null;
  const entries = Object.entries(p)
    .map(([k, v]) => [k.trim(), String(v)] as const)
    .filter(([k]) => k);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** The event id of a form submission: the same whether the server saw it live or read the outbox. */
export function formEventId(submissionId: string): string {
  return normalizeEventId(`form_${submissionId}`);
}
