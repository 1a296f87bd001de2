import { sendEmail } from '@qspace/notifications';
import type { Runtime } from '@qspace/server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch, screenshotDir, startServer } from './browser.js';

describe.skipIf(!chromiumPath)('development mailbox in Chromium', () => {
  let server: Runtime;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows an empty state, then the mail, its rendered HTML and a link that works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${server.url}/dev/mailbox`);
    await expect(page.getByRole('heading', { name: 'No mail yet' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${screenshotDir}/mailbox-empty.png` });

    await server.database.system((tx) =>
      sendEmail(tx, {
        to: 'njeri@example.co.ke',
        from: 'Q-Space <no-reply@qspace.test>',
        template: 'invitation',
        data: {
          inviterName: 'Wanjiru',
          appName: 'Java House Kilimani',
          role: 'editor',
          url: `${server.url}/`,
          expiresInDays: 7,
        },
      }),
    );
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByText('njeri@example.co.ke').count();
        },
        { timeout: 15_000 },
      )
      .toBe(1);
    await page.screenshot({ path: `${screenshotDir}/mailbox-list.png` });
    await page.getByText('njeri@example.co.ke').click();
    await expect(
      page.getByRole('heading', { name: 'Wanjiru invited you to Java House Kilimani' }).isVisible(),
    ).resolves.toBe(true);
    const frame = page.frameLocator('iframe.preview');
    await expect(frame.getByText('Accept invitation').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${screenshotDir}/mailbox-message.png`, fullPage: true });
    await page.getByRole('link', { name: `${server.url}/` }).click();
    await page.waitForURL(`${server.url}/`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
