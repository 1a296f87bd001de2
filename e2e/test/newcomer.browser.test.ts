/**
 * The newcomer's journey, in Chromium against a real server on a fresh database, all through the UI:
 * sign up → confirm the email from the dev mailbox → create an App with the wizard → change the
 * hero's headline → add a pricing section → add an image-and-text section, upload a photo into it
 * and describe it → publish → the public site shows all of it → a visitor sends the contact form →
 * the owner finds the message in the inbox. Then: a viewer sees no edit controls, and an edit made
 * while the API is unreachable is saved once it returns.
 *
 * Each run takes one of the nine starters in turn (by the hour), so the suite walks every starter
 * over its runs; JOURNEY_STARTER=<starter id> pins one.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { png } from './images.js';
import {
  ensureDashboardBuilt,
  mailLinks,
  onServer,
  signUpInBrowser,
  startDashboardServer,
} from './journey.js';

const PASSWORD = 'mango season in kilifi';
const shot = (name: string) => `${screenshotDir}/newcomer-${name}.png`;

interface Starter {
  id: string;
  categoryName: string;
  name: string;
}

describe.skipIf(!chromiumPath)('the newcomer’s journey (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let owner: BrowserContext;
  let starter: Starter;
  let appId = '';
  let homeId = '';
  let slug = '';
  const stamp = Date.now();
  const errors: string[] = [];

  const local = (link: string) => onServer(server, link);

  async function newPage(context: BrowserContext, width = 1280): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // A 503 while the test blocks the API is expected; anything else (a CSP refusal…) is not.
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    return page;
  }

  const signUp = (page: Page, name: string, email: string) =>
    signUpInBrowser(server, page, { name, email, password: PASSWORD });

  const frameOf = (page: Page) => page.frameLocator('#preview-frame');

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

  it('signs up, creates an App, edits, uploads, publishes, and gets a visitor’s message', async () => {
    const page = await newPage(owner);
    await signUp(page, 'Amani Mwangi', `amani.${stamp}@example.co.ke`);
    const starters = (await page.evaluate(async () => (await fetch('/api/v1/starters')).json())) as Starter[];
    expect(starters).toHaveLength(9);
    const pinned = process.env.JOURNEY_STARTER;
    const found = pinned
      ? starters.find((s) => s.id === pinned)
      : starters[Math.floor(stamp / 3_600_000) % starters.length];
    if (!found) throw new Error(`JOURNEY_STARTER=${pinned} is not a starter id`);
    starter = found;
    console.info(`[newcomer journey] starter this run: ${starter.id}`);

    // The wizard: category → design (live previews) → name and address → the editor.
    await page.goto(`${server.url}/apps/new`);
    await page.getByText(starter.categoryName, { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const design = starter.name.split(' — ')[0] as string;
    await page.getByRole('heading', { name: 'Pick a design' }).waitFor();
    await page.getByText(design, { exact: true }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('App name').fill(`Amani ${design}`);
    slug = `amani-${design.toLowerCase()}`;
    await expect(page.getByLabel('Address').inputValue()).resolves.toBe(slug);
    await page.getByText('Available').waitFor();
    await page.getByRole('button', { name: 'Create App' }).click();
    await page.waitForURL(/\/apps\/[0-9a-f-]{36}\/pages\/[0-9a-f-]{36}$/);
    [, appId = '', homeId = ''] = /\/apps\/([^/]+)\/pages\/([^/]+)$/.exec(page.url()) ?? [];
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // The hero's headline.
    const frame = frameOf(page);
    await frame.locator('.qs-hero').first().click();
    const headline = `Karibu Amani ${stamp}`;
    await page.locator('input[name="heading"]:visible').fill(headline);
    await frame.getByRole('heading', { name: headline }).waitFor();

    // A pricing section from the "Add section" library (no dragging).
    const pricingBefore = await frame.locator('.qs-pricing').count();
    await page.getByRole('button', { name: 'Add section' }).click();
    await page
      .getByRole('dialog', { name: 'Add a section' })
      .getByRole('button', { name: /^Pricing/ })
      .click();
    await expect.poll(() => frame.locator('.qs-pricing').count()).toBe(pricingBefore + 1);

    // An image-and-text section, with a photo uploaded from the image field's library.
    await page.getByRole('button', { name: 'Add section' }).click();
    const library = page.getByRole('dialog', { name: 'Add a section' });
    await library.getByLabel('Search sections').fill('picture');
    await library.getByRole('button', { name: /^Image \+ text/ }).click();
    const imageField = page.locator('[data-field-kind="image"]:visible').first();
    await imageField.getByRole('button', { name: /Choose image|Replace/ }).click();
    const picker = page.getByRole('dialog', { name: /Choose image/ });
    await picker.getByLabel('Upload files').setInputFiles({
      name: 'mango-stall.png',
      mimeType: 'image/png',
      buffer: png(640, 400, [240, 160, 40]),
    });
    await picker.getByText('mango-stall.png').first().waitFor();
    await picker.getByRole('button', { name: 'Use image' }).click();
    const alt = `Mangoes piled high at the stall ${stamp}`;
    await imageField.getByLabel('Alt text').fill(alt);
    await page.waitForTimeout(2000);
    await page.screenshot({ path: shot('debug') });
    console.log(
      await frame
        .locator('img')
        .evaluateAll((imgs) => imgs.map((i) => `${i.getAttribute('alt')} ${i.getAttribute('src')}`)),
    );
    await frame.locator(`img[alt="${alt}"]`).waitFor();
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.screenshot({ path: shot('edited') });

    // Publish, and the public site shows all three changes.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByRole('heading', { name: 'Published' }).waitFor();
    const live = String(await page.getByRole('link', { name: 'Open live page' }).getAttribute('href'));
    const site = await newPage(await browser.newContext());
    await site.goto(live);
    await site.getByRole('heading', { name: headline }).waitFor();
    expect(await site.locator('.qs-pricing').count()).toBe(pricingBefore + 1);
    const photo = site.locator(`img[alt="${alt}"]`);
    await photo.scrollIntoViewIfNeeded();
    expect(await photo.getAttribute('src')).not.toMatch(/^\/_site\//);
    expect(
      await photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(0);

    // A visitor sends the contact form on the site's contact page.
    await site.goto(`${server.url}/s/${slug}/contact`);
    const form = site.locator('form[data-qs-form]').first();
    const message = `Do you deliver to Nyali on Sundays? ${stamp}`;
    // Every field a person sees (the honeypot sits off-screen, out of the tab order, for robots).
    const fields = form
      .locator('input:visible, textarea:visible, select:visible')
      .locator(':scope:not([tabindex="-1"])');
    for (const field of await fields.all()) {
      const tag = await field.evaluate((el) => el.tagName.toLowerCase());
      const type = (await field.getAttribute('type')) ?? '';
      if (tag === 'select') await field.selectOption({ index: 1 });
      else if (tag === 'textarea') await field.fill(message);
      else if (type === 'email') await field.fill(`visitor.${stamp}@example.com`);
      else if (type === 'tel') await field.fill('+254 722 000 111');
      else if (type === 'checkbox') await field.check();
      else if (type === 'date') await field.fill('2026-12-24');
      else if (type === 'number') await field.fill('2');
      else await field.fill('Neema Achieng');
    }
    const thanks = String(await form.getAttribute('data-qs-success'));
    await form.getByRole('button').click();
    await site.getByText(thanks).waitFor();

    // The owner finds it in the inbox.
    await page.goto(`${server.url}/apps/${appId}/inbox`);
    await page.getByRole('heading', { name: /Inbox/ }).getByText('1 unread').waitFor();
    await page.getByRole('list', { name: 'Messages' }).getByText('Neema Achieng').first().click();
    await page.getByText(message).first().waitFor();
    await page.screenshot({ path: shot('inbox') });

    // A second page, from the "Services" template, opens in the editor with its sections.
    await page.goto(`${server.url}/apps/${appId}/pages`);
    await page.getByRole('button', { name: 'New page' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New page' });
    await dialog.getByLabel('Title').fill('Our services');
    await dialog.getByText('Services', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Create page' }).click();
    await page.waitForURL(/\/pages\/[0-9a-f-]{36}$/);
    const services = frameOf(page);
    await services.locator('[data-section-type="pricing"]').waitFor();
    await services.locator('[data-section-type="faq"]').waitFor();
    expect(await services.locator('[data-section-type="navigation"]').count()).toBe(1);

    // Dragged to second place in the pages list, it is second in the site's navigation order.
    await page.goto(`${server.url}/apps/${appId}/pages`);
    const rows = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^Move .* up$/ }) });
    await rows.filter({ hasText: 'Our services' }).dragTo(rows.nth(1));
    await expect
      .poll(async () => {
        const list = (await (
          await owner.request.get(`${server.url}/api/v1/apps/${appId}/pages`)
        ).json()) as Array<{
          title: string;
        }>;
        return list[1]?.title;
      })
      .toBe('Our services');
    expect(errors).toEqual([]);
  });

  it('shows a viewer the pages and the editor without any edit control', async () => {
    const email = `viewer.${stamp}@example.co.ke`;
    const invited = await owner.request.post(`${server.url}/api/v1/apps/${appId}/invitations`, {
      headers: { origin: server.url },
      data: { email, role: 'viewer' },
    });
    expect(invited.status()).toBe(201);
    const viewer = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await newPage(viewer);
    await signUp(page, 'Viewer Vera', email);
    const [invite] = await mailLinks(server, email, 'invitation');
    await page.goto(local(invite as string));
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('heading', { name: 'You are in' }).waitFor();

    await page.goto(`${server.url}/apps/${appId}/pages`);
    await page.getByRole('heading', { name: 'Pages', level: 1 }).waitFor();
    await page.locator(`a[href$="/pages/${homeId}"]`).first().waitFor();
    expect(await page.getByRole('button', { name: 'New page' }).count()).toBe(0);
    await page.locator(`a[href$="/pages/${homeId}"]`).first().click();
    await page.getByText('View only').waitFor();
    for (const name of ['Publish', 'Add section', 'Undo (⌘Z)', 'Version history'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    await frameOf(page).locator('.qs-hero').first().waitFor();
    await page.screenshot({ path: shot('viewer') });
    await viewer.close();
  });

  it('keeps an edit made while the API is unreachable and saves it when the API returns', async () => {
    const page = await newPage(owner);
    await page.goto(`${server.url}/apps/${appId}/pages/${homeId}`);
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await frameOf(page).locator('.qs-hero').first().click();
    await page.route('**/api/v1/**', (route) => route.abort('internetdisconnected'));
    const offline = `Written offline ${stamp}`;
    await page.locator('input[name="heading"]:visible').fill(offline);
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ timeout: 10_000 });
    await page.unroute('**/api/v1/**');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 20_000 });
    const saved = await owner.request.get(`${server.url}/api/v1/apps/${appId}/pages/${homeId}`);
    const body = (await saved.json()) as { sections: Array<{ type: string; props: { heading?: string } }> };
    expect(body.sections.find((s) => s.type === 'hero')?.props.heading).toBe(offline);
  });
});
