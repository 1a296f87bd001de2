/**
 * Identifiers: time-ordered UUIDs (version 7, RFC 9562). They sort by creation time, so B-tree
 * indexes stay compact and "newest first" needs no extra column, and they are opaque to clients.
 */
import { uuidv7 } from 'uuidv7';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A new time-ordered UUIDv7. */
export function newId(): string {
  return uuidv7();
}

/** True for any well-formed UUID string (any version). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

/** The millisecond timestamp embedded in a UUIDv7 (undefined for other versions). */
export function idTimestamp(id: string): number | undefined {
  if (!isId(id) || id[14] !== '7') return undefined;
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
