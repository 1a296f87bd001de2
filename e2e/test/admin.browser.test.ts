/**
 * The admin screens in Chromium against a real server on a fresh database: a visitor sends the App's
 * public contact form → the owner finds it unread in the inbox, opens it (now read), reads it on a
 * phone and exports the inbox as CSV; the owner invites a member, creates an API key (shown once,
 * works) and revokes it (refused from then on); renames the App in settings; and a viewer sees the
 * team and settings without any control they cannot use, and no inbox.
 */
import { readFile } from 'node:fs/promises';
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, mailLinks, startDashboardServer } from './journey.js';

const PASSWORD = 'karibu sana rafiki 2026';
const shot = (name: string) => `${screenshotDir}/admin-${name}.png`;

/** Statuses the journey provokes on purpose (a second invitation, a revoked key); Chromium logs them. */
const EXPECTED_FAILURE = /Failed to load resource: the server responded with a status of (401|403|409)/;

describe.skipIf(!chromiumPath)('admin screens: inbox, team and security, settings (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let owner: BrowserContext;
  let viewer: BrowserContext;
  let appId = '';
  const stamp = Date.now();
  const ownerEmail = `wanjiku.${stamp}@example.co.ke`;
  const viewerEmail = `otieno.${stamp}@example.co.ke`;
  const inviteeEmail = `baraka.${stamp}@example.co.ke`;
  const slug = `chai-corner-${stamp % 100_000}`;
  const errors: string[] = [];

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
    owner = await signedUp('Wanjiku Owner', ownerEmail);
    viewer = await signedUp('Otieno Viewer', viewerEmail);
    const created = await api(owner, 'POST', '/api/v1/apps', {
      name: 'Chai Corner',
      slug,
      starter: 'shops-pwani',
    });
    expect(created.status).toBe(201);
    appId = String(created.body?.id);
    const added = await api(owner, 'POST', `/api/v1/apps/${appId}/members`, {
      email: viewerEmail,
      role: 'viewer',
    });
    expect(added.status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const local = (link: string) => {
    const url = new URL(link);
    return `${server.url}${url.pathname}${url.search}`;
  };

  /** A browser context with a confirmed account, signed in through the dashboard. */
  async function signedUp(name: string, email: string): Promise<BrowserContext> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');
    const [verify] = await mailLinks(server, email, 'verify_email');
    await page.goto(local(verify as string));
    await page.waitForURL('**/verify-email**');
    await page.close();
    return context;
  }

  /** A JSON API call with the context's session (its cookies), or with an API key. */
  async function api(context: BrowserContext, method: string, path: string, body?: unknown, key?: string) {
    const res = await context.request.fetch(`${server.url}${path}`, {
      method,
      headers: {
        origin: server.url,
        ...(key ? { authorization: `Bearer ${key}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    });
    return {
      status: res.status(),
      body: (await res.json().catch(() => null)) as Record<string, unknown> | null,
    };
  }

  async function open(context: BrowserContext, path: string, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
    page.on('console', (m) => {
      if (m.type() === 'error' && !EXPECTED_FAILURE.test(m.text())) errors.push(`${path}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('a visitor’s message arrives unread, opens as read, reads on a phone and exports as CSV', async () => {
    // The visitor sends the public contact form.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/s/${slug}/contact`);
    const form = visitor.locator('form[data-qs-form]').first();
    await form.getByLabel('Name').fill('Achieng Otieno');
    await form.getByLabel(/Phone/).fill('+254 711 000123');
    await form.getByLabel('Date and time').fill('Saturday 7pm');
    await form.getByLabel('Guests').selectOption({ index: 2 });
    await form
      .getByLabel(/Anything else/)
      .fill('A table by the window, please — it is my mother’s birthday.');
    await form.getByRole('button').click();
    await visitor.getByText(/Asante/).waitFor();
    await visitorContext.close();

    // The owner finds it unread, with the count, in the inbox.
    const page = await open(owner, `/apps/${appId}/inbox`);
    await page.getByRole('heading', { name: /Inbox/ }).waitFor();
    const row = page.getByRole('link', { name: /Achieng Otieno \(unread\)/ });
    await row.waitFor();
    // The count shows in the inbox heading (and in the App's navigation).
    await page.getByRole('heading', { name: /Inbox/ }).getByText('1 unread').waitFor();
    await page.getByText('A table by the window, please').waitFor();
    await page.getByRole('button', { name: /Unread/ }).click();
    await page.waitForURL('**filter=unread**');
    await row.waitFor();
    await page.screenshot({ path: shot('inbox-desktop') });

    // Opening it shows every field and marks it read.
    await row.click();
    await page.getByRole('heading', { name: 'Achieng Otieno' }).waitFor();
    await page.getByText('Saturday 7pm').waitFor();
    await page.getByText(`/s/${slug}/contact`, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Mark as unread' }).waitFor();
    await page.screenshot({ path: shot('message-desktop') });
    const listed = await api(owner, 'GET', `/api/v1/apps/${appId}/submissions`);
    expect(listed.body?.unread).toBe(0);
    const submissions = (listed.body?.submissions ?? []) as Array<{ id: string }>;
    const id = submissions[0]?.id as string;
    expect(new URL(page.url()).pathname).toBe(`/apps/${appId}/inbox/${id}`);

    // Back in the inbox nothing is unread; the CSV download carries the message.
    await page.getByRole('link', { name: 'Inbox', exact: true }).first().click();
    await page.getByRole('link', { name: /^Achieng Otieno/ }).waitFor();
    await expect(page.getByText(/unread/).count()).resolves.toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^submissions-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toContain('Achieng Otieno');
    expect(csv).toContain('Saturday 7pm');
    await page.close();

    // The notification email's link, on a phone: the message reads without sideways scrolling.
    const phone = await open(owner, `/apps/${appId}/inbox/${id}`, 390);
    await phone.getByRole('heading', { name: 'Achieng Otieno' }).waitFor();
    await phone.getByRole('link', { name: '+254 711 000123' }).waitFor();
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: shot('message-phone'), fullPage: true });
    await phone.goto(`${server.url}/apps/${appId}/inbox`);
    await phone.getByRole('link', { name: /^Achieng Otieno/ }).waitFor();
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: shot('inbox-phone') });
    await phone.close();
  });

  it('the owner invites a member, and creates an API key that is shown once, works, and is revoked', async () => {
    const page = await open(owner, `/apps/${appId}/team`);
    await page.getByRole('heading', { name: 'Team and security' }).waitFor();
    await page.getByRole('button', { name: 'Invite people' }).click();
    await page.getByLabel('Email address').fill(inviteeEmail);
    await page.getByLabel('Role', { exact: true }).selectOption('admin');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const pending = page.getByRole('list', { name: 'Pending invitations' });
    await pending.getByText(inviteeEmail, { exact: true }).waitFor();
    await pending.getByText('Admin').waitFor();
    expect((await mailLinks(server, inviteeEmail, 'invitation')).some((l) => l.includes('/invite/'))).toBe(
      true,
    );
    // Inviting the same address twice puts the server's answer on the field.
    await page.getByLabel('Email address').fill(inviteeEmail);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(/already has a pending invitation/).waitFor();
    await page.screenshot({ path: shot('team-desktop'), fullPage: true });

    await page.getByRole('tab', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'Create key' }).first().click();
    await page.getByLabel('Name', { exact: true }).fill('Booking system');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page.getByText(/will not be shown again/).waitFor();
    const key = await page.getByLabel('Your new API key').inputValue();
    expect(key.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Copy key' }).waitFor();
    await page.screenshot({ path: shot('api-key-once') });
    expect((await api(owner, 'GET', '/api/v1/apps', undefined, key)).status).toBe(200);

    // Once dismissed, the key is nowhere on the page; the list shows its prefix.
    await page.getByRole('button', { name: 'I’ve stored it' }).click();
    await page
      .getByRole('list', { name: 'API keys' })
      .getByRole('button', { name: 'Revoke Booking system' })
      .waitFor();
    expect(await page.content()).not.toContain(key);
    await page.getByRole('button', { name: 'Revoke Booking system' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke key' }).click();
    await page
      .getByRole('list', { name: 'Revoked keys' })
      .getByText('Booking system', { exact: true })
      .waitFor();
    expect((await api(owner, 'GET', '/api/v1/apps', undefined, key)).status).toBe(401);

    // The audit log tells the story in words.
    await page.getByRole('tab', { name: 'Audit log' }).click();
    await page.getByText('Created the API key “Booking system”').waitFor();
    await page.getByText(`Invited ${inviteeEmail} as admin`).waitFor();
    await page.screenshot({ path: shot('audit-desktop') });
    await page.close();
  });

  it('settings rename the App; the address is checked as you type', async () => {
    const page = await open(owner, `/apps/${appId}/settings`);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Address').fill('admin');
    await page.getByText('Reserved for the platform — pick another.').waitFor();
    await page.getByLabel('Address').fill(`${slug}-2`);
    await page.getByText('Your site’s address will change').waitFor();
    await page.getByRole('button', { name: 'Discard' }).click();

    await page.getByLabel('App name').fill('Chai Corner Kisumu');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved.').waitFor();
    expect((await api(owner, 'GET', `/api/v1/apps/${appId}`)).body?.name).toBe('Chai Corner Kisumu');
    await page.screenshot({ path: shot('settings-desktop'), fullPage: true });

    // Deleting asks for the slug typed back; the button stays disabled until it matches.
    await page.getByRole('button', { name: 'Delete App' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Delete this App forever' }).isDisabled()).resolves.toBe(
      true,
    );
    await dialog.getByLabel(/Type .* to confirm/).fill(slug);
    await expect(dialog.getByRole('button', { name: 'Delete this App forever' }).isEnabled()).resolves.toBe(
      true,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.close();
  });

  it('a viewer sees the team and settings without edit controls, and no inbox', async () => {
    const team = await open(viewer, `/apps/${appId}/team`);
    await team.getByRole('list', { name: 'Members' }).getByText('Wanjiku Owner').waitFor();
    for (const control of ['Invite people', 'Remove', 'Transfer ownership']) {
      await expect(team.getByRole('button', { name: control }).count()).resolves.toBe(0);
    }
    await expect(team.getByRole('tab').count()).resolves.toBe(0);
    await expect(team.getByRole('combobox').count()).resolves.toBe(0);
    await team.screenshot({ path: shot('team-viewer') });

    await team.goto(`${server.url}/apps/${appId}/settings`);
    await team.getByText('You can look, not change').waitFor();
    await expect(
      team.getByRole('main').getByText('Chai Corner Kisumu', { exact: true }).isVisible(),
    ).resolves.toBe(true);
    await expect(team.getByRole('textbox').count()).resolves.toBe(0);
    for (const control of ['Save changes', 'Delete App', 'Use this domain']) {
      await expect(team.getByRole('button', { name: control }).count()).resolves.toBe(0);
    }
    await team.screenshot({ path: shot('settings-viewer'), fullPage: true });

    await team.goto(`${server.url}/apps/${appId}/inbox`);
    await team.getByRole('heading', { name: 'The inbox is for editors and above' }).waitFor();
    await team.close();
    expect(errors).toEqual([]);
  });
});
