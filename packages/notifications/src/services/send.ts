/**
 * Sending = recording the message and enqueueing its delivery, in the caller's transaction: if the
 * business change rolls back, no mail goes out; if it commits, the mail is delivered (with retries)
 * even across restarts.
 *
 * RLS note: App mail is written inside that App's `database.tenant()` transaction; platform mail
 * (`appId` null) inside `database.system()`.
 */
import { type Clock, type Executor, enqueue, newId, systemClock } from '@qspace/core';
import { z } from 'zod';
import type { Brand } from '../domain/brand.js';
import type { TemplateData, TemplateName } from '../domain/templates.js';
import { NotificationErrors } from '../errors.js';
import { messages } from '../schema.js';
import { composeEmail } from './compose.js';

export const DELIVERY_JOB = 'notifications.deliver';
export const DELIVERY_MAX_ATTEMPTS = 8;

export interface SendEmailInput<T extends TemplateName> {
  to: string;
  from: string;
  template: T;
  data: TemplateData<T>;
  brand?: Brand;
  /** The App this mail belongs to; omit for platform mail. */
  appId?: string | null;
}

const recipient = z.email();

export async function sendEmail<T extends TemplateName>(
  tx: Executor,
  input: SendEmailInput<T>,
  clock: Clock = systemClock,
): Promise<string> {
  if (!recipient.safeParse(input.to).success) throw NotificationErrors.invalid_recipient({ to: input.to });
  const composed = composeEmail(input.template, input.data, input.brand);
  const id = newId();
  await tx.insert(messages).values({
    id,
    appId: input.appId ?? null,
    template: input.template,
    toAddress: input.to.trim().toLowerCase(),
    fromAddress: input.from,
    subject: composed.subject,
    html: composed.html,
    text: composed.text,
    createdAt: clock.now(),
  });
  await enqueue(tx, DELIVERY_JOB, { messageId: id }, { maxAttempts: DELIVERY_MAX_ATTEMPTS, clock });
  return id;
}
