import { describe, expect, it } from 'vitest';
import { composeEmail, PLATFORM_BRAND, TEMPLATE_NAMES } from '../src/index.js';

const samples = {
  verify_email: { name: 'Achieng', url: 'https://qspace.test/verify?token=abc', expiresInHours: 24 },
  reset_password: { url: 'https://qspace.test/reset?token=abc', expiresInMinutes: 60 },
  change_email: { url: 'https://qspace.test/change?token=abc', newEmail: 'new@example.co.ke' },
  password_changed: { when: '22 Nov 2026, 10:00' },
  account_exists: { signInUrl: 'https://qspace.test/sign-in', resetUrl: 'https://qspace.test/forgot' },
  invitation: {
    inviterName: 'Wanjiru',
    appName: 'Java House Kilimani',
    role: 'editor',
    url: 'https://qspace.test/invite/abc',
    expiresInDays: 7,
  },
  form_submission: {
    appName: 'Mama Oliech',
    formName: 'Contact',
    fields: [
      ['Name', 'Otieno'],
      ['Message', 'Do you cater weddings?\nFor 200 guests.'],
    ] as Array<[string, string]>,
    url: 'https://qspace.test/apps/1/inbox',
  },
} as const;

describe('email templates', () => {
  it.each(TEMPLATE_NAMES)('%s renders an HTML and a plain-text part with the same links', (template) => {
    const data = samples[template] as never;
    const email = composeEmail(template, data);
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.html).toMatch(/^<!doctype html>/);
    expect(email.html).toContain(PLATFORM_BRAND.primaryColor);
    const links = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]?.replaceAll('&amp;', '&'));
    for (const link of links) expect(email.text).toContain(link);
    expect(email.text).not.toMatch(/<[a-z]/i);
  });

  it('speaks for the App: its name and colour', () => {
    const email = composeEmail('invitation', samples.invitation, {
      name: 'Java House',
      primaryColor: '#b45309',
    });
    expect(email.html).toContain('#b45309');
    expect(email.html).toContain('Java House');
    expect(email.subject).toBe('Wanjiru invited you to Java House Kilimani');
    expect(email.text).toContain('as an editor');
  });

  it('escapes what people typed and refuses unsafe brand colours', () => {
    const email = composeEmail(
      'form_submission',
      { ...samples.form_submission, fields: [['Message', '<script>alert(1)</script> & "quotes"']] },
      { name: 'Shop <b>', primaryColor: 'red;background:url(x)' },
    );
    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(email.html).toContain('Shop &lt;b&gt;');
    expect(email.html).not.toContain('url(x)');
    expect(email.text).toContain('<script>alert(1)</script>'); // plain text needs no escaping
  });

  it('refuses incomplete data instead of mailing a broken message', () => {
    expect(() => composeEmail('verify_email', { url: 'not a url', expiresInHours: 24 })).toThrow(
      expect.objectContaining({ code: 'notifications.invalid_template_data' }),
    );
  });
});
