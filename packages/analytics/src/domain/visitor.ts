/**
 * Visitor identity without cookies: a hash of the day's salt, the App, the IP address and the user
 * agent. The salt rotates every day and is deleted after it, so yesterday's ids cannot be linked to
 * today's, and the IP address itself is never stored or logged.
 */
import { hash, randomBytes } from 'node:crypto';

/** 64-bit visitor id (a bigint column); 0 is reserved for conversions with no known visitor. */
export function visitorId(salt: string, appId: string, ip: string, userAgent: string): bigint {
  // One-shot hashing: about half the cost of createHash().update().digest() for inputs this small.
  const digest = hash('sha256', `${salt}\u0000${appId}\u0000${ip}\u0000${userAgent}`, 'buffer');
  const id = digest.readBigInt64BE(0);
  return id === 0n ? 1n : id;
}

export const UNKNOWN_VISITOR = 0n;

export function newSalt(): string {
  return randomBytes(32).toString('base64url');
}

const lastDate = new Map<string, { minute: number; day: string }>();

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: the day a salt belongs to. */
export function localDate(at: Date, timeZone: string): string {
  // Every event asks; zones change day on a minute boundary, so one formatting per zone per minute.
  const minute = Math.floor(at.getTime() / 60_000);
  const hit = lastDate.get(timeZone);
  if (hit?.minute === minute) return hit.day;
  const day = dayFormat(timeZone).format(at);
  lastDate.set(timeZone, { minute, day });
  return day;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    // en-CA writes dates as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f;
}

/** True for a time zone name this runtime knows (IANA, e.g. `Africa/Nairobi`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length <= 64;
  } catch {
    return false;
  }
}
