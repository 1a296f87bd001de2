/** pages × htmx and react (two design systems): the published home page and its contact form. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, runCell } from './harness.js';

let browser: Browser | null = null;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The public site, rendered from its starter: a real heading and the navigation between its pages. */
async function site(page: Page) {
  await page.locator('h1').first().waitFor();
  expect((await page.locator('h1').first().textContent())?.trim().length).toBeGreaterThan(5);
  expect(await page.locator('nav a').count()).toBeGreaterThan(2);
}

describe('pages', () => {
  it('htmx with analytics (design system meridian)', async () => {
    console.log(
      'pages/htmx',
      await runCell({ theme: 'pages', frontend: 'htmx', modules: ['analytics'], main: site }, browser),
    );
  });
  it('react with analytics (design system pwani)', async () => {
    console.log(
      'pages/react',
      await runCell(
        { theme: 'pages', frontend: 'react', variant: 'pwani', modules: ['analytics'], main: site },
        browser,
      ),
    );
  });
});
