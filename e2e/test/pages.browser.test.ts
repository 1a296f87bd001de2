import type { Runtime } from '@qspace/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir, startServer } from './browser.js';
import { ensureDashboardBuilt } from './journey.js';

describe.skipIf(!chromiumPath)('server pages in Chromium', () => {
  let server: Runtime;
  let browser: Browser;
  beforeAll(async () => {
    // `/` is the dashboard: build it first when its build is missing or stale (as `npm start` does).
    ensureDashboardBuilt();
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Opens a page and collects console errors (CSP violations show up there). */
  async function open(
    path: string,
    viewport = { width: 1280, height: 800 },
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(`${server.url}${path}`);
    expect(res?.status()).toBeLessThan(500);
    return { page, errors };
  }

  it('the dashboard takes `/` and, signed out, shows a styled sign-in with no console or CSP errors', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('heading', { name: 'Sign in to Q-Space' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    // The stylesheet applied under the server's CSP: the primary button has the brand background.
    const bg = await page
      .getByRole('button', { name: 'Sign in' })
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(15, 118, 110)');
    await page.screenshot({ path: `${screenshotDir}/home-desktop.png` });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the API docs list every endpoint and jump to it from the sidebar', async () => {
    const { page, errors } = await open('/api/docs');
    await expect(page.getByRole('heading', { name: 'API reference' }).isVisible()).resolves.toBe(true);
    const nav = page.getByRole('navigation', { name: 'Endpoints' });
    await expect(nav.getByRole('link').count()).resolves.toBeGreaterThanOrEqual(2);
    await nav.getByRole('link', { name: /\/readyz/ }).click();
    expect(page.url()).toMatch(/#get-readyz$/);
    await page.screenshot({ path: `${screenshotDir}/docs-desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    for (const path of ['/', '/api/docs', '/missing-page']) {
      const { page, errors } = await open(path, { width: 375, height: 740 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshotDir}/phone${path.replaceAll('/', '-') || '-home'}.png` });
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
      await page.close();
    }
  });
});
