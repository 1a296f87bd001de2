/**
 * Sessions: a visitor's events belong to one session until 30 minutes pass without an event. Pure:
 * given a visitor's latest stored session and new events (time-ordered), says which session each
 * event joins and what changes on each session.
 */
export const SESSION_GAP_MS = 30 * 60_000;

export interface StoredSession {
  id: string;
  lastSeen: Date;
}

export interface SessionEvent {
  ts: Date;
  pageview: boolean;
  path: string;
}

export interface SessionChange<E extends SessionEvent> {
  id: string;
  /** True when this batch opens the session. */
  opened: boolean;
  /** The first event of the session in this batch. */
  first: E;
  lastSeen: Date;
  /** Path of the first page view in this batch ('' when none). */
  entryPath: string;
  /** Path of the last page view in this batch ('' when none). */
  exitPath: string;
  pageviews: number;
  events: number;
}

export function assignSessions<E extends SessionEvent>(
  previous: StoredSession | null,
  events: readonly E[],
  newId: () => string,
): { sessionOf: string[]; changes: SessionChange<E>[] } {
  const sessionOf: string[] = [];
  const changes: SessionChange<E>[] = [];
  let current: SessionChange<E> | null = null;
  let lastSeen = previous?.lastSeen ?? null;
  let currentId = previous?.id ?? null;
  for (const e of events) {
    const expired = lastSeen === null || e.ts.getTime() - lastSeen.getTime() > SESSION_GAP_MS;
    if (expired || currentId === null) {
      currentId = newId();
      current = null;
    }
    if (!current) {
      current = {
        id: currentId,
        opened: expired,
        first: e,
        lastSeen: e.ts,
        entryPath: '',
        exitPath: '',
        pageviews: 0,
        events: 0,
      };
      changes.push(current);
    }
    if (e.ts > current.lastSeen) current.lastSeen = e.ts;
    current.events += 1;
    if (e.pageview) {
      current.pageviews += 1;
      if (!current.entryPath) current.entryPath = e.path;
      current.exitPath = e.path;
    }
    if (lastSeen === null || e.ts > lastSeen) lastSeen = e.ts;
    sessionOf.push(currentId);
  }
  return { sessionOf, changes };
}
