/**
 * The create-App wizard and the account screen, in Chromium against a real server on a fresh database:
 * sign up → verify from the dev mailbox → one App per category through the wizard (category → design
 * with live previews → name and address, with the taken/reserved reasons) → each lands in the App's
 * editor route on its home page. Which design is picked in each category turns with the clock, so
 * runs cover all nine starters. Then the account screen: a password change (field errors first) and
 * "sign out everywhere else", after which another browser's session gets 401.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, mailLinks, startDashboardServer } from './journey.js';

const shot = (name: string) => `${screenshotDir}/wizard-${name}.png`;

/** Statuses the journey provokes on purpose (wrong password, revoked session); Chromium logs them. */
const EXPECTED_FAILURE = /Failed to load resource: the server responded with a status of (400|401)/;

/**
 * KNOWN SERVER BUG, not this screen's: a site page's 304 (revalidation) carries the dashboard's
 * `frame-ancestors 'none'` instead of the page's own CSP (apps/server/src/sites/serve.ts, writeCached
 * and cachedToResponse), so a preview framed a second time is blocked. Remove once the 304 sends the
 * cached response's CSP and `X-Frame-Options: SAMEORIGIN`.
 */
const KNOWN_304_FRAMING_BUG =
  /^Framing '[^']+' violates the following Content Security Policy directive: "frame-ancestors 'none'"/;

/** The editor (another area, still being built) is only the wizard's destination here: its logs are its own. */
const onEditor = (url: string) => /\/apps\/[^/]+\/pages\//.test(url);

interface Starter {
  id: string;
  category: string;
  categoryName: string;
  designSystemName: string;
  name: string;
}

/** The starter site's own name (og:site_name), which its live preview must show. */
async function siteNameOf(server: Runtime, starterId: string): Promise<string> {
  const html = await (await fetch(`${server.url}/starters/${starterId}/`)).text();
  const raw = /<meta property="og:site_name" content="([^"]+)"/.exec(html)?.[1] ?? '';
  return raw
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** Goes to a dashboard path without a full page load (the router handles it, as a link would). */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

const apiStatus = (page: Page, path: string) =>
  page.evaluate(async (p) => (await fetch(p, { credentials: 'same-origin' })).status, path);

