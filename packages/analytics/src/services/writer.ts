/**
 * Writes one App's batch of events: drops ids already stored (retries count once), assigns each
 * event to a session (30 minutes of inactivity ends one), copies the session's attribution onto
 * its events, inserts the events, upserts the sessions and marks the touched hours for the rollup
 * job — in one tenant transaction. Rows travel as one JSON parameter (`json_to_recordset`), which
 * is identical on both drivers and does not hit PostgreSQL's 65,535-parameter limit.
 */
import { type Database, type Executor, newId, queryRows, systemContext } from '@qspace/core';
import { sql } from 'drizzle-orm';
import { PAGEVIEW } from '../domain/event-input.js';
import { hourOf } from '../domain/periods.js';
import { assignSessions, type SessionChange } from '../domain/sessions.js';

/** An accepted event, ready to store. */
export interface PreparedEvent {
  appId: string;
  eventId: string;
  ts: Date;
  name: string;
  visitorId: bigint;
  hostname: string;
  pathname: string;
  source: string;
  channel: string;
  referrer: string;
  utmSource: string;
  utmMedium: string;
  utmCampaign: string;
  utmTerm: string;
  utmContent: string;
  device: string;
  browser: string;
  os: string;
  screen: string;
  country: string;
  props: Record<string, string> | null;
}

const ATTRIBUTION = [
  'source',
  'channel',
  'referrer',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
] as const;
type Attribution = Pick<PreparedEvent, (typeof ATTRIBUTION)[number]>;
/** What session assignment reads of an event, with the event itself. */
interface SessionInput {
  ts: Date;
  pageview: boolean;
  path: string;
  event: PreparedEvent;
}

interface LatestSession extends Attribution {
  visitorId: string;
  id: string;
  lastSeen: number;
}

/** Stores a batch of one App's events; returns how many were new. */
export async function writeBatch(database: Database, appId: string, batch: PreparedEvent[]): Promise<number> {
  return database.tenant(systemContext(appId, 'analytics ingest'), async (tx) => {
    // Events already wait up to a second in memory before this write; an asynchronous commit widens
    // that window by PostgreSQL's WAL-writer delay (200 ms by default, never a torn write) and
    // spares each batch a WAL flush wait.
    await tx.execute(sql`SET LOCAL synchronous_commit = off`);
    const fresh = await dropKnown(tx, appId, batch);
    if (fresh.length === 0) return 0;
    const latest = await latestSessions(tx, appId, fresh);
    const byVisitor = new Map<bigint, SessionInput[]>();
    for (const e of fresh) {
      const input: SessionInput = { ts: e.ts, pageview: e.name === PAGEVIEW, path: e.pathname, event: e };
      const list = byVisitor.get(e.visitorId);
      if (list) list.push(input);
      else byVisitor.set(e.visitorId, [input]);
    }
    // Rows are built straight into their wire shape: at thousands of events a second, every copy
    // of an event object shows in the profile.
    const rows: EventRow[] = [];
    const changes: Array<SessionChange<SessionInput>> = [];
    const firstVisits = new Set<string>();
    for (const [visitor, list] of byVisitor) {
      if (list.length > 1) list.sort((a, b) => a.ts.getTime() - b.ts.getTime());
      const previous = latest.get(visitor.toString());
      const stored = previous ? { id: previous.id, lastSeen: new Date(previous.lastSeen) } : null;
      const assigned = assignSessions(stored, list, newId);
      const attribution = new Map<string, Attribution>();
      if (!previous && assigned.changes[0]) firstVisits.add(assigned.changes[0].id);
      for (const change of assigned.changes) {
        const from = !change.opened && previous && change.id === previous.id ? previous : change.first.event;
        attribution.set(change.id, from);
        changes.push(change);
      }
      for (let i = 0; i < list.length; i++) {
        const sessionId = assigned.sessionOf[i] as string;
        rows.push(
          eventRow((list[i] as SessionInput).event, sessionId, attribution.get(sessionId) as Attribution),
        );
      }
    }
    const inserted = await insertEvents(tx, appId, rows);
    await upsertSessions(tx, appId, changes, firstVisits);
    await markHours(tx, appId, fresh);
    return inserted;
  });
}

