/**
 * Issue 3's journey, as people do it in a browser: an owner signs up in the dashboard, creates an App
 * and invites a second address; the invitee opens the mailed link, creates an account from it,
 * confirms the address, accepts, finds the App with the invited role — and cannot do what the role
 * forbids.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, mailLinks, startDashboardServer } from './journey.js';

const PASSWORD = 'karibu sana rafiki 2026';

describe.skipIf(!chromiumPath)('invitation journey in the browser (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  const owner = `owner.${Date.now()}@example.co.ke`;
  const invitee = `baraka.${Date.now()}@example.co.ke`;

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const local = (link: string) => {
    const url = new URL(link);
    return `${server.url}${url.pathname}${url.search}`;
  };

  /** Signs up through the dashboard and confirms the address from the mailbox; ends signed in. */
  async function signUp(page: Page, name: string, email: string, from = '/sign-up') {
    if (!page.url().includes('/sign-up')) await page.goto(`${server.url}${from}`);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');
    const [verify] = await mailLinks(server, email, 'verify_email');
    await page.goto(local(verify as string));
    await page.waitForURL('**/verify-email**');
  }

  /** A JSON API call from the page's own session (its cookies). */
  async function api(context: BrowserContext, method: string, path: string, body?: unknown) {
    const res = await context.request.fetch(`${server.url}${path}`, {
      method,
      headers: { origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    });
    return {
      status: res.status(),
      body: (await res.json().catch(() => null)) as Record<string, unknown> | null,
    };
  }

  it('invites a new address, which signs up from the mail, accepts, and gets exactly the invited role', async () => {
    // The owner: sign up, confirm, create an App.
    const ownerContext = await browser.newContext();
    const ownerPage = await ownerContext.newPage();
    await signUp(ownerPage, 'Wanjiku Owner', owner);
    const created = await api(ownerContext, 'POST', '/api/v1/apps', {
      name: 'Baraka Bakery',
      slug: 'baraka-bakery',
      starter: 'shops-pwani',
    });
    expect(created.status).toBe(201);
    const appId = String(created.body?.id);
    const invited = await api(ownerContext, 'POST', `/api/v1/apps/${appId}/invitations`, {
      email: invitee,
      role: 'editor',
    });
    expect(invited.status).toBe(201);

    // The invitee opens the mailed link in their own browser.
    const [inviteLink] = await mailLinks(server, invitee, 'invitation');
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(local(inviteLink as string));
    await page.getByRole('heading', { name: 'Join Baraka Bakery' }).waitFor();
    await page.screenshot({ path: `${screenshotDir}/invitation-anonymous.png` });
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL('**/sign-up**');
    await signUp(page, 'Baraka Mwangi', invitee);

    // Back to the mailed link, now signed in as the invitee: one button accepts.
    await page.goto(local(inviteLink as string));
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('heading', { name: 'You are in' }).waitFor();
    await page.getByRole('link', { name: 'Continue' }).click();

    // The dashboard lists the App with the invited role.
    await page.getByText('Baraka Bakery').first().waitFor();
    await expect(
      page
        .getByText(/editor/i)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: `${screenshotDir}/invitation-home.png` });

    // An editor edits pages but cannot publish them, manage members or delete the App.
    const pages = (await api(context, 'GET', `/api/v1/apps/${appId}/pages`)).body as unknown as Array<{
      id: string;
      isHome: boolean;
    }>;
    const home = pages.find((p) => p.isHome)?.id as string;
    expect(
      (await api(context, 'PUT', `/api/v1/apps/${appId}/pages/${home}`, { title: 'Home, by the editor' }))
        .status,
    ).toBe(200);
    expect((await api(context, 'POST', `/api/v1/apps/${appId}/pages/${home}/publish`, {})).status).toBe(403);
    expect(
      (
        await api(context, 'POST', `/api/v1/apps/${appId}/invitations`, {
          email: 'x@example.com',
          role: 'viewer',
        })
      ).status,
    ).toBe(403);
    expect(
      (await api(context, 'DELETE', `/api/v1/apps/${appId}`, { confirmSlug: 'baraka-bakery' })).status,
    ).toBe(403);

    // The link worked once.
    await page.goto(local(inviteLink as string));
    await expect(
      page.getByRole('heading', { name: 'This invitation cannot be used' }).isVisible(),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
    await ownerContext.close();
  });
});
