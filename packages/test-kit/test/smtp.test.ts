import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpTestServer, startSmtpServer } from '../src/index.js';

describe('SMTP test server', () => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp?.close());

  it('captures and parses what a real SMTP client sends', async () => {
    const transport = nodemailer.createTransport(smtp.url);
    await transport.sendMail({
      from: 'a@example.com',
      to: 'b@example.com',
      subject: 'Habari',
      text: 'plain',
      html: '<p>rich</p>',
    });
    const [mail] = await smtp.waitFor(1);
    expect(mail?.envelope).toEqual({ from: 'a@example.com', to: ['b@example.com'] });
    expect(mail?.parsed.subject).toBe('Habari');
    expect(mail?.parsed.text?.trim()).toBe('plain');
    expect(mail?.parsed.html).toContain('<p>rich</p>');
    transport.close();
  });

  it('refuses messages on demand with a temporary 451', async () => {
    const transport = nodemailer.createTransport(smtp.url);
    smtp.failNext(1);
    await expect(
      transport.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'x', text: 'x' }),
    ).rejects.toMatchObject({
      responseCode: 451,
    });
    await transport.sendMail({ from: 'a@example.com', to: 'b@example.com', subject: 'again', text: 'x' });
    await smtp.waitFor(2);
    expect(smtp.messages.map((m) => m.parsed.subject)).toEqual(['Habari', 'again']);
    transport.close();
  });
});
