/** todo × htmx and react: the landing page, and its way into sign-up. */
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

async function landing(page: Page) {
  await page.locator('h1').first().waitFor();
  expect((await page.locator('h1').first().textContent())?.trim().length).toBeGreaterThan(5);
  await page.locator('a[href="/sign-up"]').first().click();
  await page.waitForURL('**/sign-up');
  await page.getByLabel('Email').waitFor();
}

describe('todo', () => {
  it('htmx with auth and notifications', async () => {
    console.log('todo/htmx', await runCell({ theme: 'todo', frontend: 'htmx', main: landing }, browser));
  });
  it('react', async () => {
    console.log('todo/react', await runCell({ theme: 'todo', frontend: 'react', main: landing }, browser));
  });
});
