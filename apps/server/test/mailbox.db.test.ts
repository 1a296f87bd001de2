import { sendEmail } from '@qspace/notifications';
import { startSmtpServer } from '@qspace/test-kit';
import { describe, expect, it } from 'vitest';
import { startTestServer, waitFor } from './harness.js';

const FROM = 'Q-Space <no-reply@qspace.test>';
const mail = (to: string, url: string) => ({
  to,
  from: FROM,
  template: 'reset_password' as const,
  data: { url, expiresInMinutes: 60 },
});

describe('development mailbox', () => {
  it('shows stored mail as JSON and as a page, with working links', async () => {
    const s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
    try {
      const empty = await s.request('/dev/mailbox');
      expect(await empty.text()).toContain('No mail yet');
      const url = `${s.url}/healthz?token=abc`;
      const id = await s.database.system((tx) => sendEmail(tx, mail('wairimu@example.com', url)));
      const sent = await waitFor(async () => {
        const body = (await (await s.request('/api/dev/mailbox?to=wairimu@example.com')).json()) as {
          messages: Array<{ id: string; status: string; links: string[]; transport: string }>;
        };
        return body.messages.find((m) => m.id === id && m.status === 'sent');
      });
      expect(sent.transport).toBe('dev_mailbox');
      expect(sent.links).toEqual([url]);
      expect((await fetch(sent.links[0] as string)).status).toBe(200);

      const page = await s.request('/dev/mailbox');
      expect(await page.text()).toContain('wairimu@example.com');
      const detail = await s.request(`/dev/mailbox/${id}`);
      expect(await detail.text()).toContain('Reset your Q-Space password');
      const frame = await s.request(`/dev/mailbox/${id}/html`);
      expect(frame.headers.get('content-security-policy')).toContain("style-src 'unsafe-inline'");
      expect(frame.headers.get('content-security-policy')).not.toContain('script-src');
      expect((await s.request('/api/dev/mailbox/0197c000-0000-7000-8000-000000000000')).status).toBe(404);
    } finally {
      await s.stop();
    }
  });

  it('does not exist in production', async () => {
    const s = await startTestServer({ config: { NODE_ENV: 'production' } });
    try {
      expect((await s.request('/api/dev/mailbox')).status).toBe(404);
      expect((await s.request('/dev/mailbox')).status).toBe(404);
      const doc = (await (await s.request('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
      expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/dev'))).toBe(false);
    } finally {
      await s.stop();
    }
  });

  it('delivers to the SMTP server when SMTP_URL is set', async () => {
    const smtp = await startSmtpServer();
    const s = await startTestServer({ config: { SMTP_URL: smtp.url, JOBS_POLL_INTERVAL_MS: 20 } });
    try {
      await s.database.system((tx) =>
        sendEmail(tx, mail('baraka@example.com', 'https://qspace.test/reset?t=1')),
      );
      const [received] = await smtp.waitFor(1);
      expect(received?.envelope.to).toEqual(['baraka@example.com']);
      expect(received?.parsed.subject).toBe('Reset your Q-Space password');
    } finally {
      await s.stop();
      await smtp.close();
    }
  });
});
