/**
 * Lighthouse 12 accessibility on the dashboard's sign-in page, home page (your Apps) and page editor,
 * each on a phone (Lighthouse's default mobile emulation) and a desktop, in the light and the dark
 * theme. A fresh server (in-process, throwaway embedded database), an owner signed up and verified
 * through the dev mailbox with one App from a starter; the signed-in pages are audited in a browser
 * that holds the owner's session cookie (set over the DevTools port Lighthouse drives, and kept:
 * storage reset is off). Prints the score per page and the audits that did not pass.
 *
 * Then keyboard focus, which Lighthouse leaves to a person: on every main screen, in both themes,
 * Tab walks through each stop and the focused element's look (outline, shadow, background, border,
 * underline of it, its ::after and its parents) is compared with its look once blurred; a stop that
 * looks the same is listed. Frames are skipped: focus moves into the page inside, which shows its own.
 * Exits non-zero when any score is under the target or any stop shows no focus.
 *
 *   npm run bench:dashboard-a11y      (TARGET=95 by default; REPORT_DIR=<folder> keeps each JSON report)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import {
  browserCookies,
  call,
  ensureDashboardBuilt,
  type Session,
  signUpVerified,
  startDashboardServer,
} from '../scripts/lib/dashboard.js';
import { chromiumPath } from '../scripts/lib/starter-sites.js';
import { launchDevtoolsChromium } from './lib-chromium.js';

const TARGET = Number(process.env.TARGET ?? 95);
const REPORT_DIR = process.env.REPORT_DIR;
/** Audits that count towards the score; the rest (manual, not applicable) cannot fail. */
const SCORED = new Set(['binary', 'numeric', 'metricSavings']);

const FORM_FACTORS = {
  mobile: {},
  desktop: {
    formFactor: 'desktop',
    screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
  },
} satisfies Record<string, Flags>;
type FormFactor = keyof typeof FORM_FACTORS;
type Theme = 'light' | 'dark';

interface Target {
  name: string;
  path: string;
  signedIn: boolean;
}

interface Run {
  target: Target;
  formFactor: FormFactor;
  theme: Theme;
  score: number;
  failed: string[];
  version: string;
}

/** The accessibility audits that did not pass, worst first, with the elements they name. */
function failedAudits(lhr: Result): string[] {
  return (lhr.categories.accessibility?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a !== undefined && a.score !== null && a.score < 1 && SCORED.has(a.scoreDisplayMode))
    .sort((a, b) => (a?.score ?? 0) - (b?.score ?? 0))
    .map((a) => {
      const items = (a?.details as { items?: Array<{ node?: { snippet?: string; selector?: string } }> })
        ?.items;
      const nodes = (items ?? [])
        .map((i) => i.node?.selector ?? i.node?.snippet)
        .filter(Boolean)
        .slice(0, 4);
      return `${a?.id}: ${a?.title}${nodes.length ? ` [${nodes.join(' | ')}]` : ''}`;
    });
}

/** Sets the dashboard's theme choice (localStorage) and the session cookie in the browser Lighthouse uses. */
async function prepare(context: BrowserContext, base: string, owner: Session, target: Target, theme: Theme) {
  await context.clearCookies();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.evaluate(`localStorage.setItem('qspace-theme', '${theme}')`);
  await page.close();
  if (target.signedIn) await context.addCookies(browserCookies(owner));
}

async function audit(port: number, url: string, formFactor: FormFactor): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['accessibility'],
    disableStorageReset: true,
    ...FORM_FACTORS[formFactor],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError)
    throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

/**
 * Runs in the page after each Tab: the focused element, described, and whether it looks different
 * from when it is blurred. A string, because this project type-checks without the DOM library.
 */
