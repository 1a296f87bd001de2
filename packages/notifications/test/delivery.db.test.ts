import { coreMigrations, JobWorker, ManualClock, queryRows, systemContext } from '@qspace/core';
import { createTestDatabase, type TestDatabase } from '@qspace/core/testing';
import { type SmtpTestServer, startSmtpServer } from '@qspace/test-kit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDeliveryHandler,
  DELIVERY_JOB,
  DELIVERY_MAX_ATTEMPTS,
  getMessage,
  listAppMessages,
  listMailbox,
  type MailTransport,
  notificationsMigrations,
  sendEmail,
  smtpTransport,
} from '../src/index.js';

const APP_A = '0197b000-0000-7000-8000-00000000000a';
const APP_B = '0197b000-0000-7000-8000-00000000000b';
const FROM = 'Q-Space <no-reply@qspace.test>';

describe('email delivery', () => {
  let t: TestDatabase;
  let smtp: SmtpTestServer;
  let transport: MailTransport;
  beforeAll(async () => {
    t = await createTestDatabase({ migrations: [coreMigrations, notificationsMigrations] });
    smtp = await startSmtpServer();
    transport = smtpTransport(smtp.url);
  });
  afterAll(async () => {
    transport?.close?.();
    await smtp?.close();
    await t?.close();
  });

  const worker = (clock = new ManualClock(Date.now()), via = transport) =>
    new JobWorker({
      database: t,
      clock,
      backoff: { baseMs: 1_000, maxMs: 1_000 },
      random: () => 1,
      handlers: { [DELIVERY_JOB]: createDeliveryHandler(via, clock) },
    });

  it('delivers over SMTP with the right headers, both parts and working links', async () => {
    const url = 'https://qspace.test/verify?token=tok_123';
    const id = await t.system((tx) =>
      sendEmail(tx, {
        to: 'Amina@Example.co.ke',
        from: FROM,
        template: 'verify_email',
        data: { name: 'Amina', url, expiresInHours: 24 },
      }),
    );
    expect(await worker().runOnce()).toBe(1);
    const [mail] = await smtp.waitFor(1);
    expect(mail?.envelope).toEqual({ from: 'no-reply@qspace.test', to: ['amina@example.co.ke'] });
    expect(mail?.parsed.from?.text).toBe('"Q-Space" <no-reply@qspace.test>');
    expect(mail?.parsed.subject).toBe('Confirm your email for Q-Space');
    expect(mail?.parsed.messageId).toBe(`<${id}@qspace>`);
    expect(mail?.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail?.parsed.text).toContain(url);
    expect(mail?.parsed.html).toContain(`href="${url}"`);
    const stored = await getMessage(t, id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, transport: 'smtp' });
    expect(stored?.deliveries).toHaveLength(1);
    expect(stored?.deliveries[0]).toMatchObject({ ok: true, attempt: 1 });
  });

  it('retries after a temporary SMTP failure and records every attempt', async () => {
    const clock = new ManualClock();
    const before = smtp.messages.length;
    smtp.failNext(1);
    const id = await t.system((tx) =>
      sendEmail(
        tx,
        { to: 'kamau@example.com', from: FROM, template: 'password_changed', data: { when: 'today' } },
        clock,
      ),
    );
    const w = worker(clock);
    expect(await w.runOnce()).toBe(1);
    let stored = await getMessage(t, id);
    expect(stored).toMatchObject({ status: 'queued', attempts: 1 });
    expect(stored?.lastError).toMatch(/451|Temporary failure/);
    expect(smtp.messages.length).toBe(before);
    clock.advance(1_000);
    expect(await w.runOnce()).toBe(1);
    await smtp.waitFor(before + 1);
    stored = await getMessage(t, id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(stored?.deliveries.map((a) => a.ok)).toEqual([false, true]);
  });

  it('marks the message failed once every attempt is spent', async () => {
    const clock = new ManualClock();
    const broken: MailTransport = {
      name: 'smtp',
      send: async () => {
        throw new Error('550 5.1.1 mailbox unavailable');
      },
    };
    const id = await t.system((tx) =>
      sendEmail(
        tx,
        { to: 'nobody@example.com', from: FROM, template: 'password_changed', data: { when: 'today' } },
        clock,
      ),
    );
    const w = worker(clock, broken);
    for (let i = 0; i < DELIVERY_MAX_ATTEMPTS; i++) {
      expect(await w.runOnce()).toBe(1);
      clock.advance(1_000);
    }
    const stored = await getMessage(t, id);
    expect(stored).toMatchObject({ status: 'failed', attempts: DELIVERY_MAX_ATTEMPTS });
    expect(stored?.deliveries).toHaveLength(DELIVERY_MAX_ATTEMPTS);
    const [job] = await queryRows<{ status: string }>(
      t.db,
      sql`SELECT status FROM qspace_jobs WHERE payload->>'messageId' = ${id}`,
    );
    expect(job?.status).toBe('dead');
  });

  it('sends nothing when the business transaction rolls back', async () => {
    const before = (await listMailbox(t, { to: 'rollback@example.com' })).length;
    await expect(
      t.system(async (tx) => {
        await sendEmail(tx, {
          to: 'rollback@example.com',
          from: FROM,
          template: 'password_changed',
          data: { when: 'x' },
        });
        throw new Error('sign-up failed');
      }),
    ).rejects.toThrow('sign-up failed');
    expect(await listMailbox(t, { to: 'rollback@example.com' })).toHaveLength(before);
    expect(await worker().runOnce()).toBe(0);
  });

  it("keeps each App's mail inside the App", async () => {
    const formData = {
      appName: 'A',
      formName: 'Contact',
      fields: [['Name', 'x']] as Array<[string, string]>,
      url: 'https://qspace.test/inbox',
    };
    await t.tenant(systemContext(APP_A, 'test'), (tx) =>
      sendEmail(tx, {
        to: 'owner-a@example.com',
        from: FROM,
        template: 'form_submission',
        data: formData,
        appId: APP_A,
      }),
    );
    await t.tenant(systemContext(APP_B, 'test'), (tx) =>
      sendEmail(tx, {
        to: 'owner-b@example.com',
        from: FROM,
        template: 'form_submission',
        data: formData,
        appId: APP_B,
      }),
    );
    const seenByA = await t.tenant(systemContext(APP_A, 'test'), (tx) => listAppMessages(tx));
    expect(seenByA.map((m) => m.toAddress)).toEqual(['owner-a@example.com']);
    // An App cannot write mail on another App's behalf, nor platform mail.
    await expect(
      t.tenant(systemContext(APP_A, 'test'), (tx) =>
        sendEmail(tx, {
          to: 'x@example.com',
          from: FROM,
          template: 'form_submission',
          data: formData,
          appId: APP_B,
        }),
      ),
    ).rejects.toThrow();
  });

  it('refuses an invalid recipient with a clear error', async () => {
    await expect(
      t.system((tx) =>
        sendEmail(tx, { to: 'not-an-email', from: FROM, template: 'password_changed', data: { when: 'x' } }),
      ),
    ).rejects.toMatchObject({ code: 'notifications.invalid_recipient', status: 400 });
  });
});
