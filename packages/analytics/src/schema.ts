/**
 * Analytics tables. Every tenant row carries `app_id` (row-level security is applied by the
 * migrations runner) and references apps(id) ON DELETE CASCADE, so deleting an App removes its
 * analytics. The daily salts are global (not per App) and hold no visitor data.
 */
import { apps } from '@qspace/auth';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const appId = () =>
  uuid('app_id')
    .notNull()
    .references(() => apps.id, { onDelete: 'cascade' });
const dim = (name: string) => text(name).notNull().default('');

/** Per-App analytics settings, created on first use. */
export const settings = pgTable(
  'analytics_settings',
  {
    appId: uuid('app_id')
      .primaryKey()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** IANA zone the App's days, periods and visitor salts follow. */
    timezone: text('timezone').notNull().default('Africa/Nairobi'),
    /** Drop events from browsers that send Do-Not-Track or Global Privacy Control. */
    respectDnt: boolean('respect_dnt').notNull().default(false),
    /** Public share link: an unguessable token (null = no link). */
    shareToken: text('share_token'),
    /** scrypt hash of the share link's optional password. */
    sharePasswordHash: text('share_password_hash'),
    /** Key that signs the share link's unlock tokens; rotated with the password. */
    shareKey: text('share_key'),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('analytics_settings_share_idx').on(t.shareToken).where(sql`${t.shareToken} is not null`),
  ],
);

/** One random salt per calendar day, deleted once that day has ended in every time zone. */
export const salts = pgTable('analytics_salts', {
  day: date('day', { mode: 'string' }).primaryKey(),
  salt: text('salt').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
});

/** Raw events (page views, custom events, outbound clicks, form submissions), kept for the retention period. */
export const events = pgTable(
  'analytics_events',
  {
    appId: appId(),
    /** The client's id for this event (retries carry the same one): unique per App. */
    eventId: text('event_id').notNull(),
    ts: tz('ts').notNull(),
    name: text('name').notNull(),
    visitorId: bigint('visitor_id', { mode: 'bigint' }).notNull(),
    sessionId: uuid('session_id').notNull(),
    hostname: dim('hostname'),
    pathname: dim('pathname'),
    // The session's attribution, copied on each event so filters need no join.
    source: dim('source'),
    channel: dim('channel'),
    referrer: dim('referrer'),
    utmSource: dim('utm_source'),
    utmMedium: dim('utm_medium'),
    utmCampaign: dim('utm_campaign'),
    utmTerm: dim('utm_term'),
    utmContent: dim('utm_content'),
    device: dim('device'),
    browser: dim('browser'),
    os: dim('os'),
    screen: dim('screen'),
    country: dim('country'),
    props: jsonb('props').$type<Record<string, string>>(),
  },
  (t) => [
    primaryKey({ columns: [t.appId, t.eventId] }),
    index('analytics_events_time_idx').on(t.appId, t.ts),
    index('analytics_events_visitor_idx').on(t.appId, t.visitorId, t.ts),
  ],
);

/** Sessions: a visitor's events until 30 minutes pass without one. */
export const sessions = pgTable(
  'analytics_sessions',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    visitorId: bigint('visitor_id', { mode: 'bigint' }).notNull(),
    startedAt: tz('started_at').notNull(),
    lastSeen: tz('last_seen').notNull(),
    entryPath: dim('entry_path'),
    exitPath: dim('exit_path'),
    pageviews: integer('pageviews').notNull().default(0),
    events: integer('events').notNull().default(0),
    /** The visitor's first session (of their day-long id): counting these counts visitors. */
    firstVisit: boolean('first_visit').notNull().default(false),
    hostname: dim('hostname'),
    source: dim('source'),
    channel: dim('channel'),
    referrer: dim('referrer'),
    utmSource: dim('utm_source'),
    utmMedium: dim('utm_medium'),
    utmCampaign: dim('utm_campaign'),
    utmTerm: dim('utm_term'),
    utmContent: dim('utm_content'),
    device: dim('device'),
    browser: dim('browser'),
    os: dim('os'),
    screen: dim('screen'),
    country: dim('country'),
  },
  // Only columns that never change are indexed, so growing a session (last_seen, exit, counts) is a
  // heap-only update: ingest writes a session row for nearly every event.
  (t) => [
    index('analytics_sessions_visitor_idx').on(t.appId, t.visitorId, t.startedAt),
    index('analytics_sessions_start_idx').on(t.appId, t.startedAt),
  ],
);

/**
 * Hourly rollups, one row per App, UTC hour, dimension and value. `visitors` counts visitors whose
 * first hit with this value (within their day-scoped visitor id) fell in this hour, so rows add up
 * over hours; `active_visitors` ('total' rows only) counts every visitor seen in the hour.
 */
export const rollups = pgTable(
  'analytics_rollups',
  {
    appId: appId(),
    dim: text('dim').notNull(),
    hour: tz('hour').notNull(),
    value: text('value').notNull(),
    visitors: integer('visitors').notNull().default(0),
    activeVisitors: integer('active_visitors').notNull().default(0),
    pageviews: integer('pageviews').notNull().default(0),
    events: integer('events').notNull().default(0),
    visits: integer('visits').notNull().default(0),
    bounces: integer('bounces').notNull().default(0),
    /** Sum of visit durations, in seconds. */
    duration: bigint('duration', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.appId, t.dim, t.hour, t.value] })],
);

/** Hours that received events since they were last rolled up (written with each batch). */
export const pendingHours = pgTable(
  'analytics_pending_hours',
  {
    appId: appId(),
    hour: tz('hour').notNull(),
    markedAt: tz('marked_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.appId, t.hour] })],
);

/** Per App: rollups are complete for every hour before `rolled_until`. */
export const rollupState = pgTable('analytics_rollup_state', {
  appId: uuid('app_id')
    .primaryKey()
    .references(() => apps.id, { onDelete: 'cascade' }),
  rolledUntil: tz('rolled_until').notNull(),
  updatedAt: tz('updated_at').notNull().defaultNow(),
});

export const goals = pgTable(
  'analytics_goals',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['page', 'event', 'form'] }).notNull(),
    /** Page path pattern, event name, or form name ('' = any form). */
    match: text('match').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('analytics_goals_name_idx').on(t.appId, t.name)],
);

export const funnels = pgTable(
  'analytics_funnels',
  {
    id: uuid('id').primaryKey(),
    appId: appId(),
    name: text('name').notNull(),
    steps: jsonb('steps').$type<Array<{ kind: 'page' | 'event'; match: string; label: string }>>().notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('analytics_funnels_name_idx').on(t.appId, t.name)],
);