const FOCUS_PROBE = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  if (el.dataset.a11ySeen) return { repeat: true };
  el.dataset.a11ySeen = '1';
  if (el.tagName === 'IFRAME') return { skip: true };
  const look = () => {
    const out = [];
    for (let n = el, i = 0; n && n !== document.body && i < 4; n = n.parentElement, i++) {
      const s = getComputedStyle(n), after = getComputedStyle(n, '::after');
      out.push([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.borderColor,
        s.textDecorationLine, after.outlineStyle, after.boxShadow].join(' '));
    }
    return out.join('|');
  };
  const focused = look();
  el.blur();
  const blurred = look();
  el.focus();
  const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.getAttribute('placeholder') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return { element: el.tagName.toLowerCase() + (name ? ' "' + name + '"' : ''), visible: focused !== blurred };
})()`;

interface FocusResult {
  screen: string;
  theme: Theme;
  stops: number;
  invisible: string[];
}

/** Tabs through a screen until focus comes back round; returns the stops that showed no focus. */
async function walkFocus(page: Page): Promise<{ stops: number; invisible: string[] }> {
  const invisible: string[] = [];
  let stops = 0;
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const r = (await page.evaluate(FOCUS_PROBE)) as {
      repeat?: boolean;
      skip?: boolean;
      element?: string;
      visible?: boolean;
    } | null;
    if (!r || r.skip) continue;
    if (r.repeat) break;
    stops++;
    if (!r.visible) invisible.push(r.element ?? '?');
  }
  return { stops, invisible };
}

async function focusPass(
  browser: Browser,
  base: string,
  owner: Session,
  screens: Target[],
): Promise<FocusResult[]> {
  const out: FocusResult[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const signedIn of [false, true]) {
      const context = await browser.newContext({
        colorScheme: theme,
        viewport: { width: 1280, height: 900 },
      });
      if (signedIn) await context.addCookies(browserCookies(owner));
      const page = await context.newPage();
      for (const screen of screens.filter((s) => s.signedIn === signedIn)) {
        await page.goto(`${base}${screen.path}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        out.push({ screen: screen.name, theme, ...(await walkFocus(page)) });
      }
      await context.close();
    }
  }
  return out;
}

if (!chromiumPath)
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
if (REPORT_DIR) mkdirSync(REPORT_DIR, { recursive: true });

