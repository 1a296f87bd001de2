/**
 * The delivery job: sends a stored message through the transport and records the attempt. A failed
 * attempt is recorded in its own transaction (so it survives the retry) and rethrown, which makes the
 * jobs worker retry with backoff; after the last attempt the message is marked failed.
 */
import { type Clock, type Database, type JobHandler, newId, systemClock } from '@qspace/core';
import { eq } from 'drizzle-orm';
import type { MailTransport } from '../infrastructure/transport.js';
import { attempts, messages } from '../schema.js';

export function createDeliveryHandler(transport: MailTransport, clock: Clock = systemClock): JobHandler {
  return async (job, { database }) => {
    const { messageId } = job.payload as { messageId: string };
    const message = await database.system(
      async (tx) => (await tx.select().from(messages).where(eq(messages.id, messageId)))[0],
    );
    if (!message || message.status === 'sent') return; // deleted, or delivered by an earlier run
    try {
      const detail = await transport.send({
        messageId: message.id,
        from: message.fromAddress,
        to: message.toAddress,
        subject: message.subject,
        html: message.html,
        text: message.text,
      });
      await record(database, clock, message.id, message.appId, job.attempt, transport.name, true, detail);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const last = job.attempt >= job.maxAttempts;
      await record(
        database,
        clock,
        message.id,
        message.appId,
        job.attempt,
        transport.name,
        false,
        detail,
        last,
      );
      throw error;
    }
  };
}

async function record(
  database: Database,
  clock: Clock,
  messageId: string,
  appId: string | null,
  attempt: number,
  transport: string,
  ok: boolean,
  detail: string,
  lastAttempt = false,
): Promise<void> {
  const now = clock.now();
  await database.system(async (tx) => {
    await tx
      .insert(attempts)
      .values({ id: newId(), messageId, appId, attempt, ok, transport, detail, createdAt: now });
    await tx
      .update(messages)
      .set(
        ok
          ? {
              status: 'sent',
              sentAt: now,
              attempts: attempt,
              transport,
              providerMessageId: detail,
              lastError: null,
            }
          : { status: lastAttempt ? 'failed' : 'queued', attempts: attempt, transport, lastError: detail },
      )
      .where(eq(messages.id, messageId));
  });
}