/** An event as `insertEvents` sends it (short keys: the batch travels as one JSON text). */
interface EventRow {
  i: string;
  t: string;
  n: string;
  v: string;
  s: string;
  h: string;
  p: string;
  so: string;
  ch: string;
  re: string;
  us: string;
  um: string;
  uc: string;
  ut: string;
  un: string;
  d: string;
  b: string;
  o: string;
  sc: string;
  co: string;
  pr: Record<string, string> | null;
}

/** The stored row of an event: its own dimensions, its session's attribution. */
function eventRow(e: PreparedEvent, sessionId: string, a: Attribution): EventRow {
  return {
    i: e.eventId,
    t: e.ts.toISOString(),
    n: e.name,
    v: e.visitorId.toString(),
    s: sessionId,
    h: e.hostname,
    p: e.pathname,
    so: a.source,
    ch: a.channel,
    re: a.referrer,
    us: a.utmSource,
    um: a.utmMedium,
    uc: a.utmCampaign,
    ut: a.utmTerm,
    un: a.utmContent,
    d: e.device,
    b: e.browser,
    o: e.os,
    sc: e.screen,
    co: e.country,
    pr: e.props,
  };
}

/** Removes events whose id is already stored, and repeats within the batch. */
async function dropKnown(tx: Executor, appId: string, batch: PreparedEvent[]): Promise<PreparedEvent[]> {
  const unique = new Map<string, PreparedEvent>();
  for (const e of batch) if (!unique.has(e.eventId)) unique.set(e.eventId, e);
  const known = await queryRows<{ event_id: string }>(
    tx,
    sql`SELECT event_id FROM analytics_events
         WHERE app_id = ${appId} AND event_id IN (SELECT json_array_elements_text(${JSON.stringify([...unique.keys()])}::json))`,
  );
  for (const { event_id } of known) unique.delete(event_id);
  return [...unique.values()];
}

async function latestSessions(
  tx: Executor,
  appId: string,
  events: PreparedEvent[],
): Promise<Map<string, LatestSession>> {
  const visitors = [...new Set(events.map((e) => e.visitorId))].map(String);
  const rows = await queryRows<{
    visitor_id: string;
    id: string;
    last_seen: number;
    source: string;
    channel: string;
    referrer: string;
    utm_source: string;
    utm_medium: string;
    utm_campaign: string;
    utm_term: string;
    utm_content: string;
  }>(
    tx,
    sql`SELECT DISTINCT ON (visitor_id) visitor_id::text, id, (extract(epoch FROM last_seen) * 1000)::float8 AS last_seen,
               source, channel, referrer, utm_source, utm_medium, utm_campaign, utm_term, utm_content
          FROM analytics_sessions
         WHERE app_id = ${appId}
           AND visitor_id IN (SELECT json_array_elements_text(${JSON.stringify(visitors)}::json)::bigint)
         ORDER BY visitor_id, started_at DESC`,
  );
  return new Map(
    rows.map((r) => [
      r.visitor_id,
      {
        visitorId: r.visitor_id,
        id: r.id,
        lastSeen: Number(r.last_seen),
        source: r.source,
        channel: r.channel,
        referrer: r.referrer,
        utmSource: r.utm_source,
        utmMedium: r.utm_medium,
        utmCampaign: r.utm_campaign,
        utmTerm: r.utm_term,
        utmContent: r.utm_content,
      },
    ]),
  );
}