describe.skipIf(!chromiumPath)('create-App wizard and account security (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const email = `wanjiru.${Date.now()}@example.co.ke`;
  const password = 'baobab shade at noon 2026';
  const newPassword = 'tea fields above kericho';

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (m) => {
      const text = m.text();
      if (m.type() !== 'error' || EXPECTED_FAILURE.test(text) || KNOWN_304_FRAMING_BUG.test(text)) return;
      if (!onEditor(page.url())) errors.push(text);
    });
    page.on('pageerror', (e) => errors.push(e.message));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(target: Page, secret: string) {
    await target.goto(`${server.url}/sign-in`);
    await target.getByLabel('Email').fill(email);
    await target.getByLabel('Password', { exact: true }).fill(secret);
    await target.getByRole('button', { name: 'Sign in' }).click();
    await target.getByRole('heading', { name: 'Your Apps' }).waitFor();
  }

  it('signs up and verifies the address from the mailbox', async () => {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Your name').fill('Wanjiru Kamau');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    const links = await mailLinks(server, email, 'verify_email');
    const verify = links.find((l) => l.includes('/api/auth/verify-email'));
    expect(verify).toBeTruthy();
    await page.goto(verify as string);
    await page.getByRole('heading', { name: 'Email confirmed' }).waitFor();
  });

  it('creates one App per category through the wizard, with live previews, and lands in the editor', async () => {
    const starters = (await page.evaluate(async () => (await fetch('/api/v1/starters')).json())) as Starter[];
    const categories = [...new Set(starters.map((s) => s.category))];
    expect(categories).toHaveLength(3);
    const turn = Date.now() % 3;
    const slugs: string[] = [];

    for (const [index, category] of categories.entries()) {
      const designs = starters.filter((s) => s.category === category);
      const chosen = designs[(turn + index) % designs.length] as Starter;
      const title = chosen.name.split(' — ')[0] as string;
      await page.goto(`${server.url}/apps/new`);

      // Step 1: the category, as a radio card (Next without a choice explains itself).
      await page.getByRole('heading', { name: 'What kind of business is it?' }).waitFor();
      if (index === 0) {
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByText('Pick a category to continue.').waitFor();
        await page.screenshot({ path: shot('category') });
      }
      await page.getByText(chosen.categoryName, { exact: true }).click();
      await expect(
        page.getByRole('radio', { name: new RegExp(chosen.categoryName) }).isChecked(),
      ).resolves.toBe(true);
      await page.getByRole('button', { name: 'Next' }).click();

      // Step 2: the category's three designs, each a live preview of its starter site.
      await page.getByRole('heading', { name: 'Pick a design' }).waitFor();
      for (const design of designs) {
        const designTitle = design.name.split(' — ')[0] as string;
        const frame = page.frameLocator(`iframe[title="Live preview of the ${designTitle} design"]`);
        await frame
          .getByText(await siteNameOf(server, design.id))
          .first()
          .waitFor();
      }
      await page.screenshot({ path: shot(`design-${category}`) });
      await page.getByText(title, { exact: true }).click();
      await page.getByRole('button', { name: 'Next' }).click();

      // Back and forth keeps the choices.
      await page.getByRole('heading', { name: 'Name your App' }).waitFor();
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(page.getByRole('radio', { name: new RegExp(title) }).isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Next' }).click();

      // Step 3: name → suggested address, checked as you type, with the reason it is not free.
      const name = `Wanjiru ${title} ${index + 1}`;
      await page.getByLabel('App name').fill(name);
      const suggested = `wanjiru-${title.toLowerCase()}-${index + 1}`;
      await expect(page.getByLabel('Address').inputValue()).resolves.toBe(suggested);
      await page.getByText('Available').waitFor();
      await page.getByLabel('Address').fill('admin');
      await page.getByText('Reserved for the platform — pick another.').waitFor();
      if (slugs[0]) {
        await page.getByLabel('Address').fill(slugs[0]);
        await page.getByText('Already taken by another App — pick another.').waitFor();
        await page.screenshot({ path: shot('slug-taken') });
      }
      await page.getByLabel('Address').fill('No Spaces');
      await page.getByText('Use 3–40 lowercase letters, digits and single hyphens.').waitFor();
      await page.getByLabel('Address').fill(suggested);
      await page.getByText('Available').waitFor();
      await page.getByRole('button', { name: 'Create App' }).click();

      // Created from the chosen starter, and on to the editor of its home page.
      await page.waitForURL(/\/apps\/[0-9a-f-]{36}\/pages\/[0-9a-f-]{36}$/);
      const [, appId, pageId] = /\/apps\/([^/]+)\/pages\/([^/]+)$/.exec(page.url()) ?? [];
      const pages = (await page.evaluate(
        async (id) => (await fetch(`/api/v1/apps/${id}/pages`)).json(),
        appId as string,
      )) as Array<{ id: string; isHome: boolean }>;
      expect(pages.find((p) => p.isHome)?.id).toBe(pageId);
      const site = (await page.evaluate(
        async (id) => (await fetch(`/api/v1/apps/${id}/settings/theme`)).json(),
        appId as string,
      )) as { starterId?: string };
      expect(site.starterId).toBe(chosen.id);
      slugs.push(suggested);
    }

    // Home shows the three, with their state, my role and the last edit.
    await page.goto(`${server.url}/`);
    for (const slug of slugs) {
      const card = page.getByRole('article').filter({ hasText: slug });
      await card.getByText('Owner').waitFor();
      await card
        .getByText(/Published|Draft|Unpublished changes/)
        .first()
        .waitFor();
      await card.getByText(/^Edited /).waitFor();
    }
    await page.screenshot({ path: shot('home') });
  });

  it('changes the password on the account page, with errors on the fields', async () => {
    await goInApp(page, '/account');
    await page.getByRole('heading', { name: 'Account', level: 1 }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'This device' }).waitFor();

    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('checkbox', { name: /Sign out my other devices/ }).click(); // keep other sessions
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That is not your current password.').waitFor();

    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password', { exact: true }).fill('password123');
    await page.getByLabel('Confirm new password').fill('password123');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText(/on the list of passwords attackers try first/).waitFor();
    await page.screenshot({ path: shot('account-password-error'), fullPage: true });

    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Password changed').waitFor();
  });

  it('signs out every other session: another browser gets 401 afterwards', async () => {
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, newPassword);
    expect(await apiStatus(otherPage, '/api/v1/apps')).toBe(200);

    // A fresh load of the account page (through home: the server does not serve /account itself yet).
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Your Apps' }).waitFor();
    await goInApp(page, '/account');
    const sessions = page.getByRole('list', { name: 'Signed-in devices' }).getByRole('listitem');
    await expect.poll(() => sessions.count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: shot('account-sessions'), fullPage: true });
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await page.getByText('Every other device was signed out.').waitFor();
    await expect.poll(() => sessions.count()).toBe(1);

    expect(await apiStatus(otherPage, '/api/v1/apps')).toBe(401);
    expect(await apiStatus(page, '/api/v1/apps')).toBe(200);
    await other.close();
    expect(errors).toEqual([]);
  });

  it('fits a 390 px phone: the wizard and the account page, with no sideways scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    const overflow = () => phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await phone.goto(`${server.url}/apps/new`);
    await phone.getByText('Creators & Personal', { exact: true }).click();
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { name: 'Pick a design' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: shot('phone-design'), fullPage: true });
    await goInApp(phone, '/account');
    await phone.getByRole('heading', { name: 'Active sessions' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: shot('phone-account'), fullPage: true });
    await phone.close();
  });
});
