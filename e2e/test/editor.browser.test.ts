/**
 * The visual editor in Chromium against a real server on a fresh database: open a starter App's home
 * page, change the hero title, drag a pricing section in, publish, and read both on the public page;
 * duplicate and move a section from the keyboard and undo it; choose a page for a link field. (The
 * newcomer journey covers the offline queue and the viewer.)
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { ensureDashboardBuilt, signUpInBrowser, startDashboardServer } from './journey.js';

const PASSWORD = 'coral stone house 2026';
const shot = (name: string) => `${screenshotDir}/editor-${name}.png`;

describe.skipIf(!chromiumPath)('visual editor (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let owner: BrowserContext;
  let appId = '';
  let homeId = '';
  const stamp = Date.now();

  const signUp = (page: Page, name: string, email: string) =>
    signUpInBrowser(server, page, { name, email, password: PASSWORD });

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

    // Schedule a publish for tomorrow, then cancel it; then take the page off the site.
    await page.getByRole('button', { name: 'Keep editing' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('Later', { exact: true }).click();
    await page.getByLabel('Publish on').fill('2099-01-01T09:00');
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('heading', { name: 'Scheduled' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Cancel schedule' }).click();
    await page.getByRole('heading', { name: 'Schedule cancelled' }).waitFor();
    await page.getByRole('button', { name: 'Done' }).click();
    const pricingPage = (await api(owner, 'GET', `/api/v1/apps/${appId}/pages/${homeId}`)).body as {
      scheduledAt: string | null;
    };
    expect(pricingPage.scheduledAt).toBeNull();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Unpublish' }).click();
    await page.getByRole('button', { name: 'Yes, take it off the site' }).click();
    await page.getByRole('heading', { name: 'Taken off the site' }).waitFor();
    expect((await site.goto(String(live)))?.status()).toBe(404);
    expect(errors).toEqual([]);
  });

  it('duplicates, moves, undoes and deletes from the keyboard, and links a button to a page', async () => {
    const page = await owner.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${server.url}/apps/${appId}/pages/${homeId}`);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const frame = page.frameLocator('#preview-frame');
    const types = () =>
      frame
        .locator('[data-section]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-section-type')));

    // With nothing selected, a section from "Add section" goes last — before the footer.
    await page.getByRole('button', { name: 'Add section' }).click();
    await page.getByRole('dialog', { name: 'Add a section' }).getByRole('button', { name: /^FAQ/ }).click();
    await expect.poll(async () => (await types()).slice(-2)).toEqual(['faq', 'footer']);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await types()).includes('faq')).toBe(false);

    // The field panel exists once (no duplicate ids), and no stylesheet was refused.
    await frame.locator('.qs-hero').first().click();
    await page.locator('input[name="heading"]:visible').waitFor();
    const duplicateIds = await page.evaluate(() => {
      const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicateIds).toEqual([]);

    // ⌘D duplicates the selected hero; Alt+↓ moves the copy down; undo puts the page back.
    const before = await types();
    const heroes = before.filter((t) => t === 'hero').length;
    await frame.locator('.qs-hero').first().click();
    await page.keyboard.press('Control+d');
    await expect.poll(async () => (await types()).filter((t) => t === 'hero').length).toBe(heroes + 1);
    await page.waitForTimeout(400);
    const heroAt = (await types()).indexOf('hero');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await types())[heroAt + 2]).toBe('hero');
    await page.waitForTimeout(400);
    // Undo steps back through the move (Puck also records a selection click as a step that changes
    // nothing, so it may take a second press); Delete removes the selected copy.
    const undoUntil = async (want: (t: (string | null)[]) => boolean) => {
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Control+z');
        try {
          await expect.poll(async () => want(await types()), { timeout: 1500 }).toBe(true);
          return;
        } catch {
          // one more step back
        }
      }
      throw new Error(`undo did not reach the expected page: ${(await types()).join(', ')}`);
    };
    await undoUntil((t) => t[heroAt + 1] === 'hero' && t.filter((x) => x === 'hero').length === heroes + 1);
    await frame.locator('.qs-hero').nth(1).click();
    await page.keyboard.press('Delete');
    await expect.poll(types).toEqual(before);

    // A link field: the navigation's button goes to the contact page, chosen from the page list.
    await frame.locator('[data-section]').first().click();
    const link = page.locator('[data-field-kind="link"]:visible').first();
    await link.getByText('Page', { exact: true }).click();
    await link.getByRole('combobox').selectOption('contact');
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const saved = (await api(owner, 'GET', `/api/v1/apps/${appId}/pages/${homeId}`)).body as {
      sections: Array<{ type: string; props: Record<string, unknown> }>;
    };
    expect(JSON.stringify(saved.sections[0]?.props)).toContain('"page:contact"');
    expect(problems).toEqual([]);
  });

  it('edits a headline on a 390 px phone: no sideways scrolling, fields in the Fields tab', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      storageState: await owner.storageState(),
    });
    const page = await phone.newPage();
    await page.goto(`${server.url}/apps/${appId}/pages/${homeId}`);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    const frame = page.frameLocator('#preview-frame');
    await frame.locator('.qs-hero').first().tap();
    await page.getByText('Fields', { exact: true }).click();
    const title = `Typed on a phone ${stamp}`;
    await page.locator('input[name="heading"]:visible').fill(title);
    await frame.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: shot('phone') });
    await phone.close();
  });
});