async function insertEvents(tx: Executor, appId: string, rows: EventRow[]): Promise<number> {
  const payload = JSON.stringify(rows);
  const inserted = await queryRows<{ n: number }>(
    tx,
    sql`WITH ins AS (
          INSERT INTO analytics_events (app_id, event_id, ts, name, visitor_id, session_id, hostname, pathname,
            source, channel, referrer, utm_source, utm_medium, utm_campaign, utm_term, utm_content,
            device, browser, os, screen, country, props)
          SELECT ${appId}::uuid, r.i, r.t, r.n, r.v::bigint, r.s, r.h, r.p, r.so, r.ch, r.re, r.us, r.um, r.uc,
                 r.ut, r.un, r.d, r.b, r.o, r.sc, r.co, r.pr
            FROM json_to_recordset(${payload}::json) AS r(i text, t timestamptz, n text, v text, s uuid, h text,
                 p text, so text, ch text, re text, us text, um text, uc text, ut text, un text, d text, b text,
                 o text, sc text, co text, pr jsonb)
          ON CONFLICT (app_id, event_id) DO NOTHING
          RETURNING 1)
        SELECT count(*)::int AS n FROM ins`,
  );
  return inserted[0]?.n ?? 0;
}

async function upsertSessions(
  tx: Executor,
  appId: string,
  changes: Array<SessionChange<SessionInput>>,
  firstVisits: ReadonlySet<string>,
): Promise<void> {
  if (changes.length === 0) return;
  const payload = JSON.stringify(
    changes.map((c) => {
      const f = c.first.event;
      return {
        id: c.id,
        fv: firstVisits.has(c.id),
        v: f.visitorId.toString(),
        st: f.ts.toISOString(),
        ls: c.lastSeen.toISOString(),
        en: c.entryPath || f.pathname,
        ex: c.exitPath,
        pv: c.pageviews,
        ev: c.events,
        h: f.hostname,
        so: f.source,
        ch: f.channel,
        re: f.referrer,
        us: f.utmSource,
        um: f.utmMedium,
        uc: f.utmCampaign,
        ut: f.utmTerm,
        un: f.utmContent,
        d: f.device,
        b: f.browser,
        o: f.os,
        sc: f.screen,
        co: f.country,
      };
    }),
  );
  await tx.execute(
    sql`INSERT INTO analytics_sessions AS s (id, app_id, visitor_id, started_at, last_seen, entry_path, exit_path,
          pageviews, events, first_visit, hostname, source, channel, referrer, utm_source, utm_medium, utm_campaign, utm_term,
          utm_content, device, browser, os, screen, country)
        SELECT r.id, ${appId}::uuid, r.v::bigint, r.st, r.ls, r.en, r.ex, r.pv, r.ev, r.fv, r.h, r.so, r.ch, r.re, r.us,
               r.um, r.uc, r.ut, r.un, r.d, r.b, r.o, r.sc, r.co
          FROM json_to_recordset(${payload}::json) AS r(id uuid, fv boolean, v text, st timestamptz, ls timestamptz, en text,
               ex text, pv int, ev int, h text, so text, ch text, re text, us text, um text, uc text, ut text,
               un text, d text, b text, o text, sc text, co text)
        ON CONFLICT (id) DO UPDATE SET
          last_seen = greatest(s.last_seen, excluded.last_seen),
          exit_path = CASE WHEN excluded.exit_path <> '' AND excluded.last_seen >= s.last_seen
                           THEN excluded.exit_path ELSE s.exit_path END,
          entry_path = CASE WHEN s.pageviews = 0 AND excluded.pageviews > 0 THEN excluded.entry_path ELSE s.entry_path END,
          pageviews = s.pageviews + excluded.pageviews,
          events = s.events + excluded.events`,
  );
}

async function markHours(tx: Executor, appId: string, rows: PreparedEvent[]): Promise<void> {
  const hours = [...new Set(rows.map((e) => hourOf(e.ts).toISOString()))];
  await tx.execute(
    sql`INSERT INTO analytics_pending_hours (app_id, hour, marked_at)
        SELECT ${appId}::uuid, h::timestamptz, clock_timestamp()
          FROM json_array_elements_text(${JSON.stringify(hours)}::json) AS h
        ON CONFLICT (app_id, hour) DO UPDATE SET marked_at = excluded.marked_at`,
  );
}
