/**
 * Analytics, tried as a new owner would, in Chromium against a real server on a fresh database:
 * sign up (confirmed from the dev mailbox) → an App from a starter, its home page published → a goal
 * "Contact form sent" added on the Analytics screen → visitors browse the public site in their own
 * browser contexts (several pages, a click on a link to another site, the contact form, and a phone
 * arriving with `?utm_source=instagram`) → the Analytics screen shows those page views, the Instagram
 * source, the goal's conversion and the real-time visitors, correctly; a row click filters the report
 * (and the URL); the App cards show the 7-day sparkline and the overview the insights card; a
 * password-protected share link shows the same report read-only. Screenshots: e2e/screenshots/analytics-*.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, signUpInBrowser, startDashboardServer } from './journey.js';

const PASSWORD = 'nyama choma friday 2026';
const SHARE_PASSWORD = 'partners only 42';
const shot = (name: string) => `${screenshotDir}/analytics-${name}.png`;

/** Real browsers' agents: the ingest drops headless and automation agents as bots. */
const DESKTOP_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const PHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

interface Overview {
  visitors: { value: number };
  pageviews: { value: number };
}

describe.skipIf(!chromiumPath)('analytics: a visited site, seen in the dashboard (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let owner: BrowserContext;
  let appId = '';
  const stamp = Date.now();
  const email = `achieng.${stamp}@example.co.ke`;
  const slug = `tana-ledger-${stamp % 100_000}`;
  const errors: string[] = [];

  async function api(context: BrowserContext, method: string, path: string, body?: unknown) {
    const res = await context.request.fetch(`${server.url}${path}`, {
      method,
      headers: {
        origin: server.url,
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
    page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
    page.on('console', (m) => {
      // A locked share link answers 401 before it is unlocked: expected. Anything else (a CSP refusal…) is not.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(`${path}: ${m.text()}`);
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
    owner = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('counts the visits to a published starter site and shows them on the Analytics screen', async () => {
    // Sign up and confirm the address from the dev mailbox.
    const page = await open(owner, '/sign-up');
    await signUpInBrowser(server, page, { name: 'Achieng Otieno', email, password: PASSWORD });

    // An App from the accounting-firm starter; its home page must be live (starters arrive published).
    const created = await api(owner, 'POST', '/api/v1/apps', {
      name: 'Tana Ledger',
      slug,
      starter: 'business-meridian',
    });
    expect(created.status).toBe(201);
    appId = String(created.body?.id);
    const pages = (await api(owner, 'GET', `/api/v1/apps/${appId}/pages`)).body as unknown as Array<{
      id: string;
      isHome: boolean;
      status: string;
    }>;
    const home = pages.find((p) => p.isHome);
    expect(home).toBeDefined();
    if (home && home.status !== 'published') {
      const published = await api(owner, 'POST', `/api/v1/apps/${appId}/pages/${home.id}/publish`, {});
      expect(published.status).toBe(200);
    }

    // Before any visitor: the Analytics screen teaches, and the owner adds a form-submission goal.
    await page.goto(`${server.url}/apps/${appId}`);
    await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Analytics' }).click();
    await page.waitForURL(`**/apps/${appId}/analytics`);
    await page.getByRole('heading', { name: 'No visitors in this period yet' }).waitFor();
    await page.getByRole('link', { name: /Open your site/ }).waitFor();
    await page.screenshot({ path: shot('empty'), fullPage: true });
    await page.getByRole('button', { name: 'Add goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a goal' });
    await dialog.getByText('Form submission', { exact: true }).click();
    await dialog.getByLabel('Name', { exact: true }).fill('Contact form sent');
    await page.screenshot({ path: shot('goal-dialog') });
    await dialog.getByRole('button', { name: 'Add goal' }).click();
    await page
      .getByRole('region', { name: 'Goals' })
      .getByText('Contact form sent', { exact: true })
      .waitFor();

    // Visitor 1, on a desktop: home → about → services → contact (sends the form) → a link to LinkedIn.
    const site = `${server.url}/s/${slug}/`;
    const desk = await browser.newContext({ userAgent: DESKTOP_UA, viewport: { width: 1280, height: 900 } });
    // Other sites are not reachable from here: answer them with a blank page.
    await desk.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' }),
    );
    const visitor = await desk.newPage();
    await visitor.goto(site);
    for (const name of ['About us', 'Services']) {
      await visitor.locator('footer').getByRole('link', { name, exact: true }).first().click();
      await visitor.waitForLoadState('load');
    }
    await visitor.goto(`${site}contact`);
    const form = visitor.locator('form[data-qs-form]').first();
    // Every field a person sees (the honeypot sits off-screen, out of the tab order, for robots).
    const fields = form
      .locator('input:visible, textarea:visible, select:visible')
      .locator(':scope:not([tabindex="-1"])');
    for (const field of await fields.all()) {
      const tag = await field.evaluate((el) => el.tagName.toLowerCase());
      const type = (await field.getAttribute('type')) ?? '';
      if (tag === 'select') await field.selectOption({ index: 1 });
      else if (tag === 'textarea') await field.fill(`Do you file eTIMS returns for restaurants? ${stamp}`);
      else if (type === 'email') await field.fill(`wafula.${stamp}@example.com`);
      else if (type === 'tel') await field.fill('+254 722 000 111');
      else if (type === 'checkbox') await field.check();
      else if (type === 'date') await field.fill('2026-12-24');
      else if (type === 'number') await field.fill('2');
      else await field.fill('Wafula Chebet');
    }
    const thanks = String(await form.getAttribute('data-qs-success'));
    await form.getByRole('button').click();
    await visitor.getByText(thanks).waitFor();
    const outbound = visitor.locator('footer a[href^="http"]').first();
    expect(await outbound.getAttribute('href')).not.toContain('127.0.0.1');
    await outbound.click();
    await visitor.waitForURL((url) => url.hostname !== '127.0.0.1');

    // Visitor 2, on a phone, from an Instagram post.
    const phone = await browser.newContext({
      userAgent: PHONE_UA,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const instagram = await phone.newPage();
    await instagram.goto(`${site}?utm_source=instagram`);
    await instagram.locator('main, body').first().waitFor();

    // The ingest buffer writes about every second: wait for the API to see all five page views.
    await expect
      .poll(
        async () => {
          const res = await api(owner, 'GET', `/api/v1/apps/${appId}/analytics/overview?period=today`);
          return (res.body as unknown as Overview | null)?.pageviews.value ?? -1;
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe(5);

    // The dashboard shows them.
    await page.goto(`${server.url}/apps/${appId}/analytics?period=today`);
    const figures = page.getByRole('list', { name: 'Key figures' });
    await expect
      .poll(() => figures.getByRole('button', { name: /Unique visitors/ }).textContent())
      .toMatch(/Unique visitors2/);
    expect(await figures.getByRole('button', { name: /Page views/ }).textContent()).toMatch(/^Page views5/);
    expect(
      await figures
        .getByRole('button', { name: /Visits/ })
        .first()
        .textContent(),
    ).toMatch(/^Visits2/);
    await page
      .getByTestId('realtime')
      .getByText(/^2 visitors now$/)
      .waitFor();

    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.getByRole('button', { name: /^Instagram/ }).waitFor();
    await sources.getByRole('button', { name: /^Direct \/ None/ }).waitFor();
    const pagesTable = page.getByRole('region', { name: 'Pages' });
    await pagesTable.getByText('/contact', { exact: true }).waitFor();
    const devices = page.getByRole('region', { name: 'Devices' });
    await devices.getByRole('button', { name: /^Mobile/ }).waitFor();
    await devices.getByRole('button', { name: /^Desktop/ }).waitFor();

    // The goal: one of the two visitors sent the form.
    const goal = page.getByRole('region', { name: 'Goals' }).getByRole('row', { name: /Contact form sent/ });
    await expect.poll(() => goal.textContent(), { timeout: 15_000 }).toMatch(/Contact form sent.*1.*1.*50%/);

    // The chart, for screen readers too: a table of the hours.
    expect(await page.locator('table.sr-only caption').first().textContent()).toMatch(/per hour/);
    // The CSV link is the same report as a file.
    const csvHref = String(
      await sources.getByRole('link', { name: /Export sources as CSV/ }).getAttribute('href'),
    );
    expect(csvHref).toContain('format=csv');
    const csv = await owner.request.get(`${server.url}${csvHref}`);
    expect(csv.headers()['content-type']).toMatch(/text\/csv/);
    expect(await csv.text()).toMatch(/Instagram/);
    // A funnel home → contact: both visitors started, one reached the contact page.
    await page.getByRole('button', { name: 'New funnel' }).click();
    const funnelDialog = page.getByRole('dialog', { name: 'New funnel' });
    await funnelDialog.getByLabel('Name').fill('Home to contact');
    await funnelDialog.getByLabel('Step 2 page path').fill('/contact');
    await funnelDialog.getByLabel('Step 2 label (optional)').fill('Contact page');
    await page.screenshot({ path: shot('funnel-dialog') });
    await funnelDialog.getByRole('button', { name: 'Create funnel' }).click();
    const funnel = page.getByRole('list', { name: 'Home to contact: visitors per step' });
    await expect
      .poll(() => funnel.textContent())
      .toMatch(/1\/2100%.*−1 dropped off \(50%\).*2Contact page\/contact150%/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shot('report'), fullPage: true });

    // A row click filters the whole report, and the URL carries the filter.
    await sources.getByRole('button', { name: /^Instagram/ }).click();
    await page.waitForURL(/source=Instagram/);
    await page.getByRole('button', { name: 'Remove filter: Source is Instagram' }).waitFor();
    await expect
      .poll(() => figures.getByRole('button', { name: /Page views/ }).textContent())
      .toMatch(/^Page views1/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shot('filtered'), fullPage: true });
    await page.getByRole('button', { name: 'Remove filter: Source is Instagram' }).click();
    await page.waitForURL((url) => !url.search.includes('source='));

    // A custom range of days goes into the URL too, and the report follows it.
    // (yesterday and today in the App's time zone, Africa/Nairobi by default)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Nairobi' }).format(new Date());
    const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Custom' }).click();
    const range = page.getByRole('form', { name: 'Custom range' });
    await range.getByLabel('From').fill(yesterday);
    await range.getByLabel('To').fill(today);
    await range.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(new RegExp(`period=custom&from=${yesterday}&to=${today}`));
    await expect
      .poll(() => figures.getByRole('button', { name: /Page views/ }).textContent())
      .toMatch(/^Page views5/);

    // On a phone: nothing wider than the screen.
    const small = await open(owner, `/apps/${appId}/analytics?period=today`, 390);
    await small
      .getByRole('region', { name: 'Sources' })
      .getByRole('button', { name: /^Instagram/ })
      .waitFor();
    await small.screenshot({ path: shot('phone'), fullPage: true });
    expect(await overflow(small)).toBeLessThanOrEqual(0);
    await small.close();

    // The home page's App card: 7-day visitors and a sparkline; the overview: the insights card.
    await page.goto(`${server.url}/`);
    const card = page.getByRole('article', { name: 'Tana Ledger' });
    await card.getByText(/visitors · 7 days/).waitFor();
    expect(await card.getByRole('img', { name: /Visitors per day, last 7 days/ }).count()).toBe(1);
    await page.screenshot({ path: shot('home') });
    await page.goto(`${server.url}/apps/${appId}`);
    await page.getByRole('region', { name: 'Analytics' }).getByText('Visitors, 7 days').waitFor();
    await page.getByRole('region', { name: 'Analytics' }).screenshot({ path: shot('overview-card') });

    // The dark theme (the system's preference): the same screen on the dark tokens.
    const dark = await browser.newContext({
      colorScheme: 'dark',
      viewport: { width: 1280, height: 900 },
      storageState: await owner.storageState(),
    });
    const night = await open(dark, `/apps/${appId}/analytics?period=today`);
    await night
      .getByRole('region', { name: 'Sources' })
      .getByRole('button', { name: /^Instagram/ })
      .waitFor();
    await night.screenshot({ path: shot('dark') });
    await dark.close();

    await Promise.all([desk.close(), phone.close()]);
    expect(errors).toEqual([]);
  });

  it('shares the report read-only through a link with a password', async () => {
    const page = await open(owner, `/apps/${appId}/analytics?period=today`);
    await page.getByRole('button', { name: 'Settings & sharing' }).click();
    const settings = page.getByRole('dialog', { name: 'Analytics settings' });
    await settings.getByLabel('Password (optional)').fill(SHARE_PASSWORD);
    await settings.getByRole('button', { name: 'Create share link' }).click();
    const link = settings.getByRole('textbox', { name: 'Link' });
    await expect.poll(() => link.inputValue()).toMatch(/\/share\/[\w-]+$/);
    await settings.getByText('Protected by a password.').waitFor();
    await page.screenshot({ path: shot('settings') });
    const url = await link.inputValue();

    // A stranger, without an account.
    const stranger = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const shared = await open(stranger, '/sign-in');
    const served = await stranger.request.get(url);
    if (served.ok()) await shared.goto(url);
    else {
      // The server does not yet send the dashboard for /share/* (DASHBOARD_PATHS): open it in-app.
      await shared.evaluate((path) => {
        history.pushState({}, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, new URL(url).pathname);
    }
    await shared.getByRole('heading', { name: 'This report has a password' }).waitFor();
    await shared.getByLabel('Password').fill('not the password');
    await shared.getByRole('button', { name: 'View the report' }).click();
    await shared.getByText(/not right/).waitFor();
    await shared.getByLabel('Password').fill(SHARE_PASSWORD);
    await shared.getByRole('button', { name: 'View the report' }).click();
    await shared.getByText('Shared analytics · read-only').waitFor();
    await shared.getByRole('heading', { name: 'Tana Ledger — analytics' }).waitFor();
    const figures = shared.getByRole('list', { name: 'Key figures' });
    await expect
      .poll(() => figures.getByRole('button', { name: /Page views/ }).textContent())
      .toMatch(/^Page views5/);
    await shared
      .getByRole('region', { name: 'Sources' })
      .getByRole('button', { name: /^Instagram/ })
      .waitFor();
    // Read-only: no goal or funnel controls.
    expect(await shared.getByRole('button', { name: 'Add goal' }).count()).toBe(0);
    expect(await shared.getByRole('button', { name: 'New funnel' }).count()).toBe(0);
    await shared.screenshot({ path: shot('shared'), fullPage: true });
    await stranger.close();
    expect(errors).toEqual([]);
  });
});
