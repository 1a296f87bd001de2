/**
 * Reading stored mail. The development mailbox shows every message (platform and App mail) — it is
 * mounted only when the server runs in development; an App's own mail log reads through RLS.
 */
import type { Database, Executor } from '@qspace/core';
import { and, desc, eq } from 'drizzle-orm';
import { type AttemptRow, attempts, type MessageRow, messages } from '../schema.js';

export interface MailboxQuery {
  to?: string;
  limit?: number;
}

/** All stored mail, newest first (system access: development tools and operators only). */
export function listMailbox(database: Database, query: MailboxQuery = {}): Promise<MessageRow[]> {
  return database.system((tx) =>
    tx
      .select()
      .from(messages)
      .where(query.to ? eq(messages.toAddress, query.to.toLowerCase()) : undefined)
      .orderBy(desc(messages.createdAt), desc(messages.id))
      .limit(Math.min(query.limit ?? 50, 500)),
  );
}

export async function getMessage(
  database: Database,
  id: string,
): Promise<(MessageRow & { deliveries: AttemptRow[] }) | undefined> {
  return database.system(async (tx) => {
    const [message] = await tx.select().from(messages).where(eq(messages.id, id));
    if (!message) return undefined;
    const rows = await tx.select().from(attempts).where(eq(attempts.messageId, id)).orderBy(attempts.attempt);
    return { ...message, deliveries: rows };
  });
}

/** An App's own mail log, read inside its tenant transaction (RLS keeps other Apps out). */
export function listAppMessages(tx: Executor, template?: string): Promise<MessageRow[]> {
  return tx
    .select()
    .from(messages)
    .where(and(template ? eq(messages.template, template) : undefined))
    .orderBy(desc(messages.createdAt))
    .limit(100);
}
