/**
 * The content screens in Chromium against a real server on a fresh database: upload images to the
 * media library (with progress) and describe one; write a post with a heading, a list and a link,
 * publish it and read it on the public site; change the primary color in Theme and see the public
 * site use it. Screenshots at desktop and phone widths land in e2e/screenshots/content-*.png.
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir } from './browser.js';
import { png } from './images.js';
import { ensureDashboardBuilt, mailLinks, startDashboardServer } from './journey.js';

const shot = (name: string) => `${screenshotDir}/content-${name}.png`;
const PASSWORD = 'chai at the river 2026';

describe.skipIf(!chromiumPath)('content screens: media, blog and theme (Chromium)', () => {
  let server: Runtime;
  let browser: Browser;
  let context: BrowserContext;
  let appId = '';
  const slug = 'chai-corner';
  const email = `baraka.${Date.now()}@example.co.ke`;

  beforeAll(async () => {
    ensureDashboardBuilt();
    server = await startDashboardServer();
    browser = await launch();
    context = await browser.newContext();
    // An owner with an App, made through the dashboard's sign-up and the API.
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Your name').fill('Baraka Njoroge');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');
    const [verify] = await mailLinks(server, email, 'verify_email');
    const link = new URL(verify as string);
    await page.goto(`${server.url}${link.pathname}${link.search}`);
    await page.waitForURL('**/verify-email**');
    const res = await context.request.post(`${server.url}/api/v1/apps`, {
      headers: { origin: server.url, 'content-type': 'application/json' },
      data: JSON.stringify({ name: 'Chai Corner', slug, starter: 'shops-pwani' }),
    });
    expect(res.status()).toBe(201);
    appId = String(((await res.json()) as { id: string }).id);
    await page.close();
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    return { page, errors };
  }

  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  it('uploads two images with a progress bar each, then sets the alt text of one', async () => {
    const { page, errors } = await open(`/apps/${appId}/media`);
    await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
    // Slow the upload down so its progress is visible.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: 4_000_000,
      uploadThroughput: 400_000,
    });
    await page.getByLabel('Upload files').setInputFiles([
      { name: 'chai.png', mimeType: 'image/png', buffer: png(1200, 800, [196, 120, 48]) },
      { name: 'mandazi.png', mimeType: 'image/png', buffer: png(900, 600, [230, 190, 120]) },
    ]);
    const bar = page.getByRole('progressbar', { name: 'Upload progress of chai.png' });
    await bar.waitFor();
    await page.screenshot({ path: shot('media-uploading') });
    await expect
      .poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect.poll(() => page.getByText('Uploaded', { exact: true }).count(), { timeout: 30_000 }).toBe(2);
    await page.getByRole('button', { name: /chai\.png/ }).waitFor();

    await page.getByRole('button', { name: /chai\.png/ }).click();
    const dialog = page.getByRole('dialog', { name: 'chai.png' });
    await dialog.getByLabel('Alt text').fill('Two cups of chai on a wooden table');
    await dialog.getByRole('heading', { name: 'Sizes' }).waitFor();
    await expect(dialog.getByText('Not used on any page, post or in the theme.').isVisible()).resolves.toBe(
      true,
    );
    await page.screenshot({ path: shot('media-details') });
    await dialog.getByRole('button', { name: 'Save alt text' }).click();
    await page.getByText('Alt text saved.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByText('Two cups of chai on a wooden table').waitFor();
    await page.screenshot({ path: shot('media-grid') });

    const list = await context.request.get(`${server.url}/api/v1/apps/${appId}/media?q=chai`);
    const { items } = (await list.json()) as { items: Array<{ alt: string; variants: unknown[] }> };
    expect(items[0]?.alt).toBe('Two cups of chai on a wooden table');
    expect(items[0]?.variants.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes a post with a heading, a list, a link and an image, publishes it, and it is on the public site', async () => {
    const { page, errors } = await open(`/apps/${appId}/blog`);
    // The starter comes with a few posts.
    await page.getByRole('heading', { name: 'Blog', level: 1 }).waitFor();
    await page.getByRole('list').getByRole('link').first().waitFor();
    await page.getByRole('button', { name: 'New post' }).first().click();
    const body = page.getByRole('textbox', { name: 'Post body' });
    await body.waitFor();

    await page.getByLabel('Title', { exact: true }).fill('Our chai, step by step');
    await body.click();
    await page.getByRole('button', { name: 'Heading 2' }).click();
    await page.keyboard.type('What you need');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('Loose black tea');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Fresh ginger');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Buy the tea at ');
    // A link that is not allowed is refused with the rule, then a good one is taken.
    await page.getByRole('button', { name: 'Link' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Add a link' });
    await linkDialog.getByLabel('Address').fill('javascript:alert(1)');
    await linkDialog.getByRole('button', { name: 'Save link' }).click();
    await linkDialog.getByText(/This link is not allowed/).waitFor();
    await linkDialog.getByLabel('Address').fill('https://example.co.ke/tea');
    await linkDialog.getByRole('button', { name: 'Save link' }).click();
    await expect(body.locator('a[href="https://example.co.ke/tea"]').count()).resolves.toBe(1);

    // An image from the media library.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Image', exact: true }).click();
    const picker = page.getByRole('dialog', { name: 'Insert an image' });
    await picker.getByRole('button', { name: /chai\.png/ }).click();
    await picker.getByRole('button', { name: 'Use image' }).click();
    await body.getByRole('img', { name: 'Two cups of chai on a wooden table' }).waitFor();

    await page.getByLabel('Address', { exact: true }).fill('our-chai');
    await page.getByLabel('Tags').fill('recipes');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.', { exact: true }).waitFor();
    await page.screenshot({ path: shot('post-editor'), fullPage: true });

    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('Published: the post is on your site.').waitFor();
    await expect(page.getByRole('link', { name: /View on your site/ }).getAttribute('href')).resolves.toBe(
      `/s/${slug}/blog/our-chai`,
    );

    const site = await fetch(`${server.url}/s/${slug}/blog/our-chai`);
    expect(site.status).toBe(200);
    const html = await site.text();
    expect(html).toContain('Our chai, step by step');
    expect(html).toMatch(/<h2[^>]*>What you need<\/h2>/);
    expect(html).toMatch(/<li[^>]*>(<p[^>]*>)?Loose black tea/);
    expect(html).toContain('href="https://example.co.ke/tea"');
    expect(html).toContain('alt="Two cups of chai on a wooden table"');

    // The list shows it as published, and the status filter finds it.
    await page.getByRole('link', { name: 'Blog', exact: true }).first().click();
    await page.getByRole('button', { name: 'Published' }).click();
    await page.getByRole('link', { name: /Our chai, step by step/ }).waitFor();
    await page.screenshot({ path: shot('blog-list') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('changes the primary color with a live contrast warning, and the public site uses it', async () => {
    const { page, errors } = await open(`/apps/${appId}/theme`);
    await page.getByRole('heading', { name: 'Theme', level: 1 }).waitFor();
    await page.frameLocator('iframe[title="Site preview"]').locator('body').waitFor();
    const primary = page.getByLabel('Primary', { exact: true });
    await primary.fill('#ffe066');
    await page.getByText(/The primary color has a contrast of 1\.\d\d:1/).waitFor();
    await page.screenshot({ path: shot('theme-warning') });
    await primary.fill('#0b5d1e');
    await expect(page.getByText(/The primary color has a contrast/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Save theme' }).click();
    await page.getByText('Theme saved: your site shows it now.').waitFor();
    await page.screenshot({ path: shot('theme') });

    const html = await (await fetch(`${server.url}/s/${slug}/`)).text();
    expect(html).toContain('--qs-primary:#0b5d1e');
    // The preview frame reloaded with the saved theme.
    const framed = page.frameLocator('iframe[title="Site preview"]').locator('html');
    await expect
      .poll(() => framed.evaluate((el) => getComputedStyle(el).getPropertyValue('--qs-primary').trim()))
      .toBe('#0b5d1e');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone: media, blog, post editor and theme, with no sideways scrolling', async () => {
    for (const [name, path, heading] of [
      ['media', `/apps/${appId}/media`, 'Media'],
      ['blog', `/apps/${appId}/blog`, 'Blog'],
      ['theme', `/apps/${appId}/theme`, 'Theme'],
    ] as const) {
      const { page, errors } = await open(path, 390);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await overflow(page), name).toBeLessThanOrEqual(0);
      await page.screenshot({ path: shot(`phone-${name}`), fullPage: true });
      if (name === 'blog') {
        await page.getByRole('link', { name: /Our chai, step by step/ }).click();
        await page.getByRole('textbox', { name: 'Post body' }).waitFor();
        expect(await overflow(page), 'post editor').toBeLessThanOrEqual(0);
        await page.screenshot({ path: shot('phone-post-editor'), fullPage: true });
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('shows a viewer the library, the posts and the theme without a single edit control', async () => {
    const viewer = `viewer.${Date.now()}@example.co.ke`;
    const invited = await context.request.post(`${server.url}/api/v1/apps/${appId}/invitations`, {
      headers: { origin: server.url, 'content-type': 'application/json' },
      data: JSON.stringify({ email: viewer, role: 'viewer' }),
    });
    expect(invited.status()).toBe(201);
    const [inviteLink] = await mailLinks(server, viewer, 'invitation');
    const local = (link: string) => `${server.url}${new URL(link).pathname}${new URL(link).search}`;
    const viewerContext = await browser.newContext();
    const page = await viewerContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel('Your name').fill('Zawadi Viewer');
    await page.getByLabel('Email').fill(viewer);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');
    const [verify] = await mailLinks(server, viewer, 'verify_email');
    await page.goto(local(verify as string));
    await page.waitForURL('**/verify-email**');
    await page.goto(local(inviteLink as string));
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.getByRole('heading', { name: 'You are in' }).waitFor();

    await page.goto(`${server.url}/apps/${appId}/media`);
    await page.getByRole('button', { name: /chai\.png/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Choose files' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: /chai\.png/ }).click();
    await page.getByRole('heading', { name: 'Where it is used' }).waitFor();
    await expect(page.getByRole('button', { name: /Save alt text|Delete file/ }).count()).resolves.toBe(0);

    await page.goto(`${server.url}/apps/${appId}/blog`);
    await page.getByRole('link', { name: /Our chai, step by step/ }).click();
    const body = page.getByRole('textbox', { name: 'Post body' });
    await body.waitFor();
    await expect(body.getAttribute('contenteditable')).resolves.toBe('false');
    await expect(page.getByRole('toolbar', { name: 'Formatting' }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('button', { name: /^(Save|Unpublish|Publish now|Delete post|Choose image)$/ }).count(),
    ).resolves.toBe(0);
    await page.screenshot({ path: shot('viewer-post'), fullPage: true });

    await page.goto(`${server.url}/apps/${appId}/theme`);
    await page.getByText('Only admins and the owner change the theme.').waitFor();
    await expect(page.getByRole('button', { name: /Save theme|Choose image/ }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await viewerContext.close();
  });
});
