/**
 * The internal events outbox (owned by core). A module records what happened in an App — a form
 * was submitted, a page was published — in the same transaction as the change; other modules
 * (analytics counts conversions) read it later. Rows carry `app_id`, so row-level security applies.
 */
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const events = pgTable(
  'qspace_events',
  {
    id: uuid('id').primaryKey(),
    appId: uuid('app_id').notNull(),
    /** Dotted name, `<module>.<what happened>`, e.g. `content.form_submitted`. */
    type: text('type').notNull(),
    payload: jsonb('payload').notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('qspace_events_app_type_time_idx').on(t.appId, t.type, t.occurredAt)],
);
