/**
 * Every email is a message row; every delivery try is an attempt row. `app_id` is null for platform
 * mail (sign-up, password reset) — and since a table with `app_id` is a tenant table, an App sees only
 * its own mail, while platform mail is reachable only through `database.system()`.
 */
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const MESSAGE_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const messages = pgTable(
  'notification_messages',
  {
    id: uuid('id').primaryKey(),
    appId: uuid('app_id'),
    template: text('template').notNull(),
    toAddress: text('to_address').notNull(),
    fromAddress: text('from_address').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    transport: text('transport'),
    providerMessageId: text('provider_message_id'),
    createdAt: tz('created_at').notNull(),
    sentAt: tz('sent_at'),
  },
  (t) => [
    index('notification_messages_to_idx').on(t.toAddress, t.createdAt),
    index('notification_messages_app_idx').on(t.appId),
  ],
);

export const attempts = pgTable(
  'notification_attempts',
  {
    id: uuid('id').primaryKey(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    appId: uuid('app_id'),
    attempt: integer('attempt').notNull(),
    ok: boolean('ok').notNull(),
    transport: text('transport').notNull(),
    detail: text('detail'),
    createdAt: tz('created_at').notNull(),
  },
  (t) => [index('notification_attempts_message_idx').on(t.messageId)],
);

export type MessageRow = typeof messages.$inferSelect;
export type AttemptRow = typeof attempts.$inferSelect;
