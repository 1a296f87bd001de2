/** starter × htmx and react: the landing page, and its way into sign-up. */

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
  await expect.poll(() => page.locator('h1').first().textContent()).toContain('Everything your team needs');
  await page.getByRole('link', { name: 'Create your account' }).first().click();
  await page.waitForURL('**/sign-up');
  await page.getByLabel('Email').waitFor();
}

describe('starter', () => {
  it('htmx with auth and notifications', async () => {
    console.log(
      'starter/htmx',
      await runCell({ theme: 'starter', frontend: 'htmx', main: landing }, browser),
    );
  });
  it('react with analytics too', async () => {
    console.log(
      'starter/react',
      await runCell({ theme: 'starter', frontend: 'react', modules: ['analytics'], main: landing }, browser),
    );
  });
});
