/**
 * The visual editor in Chromium against a real server on a fresh database: open a starter App's home
 * page, change the hero title, add a pricing section, publish, and read both on the public page; an
 * edit made while the API is unreachable shows "Offline" and is saved once it returns; a viewer
 * sees no edit controls.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, mailLinks, startDashboardServer } from './journey.js';

const PASSWORD = 'coral stone house 2026';
const shot = (name: string) => `${screenshotDir}/editor-${name}.png`;

describe.skipIf(!chromiumPath)('visual editor (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let owner: BrowserContext;
  let appId = '';
  let homeId = '';
  const stamp = Date.now();

  const local = (link: string) => {
    const url = new URL(link);
    return `${server.url}${url.pathname}${url.search}`;
  };

  async function signUp(page: Page, name: string, email: string) {
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');
    const [verify] = await mailLinks(server, email, 'verify_email');
    await page.goto(local(verify as string));
    await page.waitForURL('**/verify-email**');
  }

  async function api(context: BrowserContext, method: string, path: string, body?: unknown) {
    const res = await context.request.fetch(`${server.url}${path}`, {
      method,
      headers: { origin: server.url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
    });
    return { status: res.status(), body: (await res.json().catch(() => null)) as unknown };
  }

  /** Selects the first section of a kind in Puck's canvas and returns the frame. */
  async function selectSection(page: Page, cssClass: string) {
    const frame = page.frameLocator('#preview-frame');
    await frame.locator(cssClass).first().click();
    return frame;
  }

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
    owner = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await owner.newPage();
    await signUp(page, 'Zawadi Owner', `zawadi.${stamp}@example.co.ke`);
    const created = await api(owner, 'POST', '/api/v1/apps', {
      name: 'Pwani Kitchen',
      slug: `pwani-${stamp}`.slice(0, 30),
      starter: 'shops-pwani',
    });
    expect(created.status).toBe(201);
    appId = String((created.body as { id: string }).id);
    const pages = (await api(owner, 'GET', `/api/v1/apps/${appId}/pages`)).body as Array<{
      id: string;
      isHome: boolean;
    }>;
    homeId = String(pages.find((p) => p.isHome)?.id);
    await page.close();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('changes the hero title, adds a pricing section, publishes, and the public page shows both', async () => {
    const page = await owner.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/apps/${appId}/pages`);
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const frame = await selectSection(page, '.qs-hero');
    const title = `Karibu to the new Pwani ${stamp}`;
    await page.locator('input[name="heading"]:visible').fill(title);
    await frame.getByRole('heading', { name: title }).waitFor();

    // Drag "Pricing" from the library onto the canvas, below the hero.
    const item = page.getByText('Pricing', { exact: true }).first();
    const from = await item.boundingBox();
    const iframe = await page.locator('#preview-frame').boundingBox();
    if (!from || !iframe) throw new Error('no drawer item or canvas');
    await page.mouse.move(from.x + 20, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++)
      await page.mouse.move(
        from.x + ((iframe.x + iframe.width / 2 - from.x) * i) / 20,
        from.y + ((iframe.y + 300 - from.y) * i) / 20,
      );
    await page.mouse.up();
    await frame.locator('.qs-pricing').first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.screenshot({ path: shot('edited') });

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('heading', { name: 'Published' }).waitFor();
    const live = await page.getByRole('link', { name: 'Open live page' }).getAttribute('href');
    const site = await owner.newPage();
    await site.goto(String(live));
    await site.getByRole('heading', { name: title }).waitFor();
    expect(await site.locator('.qs-pricing').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('keeps an edit made while the API is unreachable and saves it when the API returns', async () => {
    const page = await owner.newPage();
    await page.goto(`${server.url}/apps/${appId}/pages/${homeId}`);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await selectSection(page, '.qs-hero');
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    const offlineTitle = `Written offline ${stamp}`;
    await page.locator('input[name="heading"]:visible').fill(offlineTitle);
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: shot('offline') });
    await page.unroute('**/api/v1/**');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 20_000 });
    const saved = (await api(owner, 'GET', `/api/v1/apps/${appId}/pages/${homeId}`)).body as {
      sections: Array<{ type: string; props: { heading?: string } }>;
    };
    expect(saved.sections.find((s) => s.type === 'hero')?.props.heading).toBe(offlineTitle);
  });

  it('shows a viewer the pages and the page without edit controls', async () => {
    const email = `viewer.${stamp}@example.co.ke`;
    expect(
      (await api(owner, 'POST', `/api/v1/apps/${appId}/invitations`, { email, role: 'viewer' })).status,
    ).toBe(201);
    const viewer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await viewer.newPage();
    await signUp(page, 'Viewer Vera', email);
    const [invite] = await mailLinks(server, email, 'invitation');
    await page.goto(local(invite as string));
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('heading', { name: 'You are in' }).waitFor();

    await page.goto(`${server.url}/apps/${appId}/pages`);
    await page.getByRole('link', { name: 'Home', exact: true }).waitFor();
    for (const name of ['New page', 'Edit']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByText('View only').waitFor();
    for (const name of ['Publish', 'Undo (⌘Z)', 'Version history'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    await page.screenshot({ path: shot('viewer') });
    await viewer.close();
  });
});
