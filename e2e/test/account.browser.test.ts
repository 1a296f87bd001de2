/**
 * The account journey in the dashboard, in Chromium against a real server on a fresh database:
 * sign up → verification mail in the dev mailbox → confirmed → sign out → sign in → empty Apps home →
 * create an App from a starter → its card; then forgot password → mail → reset page → new password,
 * after which the new password works, the old one does not, and the link cannot be used twice.
 *
 * The dashboard is built first when its build is missing or stale (apps/dashboard/scripts/ensure-built.ts).
 * The server gets a PUBLIC_URL equal to its real address: Better Auth checks the Origin of every
 * POST against it, and the mailed links point at it.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, startDashboardServer } from './journey.js';

const shot = (name: string) => `${screenshotDir}/account-${name}.png`;

/** Statuses the journey provokes on purpose (wrong password, expired link); Chromium logs them. */
const EXPECTED_FAILURE = /Failed to load resource: the server responded with a status of (400|401|403)/;

describe.skipIf(!chromiumPath)('account journey in the dashboard (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  const email = `amina.${Date.now()}@example.co.ke`;
  const firstPassword = 'chai at the river 2026';
  const newPassword = 'mango trees by the lake';
  const slug = 'mama-oliech-kitchen';

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: width < 500 ? 844 : 900 } });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !EXPECTED_FAILURE.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    return { page, errors };
  }

  /** The newest mail of a template to the address, polled from the development mailbox. */
  async function mailLink(template: string, contains: string, after = ''): Promise<string> {
    let link: string | undefined;
    await expect
      .poll(
        async () => {
          const res = await fetch(`${server.url}/api/dev/mailbox?to=${encodeURIComponent(email)}`);
          const { messages } = (await res.json()) as {
            messages: Array<{ id: string; template: string; links: string[] }>;
          };
          const mail = messages.find((m) => m.template === template && m.id !== after);
          link = mail?.links.find((l) => l.includes(contains));
          return link;
        },
        { timeout: 15_000 },
      )
      .toBeTruthy();
    return link as string;
  }

  async function signIn(page: Page, password: string) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('serves the dashboard: client routes get index.html (no-cache), assets are immutable, other paths keep their handlers', async () => {
    const html = await fetch(`${server.url}/sign-in`);
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const body = await html.text();
    expect(body).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(body)?.[1];
    expect(script).toBeTruthy();
    const asset = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${server.url}/assets/nope.js`)).status).toBe(404);
    for (const path of ['/api/v1/nope', '/s/nope/', '/invite/nope', '/dev/nope', '/no-such-page']) {
      const res = await fetch(`${server.url}${path}`);
      expect(await res.text(), path).not.toContain('<div id="root">');
    }
    expect((await fetch(`${server.url}/api/v1/nope`)).headers.get('content-type')).toMatch(/json/);
  });

  it('signs up, verifies from the mailbox, signs out and in, and creates an App from a starter', async () => {
    const { page, errors } = await open('/sign-up');
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();

    // The rules are checked as you type and on submit; a common password is refused by the server.
    await page.getByLabel('Your name').fill('Amina Odhiambo');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByLabel('Password', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(/on the list of passwords attackers try first/).waitFor();
    await page.screenshot({ path: shot('sign-up-error') });

    await page.getByLabel('Password', { exact: true }).fill(firstPassword);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/check-email');
    await page.getByText(email).waitFor();
    await page.screenshot({ path: shot('check-email') });

    // The mailed link goes through Better Auth and lands on the dashboard's /verify-email, signed in.
    const verify = await mailLink('verify_email', '/api/auth/verify-email');
    expect(verify).toContain('callbackURL=%2Fverify-email');
    await page.goto(verify);
    await page.getByRole('heading', { name: 'Email confirmed' }).waitFor();
    await page.screenshot({ path: shot('verified') });

    // Sign out from the account menu, then sign in again with "remember me".
    await page.getByRole('link', { name: 'Go to your Apps' }).click();
    await page.getByRole('heading', { name: 'Create your first App' }).waitFor();
    await page.getByRole('button', { name: 'Account menu' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Q-Space' }).waitFor();
    await page.screenshot({ path: shot('sign-in') });
    await signIn(page, firstPassword);

    // Empty home leads to the create form.
    await page.getByRole('heading', { name: 'Create your first App' }).waitFor();
    await page.screenshot({ path: shot('home-empty') });
    await page.getByRole('link', { name: 'Create your first App' }).click();
    // The wizard: category → design system (live previews) → name and address → the editor.
    await page.getByText('Shops & Restaurants', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Pwani', { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('App name').fill('Mama Oliech Kitchen');
    await expect(page.getByLabel('Address').inputValue()).resolves.toBe(slug);
    await page.getByText('Available').waitFor();
    await page.screenshot({ path: shot('new-app'), fullPage: true });
    await page.getByRole('button', { name: 'Create App' }).click();
    await page.waitForURL(/\/apps\/[^/]+\/pages\//);
    await page.goto(`${server.url}/`);

    // Home shows the new App as a card, with its role and its public site.
    const card = page.getByRole('article', { name: 'Mama Oliech Kitchen' });
    await card.waitFor();
    await card.getByText(slug).waitFor();
    await card.getByText('Owner').waitFor();
    await expect(card.getByRole('link', { name: /View site/ }).getAttribute('href')).resolves.toBe(
      `/s/${slug}/`,
    );
    const site = await fetch(`${server.url}/s/${slug}/`);
    expect(site.status).toBe(200);
    expect(await site.text()).toContain('Mama Oliech Kitchen');
    await page.screenshot({ path: shot('home-apps') });

    // The App switcher opens the App.
    await page.getByRole('button', { name: 'Switch App' }).click();
    await page.getByRole('menuitem', { name: /Mama Oliech Kitchen/ }).click();
    await page.getByRole('heading', { name: 'Mama Oliech Kitchen', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Pages' }).waitFor();
    await page.getByText('Published').first().waitFor();
    await page.screenshot({ path: shot('app-overview') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resets a forgotten password from the mailed link; the old password stops working and the link works once', async () => {
    const { page, errors } = await open('/sign-in');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.screenshot({ path: shot('forgot-sent') });

    const reset = await mailLink('reset_password', '/api/auth/reset-password/');
    expect(reset).toContain('callbackURL=%2Freset-password');
    await page.goto(reset);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/reset-password');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(`${newPassword}!`);
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('The two passwords differ.').waitFor();
    await page.getByLabel('Confirm new password').fill(newPassword);
    await page.screenshot({ path: shot('reset-password') });
    await page.getByRole('button', { name: 'Save new password' }).click();
    await page.getByText('Password changed').waitFor();

    await signIn(page, firstPassword);
    await page.getByText('That email and password don’t match.').waitFor();
    await page.screenshot({ path: shot('sign-in-wrong') });
    await signIn(page, newPassword);
    await page.getByRole('article', { name: 'Mama Oliech Kitchen' }).waitFor();

    await page.goto(reset);
    await page.getByRole('heading', { name: 'This reset link doesn’t work any more' }).waitFor();
    await page.screenshot({ path: shot('reset-expired') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone: sign-in, sign-up, home and the create form, with no sideways scrolling', async () => {
    const { page, errors } = await open('/sign-up', 390);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('phone-sign-up'), fullPage: true });
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in to Q-Space' }).waitFor();
    await page.screenshot({ path: shot('phone-sign-in') });
    await signIn(page, newPassword);
    await page.getByRole('article', { name: 'Mama Oliech Kitchen' }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('phone-home') });
    await page.getByRole('link', { name: 'New App' }).click();
    await page.getByText('Business & Services', { exact: true }).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: shot('phone-new-app'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
