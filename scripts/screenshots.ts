/**
 * Screenshots of the nine starters' published home pages, as a new user's site looks right after
 * "create App": a fresh server, one App per starter, each home page shot full-page in Chromium at
 * desktop (1440×900) and phone (390×844, 2× pixels) size into docs/screenshots/, with a README
 * listing them. JPEG (quality 70 desktop, 60 phone) keeps each file under 1 MB.
 *
 *   npm run screenshots
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  CHROMIUM_FLAGS,
  chromiumPath,
  root,
  type StarterSite,
  withStarterSites,
} from './lib/starter-sites.js';

const OUT = join(root, 'docs/screenshots');
const VIEWPORTS = [
  {
    name: 'desktop',
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    isMobile: false,
    quality: 70,
  },
  // 2× pixels make a phone shot tall (~20,000 px); quality 60 keeps it under 1 MB.
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, quality: 60 },
] as const;

/**
 * Runs in the page: scrolls to the bottom and back so lazy images load (a full-page shot does not
 * scroll), then waits for every image (10 s at most, so a stalled request cannot hang the run) and
 * web font, so the shot shows the page as a visitor who scrolled sees it. A string, because this
 * project type-checks without the DOM library.
 */
const SETTLE = `(async () => {
  for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
    window.scrollTo(0, y);
    await new Promise((r) => setTimeout(r, 50));
  }
  const images = Promise.all(Array.from(document.images, (img) => img.complete ? null : new Promise((r) => {
    img.addEventListener('load', r, { once: true });
    img.addEventListener('error', r, { once: true });
  })));
  await Promise.race([images, new Promise((r) => setTimeout(r, 10000))]);
  await document.fonts.ready;
  window.scrollTo(0, 0);
})()`;

async function settle(page: Page): Promise<void> {
  await page.evaluate(SETTLE);
  await page.waitForTimeout(300);
}

async function shoot(browser: Browser, site: StarterSite): Promise<string[]> {
  const files: string[] = [];
  for (const v of VIEWPORTS) {
    const context = await browser.newContext({
      viewport: v.viewport,
      deviceScaleFactor: v.deviceScaleFactor,
      isMobile: v.isMobile,
      hasTouch: v.isMobile,
    });
    const page = await context.newPage();
    const res = await page.goto(site.url, { waitUntil: 'networkidle' });
    if (res?.status() !== 200) throw new Error(`${site.url} answered ${res?.status()}`);
    await settle(page);
    const file = `${site.starter.id}-${v.name}.jpg`;
    await page.screenshot({ path: join(OUT, file), fullPage: true, type: 'jpeg', quality: v.quality });
    await context.close();
    files.push(file);
  }
  return files;
}

function readme(rows: Array<{ site: StarterSite; files: string[] }>): string {
  const lines = rows.map(
    ({ site, files }) =>
      `| ${site.starter.name} (\`${site.starter.id}\`) | ${site.name} | ${site.starter.category} | ${site.starter.designSystem} | ${files.map((f) => `[${f.replace(/^.*-(\w+)\.jpg$/, '$1')}](${f})`).join(' · ')} |`,
  );
  return `# Starter screenshots

The published home page of each of the nine starters, right after an App is created from it (no edits;
the App is named after the business the starter's copy describes).
Desktop is 1440×900 CSS pixels, phone 390×844 at 2× density; both are full-page JPEGs. Regenerate with:

\`\`\`sh
npm run screenshots
\`\`\`

| starter | App name | category | design system | shots |
|---|---|---|---|---|
${lines.join('\n')}
`;
}

if (!chromiumPath)
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
mkdirSync(OUT, { recursive: true });
const rows = await withStarterSites(async (sites) => {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
  try {
    const out: Array<{ site: StarterSite; files: string[] }> = [];
    for (const site of sites) {
      out.push({ site, files: await shoot(browser, site) });
      console.log(`${site.starter.id}: ${out.at(-1)?.files.join(', ')}`);
    }
    return out;
  } finally {
    await browser.close();
  }
});
writeFileSync(join(OUT, 'README.md'), readme(rows));
console.log(`\n${rows.length * VIEWPORTS.length} screenshots in docs/screenshots/`);