ensureDashboardBuilt();
const server = await startDashboardServer();
const runs: Run[] = [];
let focus: FocusResult[] = [];
try {
  const owner = await signUpVerified(server.url, {
    name: 'Amina Hassan',
    email: 'amina@jahazi.co.ke',
    password: 'karibu jahazi 2026 bahari',
  });
  const app = await call<{ id: string }>(owner, 'POST', '/api/v1/apps', {
    name: 'Jahazi Café & Kitchen',
    slug: 'jahazi-cafe',
    starter: 'shops-pwani',
  });
  const pages = await call<Array<{ id: string; isHome: boolean }>>(
    owner,
    'GET',
    `/api/v1/apps/${app.id}/pages`,
  );
  const home = pages.find((p) => p.isHome) ?? pages[0];
  const { posts } = await call<{ posts: Array<{ id: string }> }>(
    owner,
    'GET',
    `/api/v1/apps/${app.id}/posts`,
  );
  const a = `/apps/${app.id}`;
  const screens: Target[] = [
    { name: 'sign-in', path: '/sign-in', signedIn: false },
    { name: 'sign-up', path: '/sign-up', signedIn: false },
    { name: 'forgot password', path: '/forgot-password', signedIn: false },
    { name: 'your Apps', path: '/', signedIn: true },
    { name: 'create-App wizard', path: '/apps/new', signedIn: true },
    { name: 'account', path: '/account', signedIn: true },
    { name: 'App overview', path: a, signedIn: true },
    { name: 'pages', path: `${a}/pages`, signedIn: true },
    { name: 'page editor', path: `${a}/pages/${home?.id}`, signedIn: true },
    { name: 'blog', path: `${a}/blog`, signedIn: true },
    { name: 'post editor', path: `${a}/blog/${posts[0]?.id}`, signedIn: true },
    { name: 'media', path: `${a}/media`, signedIn: true },
    { name: 'theme', path: `${a}/theme`, signedIn: true },
    { name: 'inbox', path: `${a}/inbox`, signedIn: true },
    { name: 'team', path: `${a}/team`, signedIn: true },
    { name: 'API keys', path: `${a}/team?tab=api-keys`, signedIn: true },
    { name: 'audit log', path: `${a}/team?tab=audit`, signedIn: true },
    { name: 'settings', path: `${a}/settings`, signedIn: true },
  ];
  const targets: Target[] = [
    { name: 'sign-in', path: '/sign-in', signedIn: false },
    { name: 'home (your Apps)', path: '/', signedIn: true },
    { name: 'page editor', path: `/apps/${app.id}/pages/${home?.id}`, signedIn: true },
  ];

  const chrome = await launchDevtoolsChromium('qspace-a11y-');
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    const context = browser.contexts()[0] as BrowserContext;
    for (const theme of ['light', 'dark'] as const) {
      for (const formFactor of Object.keys(FORM_FACTORS) as FormFactor[]) {
        for (const target of targets) {
          await prepare(context, server.url, owner, target, theme);
          const lhr = await audit(chrome.port, `${server.url}${target.path}`, formFactor);
          const label = `${target.name.replace(/\W+/g, '-')}-${formFactor}-${theme}`;
          if (REPORT_DIR) writeFileSync(join(REPORT_DIR, `${label}.json`), JSON.stringify(lhr, null, 2));
          const run: Run = {
            target,
            formFactor,
            theme,
            score: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
            failed: failedAudits(lhr),
            version: lhr.lighthouseVersion,
          };
          runs.push(run);
          console.error(`${target.name}, ${formFactor}, ${theme}: ${run.score}`);
        }
      }
    }
    focus = await focusPass(browser, server.url, owner, screens);
  } finally {
    await browser.close();
    await chrome.close();
  }
} finally {
  await server.stop();
}

console.log(`\nLighthouse ${runs[0]?.version} accessibility, dashboard, target ${TARGET}\n`);
console.log('| page | phone, light | desktop, light | phone, dark | desktop, dark |');
console.log('|---|---|---|---|---|');
const mark = (n: number | undefined) => (n === undefined ? '–' : n < TARGET ? `**${n}**` : String(n));
for (const name of [...new Set(runs.map((r) => r.target.name))]) {
  const score = (f: FormFactor, t: Theme) =>
    runs.find((r) => r.target.name === name && r.formFactor === f && r.theme === t)?.score;
  console.log(
    `| ${name} | ${mark(score('mobile', 'light'))} | ${mark(score('desktop', 'light'))} | ${mark(score('mobile', 'dark'))} | ${mark(score('desktop', 'dark'))} |`,
  );
}
for (const r of runs.filter((r) => r.failed.length > 0)) {
  console.log(`\n${r.target.name}, ${r.formFactor}, ${r.theme} (${r.score}):`);
  for (const f of r.failed) console.log(`- ${f}`);
}
const below = runs.filter((r) => r.score < TARGET).length;
console.log(below ? `\n${below} of ${runs.length} runs under ${TARGET}.` : `\nEvery score >= ${TARGET}.`);

const stops = focus.reduce((n, f) => n + f.stops, 0);
const unseen = focus.filter((f) => f.invisible.length > 0);
console.log(
  `\nKeyboard focus: ${new Set(focus.map((f) => f.screen)).size} screens × 2 themes, ${stops} Tab stops, ` +
    `${unseen.reduce((n, f) => n + f.invisible.length, 0)} without a visible focus indicator.`,
);
for (const f of unseen) console.log(`- ${f.screen} (${f.theme}): ${f.invisible.join('; ')}`);
if (below || unseen.length > 0) process.exitCode = 1;
