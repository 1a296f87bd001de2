/**
 * Screenshots of the dashboard's main screens, as a real business sees them after a few days of use:
 * a fresh server (in-process, throwaway embedded database), an owner signed up and verified through
 * the dev mailbox, three Apps from starters, then realistic data in the main one — visitors' messages
 * through the public booking form, photos uploaded to the media library, a blog post with a cover, a
 * teammate, a pending invitation and an API key. Each screen is shot in Chromium at desktop
 * (1440×900) and phone (390×844, 2× pixels) size in the light theme, and a few key screens also in
 * the dark one, into docs/screenshots/dashboard/ with a README listing them.
 *
 *   npm run screenshots:dashboard          (ONLY=inbox,media shoots just those screens;
 *                                           ALL_DARK=1 shoots every screen in the dark theme too)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '@qspace/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import {
  browserCookies,
  call,
  ensureDashboardBuilt,
  mailLinks,
  type Session,
  signUpVerified,
  startDashboardServer,
} from './lib/dashboard.js';
import { CHROMIUM_FLAGS, chromiumPath, root } from './lib/starter-sites.js';

const OUT = join(root, 'docs/screenshots/dashboard');
const IMAGES = join(root, 'packages/site-kit/src/assets/images/shops-pwani');
const ONLY = process.env.ONLY?.split(',').filter(Boolean);
const ALL_DARK = process.env.ALL_DARK === '1';

const VIEWPORTS = {
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false, quality: 75 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, quality: 65 },
} as const;
type Viewport = keyof typeof VIEWPORTS;
type Theme = 'light' | 'dark';

const OWNER = { name: 'Amina Hassan', email: 'amina@jahazi.co.ke', password: 'karibu jahazi 2026 bahari' };
const TEAMMATE = {
  name: 'Baraka Otieno',
  email: 'baraka@jahazi.co.ke',
  password: 'karibu baraka 2026 pwani',
};

interface Data {
  appId: string;
  homePageId: string;
  postId: string;
  submissionId: string;
}

interface Screen {
  name: string;
  title: string;
  /** Signed-out screens use a context without the session. */
  guest?: boolean;
  /** Also shot in the dark theme. */
  dark?: boolean;
  path: (d: Data) => string;
  /** Waits for the screen's content (and may act on it, e.g. step the wizard). */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { name, level: 1 }).first().waitFor();

const SCREENS: Screen[] = [
  {
    name: 'sign-in',
    title: 'Sign in',
    guest: true,
    dark: true,
    path: () => '/sign-in',
    ready: (p) => heading(p, 'Sign in to Q-Space'),
  },
  {
    name: 'sign-up',
    title: 'Sign up',
    guest: true,
    path: () => '/sign-up',
    ready: (p) => heading(p, 'Create your account'),
  },
  {
    name: 'apps-home',
    title: 'Your Apps',
    dark: true,
    path: () => '/',
    ready: (p) => heading(p, 'Your Apps'),
  },
  {
    name: 'theme-menu',
    title: 'Account menu with the theme choice',
    dark: true,
    path: () => '/',
    ready: async (p) => {
      await heading(p, 'Your Apps');
      await p.getByRole('button', { name: 'Account menu' }).click();
      await p.getByRole('menuitemradio', { name: 'System' }).waitFor();
    },
  },
  {
    name: 'new-app',
    title: 'Create-App wizard (design step)',
    path: () => '/apps/new',
    ready: async (p) => {
      await heading(p, 'Create an App');
      await p.getByText('Shops & Restaurants', { exact: true }).click();
      await p.getByRole('button', { name: 'Next' }).click();
      await p.getByRole('heading', { name: 'Pick a design' }).waitFor();
    },
  },
  {
    name: 'app-overview',
    title: 'App overview',
    dark: true,
    path: (d) => `/apps/${d.appId}`,
    ready: (p) => p.getByRole('heading', { name: 'Pages', level: 2 }).waitFor(),
  },
  {
    name: 'pages',
    title: 'Pages',
    path: (d) => `/apps/${d.appId}/pages`,
    ready: (p) => heading(p, 'Pages'),
  },
  {
    name: 'page-editor',
    title: 'Page editor',
    dark: true,
    path: (d) => `/apps/${d.appId}/pages/${d.homePageId}`,
    ready: async (p) => {
      await p.locator('[data-editor] iframe').first().waitFor();
      await p.waitForTimeout(1500);
    },
  },
  {
    name: 'blog',
    title: 'Blog posts',
    path: (d) => `/apps/${d.appId}/blog`,
    ready: (p) => heading(p, 'Blog'),
  },
  {
    name: 'post-editor',
    title: 'Post editor',
    dark: true,
    path: (d) => `/apps/${d.appId}/blog/${d.postId}`,
    ready: (p) => p.locator('.ProseMirror').first().waitFor(),
  },
  {
    name: 'media',
    title: 'Media library',
    path: (d) => `/apps/${d.appId}/media`,
    ready: (p) => heading(p, 'Media'),
  },
  {
    name: 'theme',
    title: 'Theme',
    path: (d) => `/apps/${d.appId}/theme`,
    ready: (p) => heading(p, 'Theme'),
  },
  {
    name: 'inbox',
    title: 'Inbox',
    dark: true,
    path: (d) => `/apps/${d.appId}/inbox`,
    ready: (p) => heading(p, /Inbox/),
  },
  {
    name: 'inbox-message',
    title: 'Inbox message',
    path: (d) => `/apps/${d.appId}/inbox/${d.submissionId}`,
    ready: (p) => heading(p, 'Fatuma Ali'),
  },
  {
    name: 'team',
    title: 'Team',
    path: (d) => `/apps/${d.appId}/team`,
    ready: (p) => p.getByRole('list', { name: 'Pending invitations' }).waitFor(),
  },
  {
    name: 'api-keys',
    title: 'API keys',
    path: (d) => `/apps/${d.appId}/team?tab=api-keys`,
    ready: (p) => p.getByText('Menu sync').first().waitFor(),
  },
  {
    name: 'audit-log',
    title: 'Audit log',
    path: (d) => `/apps/${d.appId}/team?tab=audit`,
    ready: (p) => p.getByRole('tab', { name: 'Audit log', selected: true }).waitFor(),
  },
  {
    name: 'settings',
    title: 'App settings',
    path: (d) => `/apps/${d.appId}/settings`,
    ready: (p) => heading(p, /Settings/),
  },
  {
    name: 'account',
    title: 'Account',
    path: () => '/account',
    ready: (p) => heading(p, 'Account'),
  },
  {
    name: 'appearance',
    title: 'Account: appearance (theme)',
    dark: true,
    path: () => '/account',
    ready: async (p) => {
      await p.getByRole('heading', { name: 'Appearance', level: 2 }).waitFor();
      await p.evaluate(
        "document.getElementById('appearance-title').scrollIntoView({ block: 'start' }); window.scrollBy(0, -88)",
      );
    },
  },
];

/**
 * Runs in the page: waits for web fonts, every image (10 s at most) and every same-origin frame's
 * own images, so previews are painted. A string: this project type-checks without the DOM library.
 */
const SETTLE = `(async () => {
  const docs = [document, ...Array.from(document.querySelectorAll('iframe'), (f) => {
    try { return f.contentDocument; } catch { return null; }
  }).filter(Boolean)];
  const images = docs.flatMap((d) => Array.from(d.images)).filter((img) => !img.complete && img.loading !== 'lazy');
  await Promise.race([
    Promise.all(images.map((img) => new Promise((r) => {
      img.addEventListener('load', r, { once: true });
      img.addEventListener('error', r, { once: true });
    }))),
    new Promise((r) => setTimeout(r, 10000)),
  ]);
  await Promise.all(docs.map((d) => d.fonts.ready));
})()`;

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.evaluate(SETTLE);
  // Transitions (frames fading in, skeletons fading out) finish.
  await page.waitForTimeout(600);
}

// ---- data ---------------------------------------------------------------------------------------

/** The site-kit's illustrations, rasterised to JPEG in Chromium: photos for the media library. */
async function photos(browser: Browser): Promise<Array<{ name: string; alt: string; bytes: Buffer }>> {
  const wanted = [
    ['biryani', 'Chicken biryani with kachumbari on a brass plate'],
    ['samosa', 'Beef samosas with tamarind dip'],
    ['chai', 'Two glasses of spiced chai on the counter'],
    ['fish', 'Grilled red snapper in coconut sauce'],
    ['old-town', 'Old Town street with carved wooden doors'],
    ['mandazi', 'A basket of fresh mandazi'],
  ] as const;
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const out: Array<{ name: string; alt: string; bytes: Buffer }> = [];
  for (const [file, alt] of wanted) {
    const svg = readFileSync(join(IMAGES, `${file}.svg`), 'utf8');
    await page.setContent(
      `<body style="margin:0"><img alt="" style="width:1200px;height:800px;object-fit:cover;display:block" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
    );
    await page.waitForFunction('document.images[0]?.complete');
    out.push({ name: `${file}.jpg`, alt, bytes: await page.screenshot({ type: 'jpeg', quality: 85 }) });
  }
  await page.close();
  return out;
}

async function upload(session: Session, appId: string, photo: { name: string; alt: string; bytes: Buffer }) {
  const form = new FormData();
  form.set('alt', photo.alt);
  form.set('file', new Blob([new Uint8Array(photo.bytes)], { type: 'image/jpeg' }), photo.name);
  const res = await fetch(`${session.base}/api/v1/apps/${appId}/media`, {
    method: 'POST',
    headers: { origin: session.base, cookie: session.cookie },
    body: form,
  });
  if (res.status !== 201) throw new Error(`upload ${photo.name}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; url: string };
}

const VISITORS = [
  {
    name: 'Fatuma Ali',
    phone: '+254 722 418 305',
    date: 'Saturday 14 Dec, 7:30 pm',
    guests: 0,
    message:
      'It is our tenth anniversary — could we have a table on the rooftop, by the railing if possible? We would love to watch the dhows come in. Asante!',
  },
  {
    name: 'Daniel Mwangi',
    phone: '+254 711 260 774',
    date: 'Friday lunch, 1 pm',
    guests: 3,
    message: 'Team lunch for our office (about 12 people). Do you have a set menu, and can we pay by M-Pesa?',
  },
  {
    name: 'Grace Wanjiru',
    phone: '+254 733 905 112',
    date: 'Sunday 10 am',
    guests: 1,
    message: 'Do you have a high chair? Coming with my mother and my little one for breakfast.',
  },
  {
    name: 'Omar Said',
    phone: '+254 700 381 946',
    date: 'Tonight, 8 pm',
    guests: 0,
    message: '',
  },
];

/** Visitors book tables through the site's real contact form, on their phones. */
async function sendBookings(browser: Browser, base: string, slug: string): Promise<void> {
  const context = await browser.newContext({
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  });
  const page = await context.newPage();
  for (const v of VISITORS) {
    await page.goto(`${base}/s/${slug}/contact`);
    const form = page.locator('form[data-qs-form]').first();
    await form.locator('[name="name"]').fill(v.name);
    await form.locator('[name="phone"]').fill(v.phone);
    await form.locator('[name="date"]').fill(v.date);
    await form.locator('[name="guests"]').selectOption({ index: v.guests + 1 });
    await form.locator('[name="message"]').fill(v.message);
    await form.getByRole('button').click();
    await page
      .getByText(/Asante/)
      .first()
      .waitFor();
  }
  await context.close();
}

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function seed(server: Runtime, browser: Browser): Promise<{ owner: Session; data: Data }> {
  const base = server.url;
  const owner = await signUpVerified(base, OWNER);
  const teammate = await signUpVerified(base, TEAMMATE);

  // Three Apps, the main one last so it is the newest on the home page.
  await call(owner, 'POST', '/api/v1/apps', {
    name: 'Amina Hassan Photography',
    slug: 'amina-photo',
    starter: 'creators-lenzi',
  });
  await call(owner, 'POST', '/api/v1/apps', {
    name: 'Pwani Advisory',
    slug: 'pwani-advisory',
    starter: 'business-meridian',
  });
  const app = await call<{ id: string; slug: string }>(owner, 'POST', '/api/v1/apps', {
    name: 'Jahazi Café & Kitchen',
    slug: 'jahazi-cafe',
    starter: 'shops-pwani',
  });
  const appId = app.id;
  const pages = await call<Array<{ id: string; isHome: boolean }>>(
    owner,
    'GET',
    `/api/v1/apps/${appId}/pages`,
  );
  const homePageId = (pages.find((p) => p.isHome) ?? pages[0])?.id as string;

  // The team: a teammate who edits, an invitation not yet accepted, a key for the menu board.
  await call(owner, 'POST', `/api/v1/apps/${appId}/members`, { email: TEAMMATE.email, role: 'editor' });
  await call(owner, 'POST', `/api/v1/apps/${appId}/invitations`, {
    email: 'zawadi@jahazi.co.ke',
    role: 'admin',
  });
  await mailLinks(base, 'zawadi@jahazi.co.ke', 'invitation');
  await call(owner, 'POST', `/api/v1/apps/${appId}/api-keys`, { name: 'Menu sync', scopes: ['read'] });
  await call(owner, 'POST', `/api/v1/apps/${appId}/api-keys`, {
    name: 'Bookings to WhatsApp',
    scopes: ['read', 'write'],
  });

  // Photos in the media library, one of them the new post's cover.
  const uploaded = [];
  for (const photo of await photos(browser)) uploaded.push(await upload(owner, appId, photo));
  const cover = uploaded[0] as { id: string };

  // A new post by the teammate, still a draft, with a cover and tags.
  const post = await call<{ id: string }>(teammate, 'POST', `/api/v1/apps/${appId}/posts`, {
    title: 'Biryani Fridays are back',
    excerpt:
      'Every Friday from noon: our grandmother’s biryani, slow-cooked over charcoal, until it runs out.',
    tags: ['menu', 'news'],
    cover: { src: `media:${cover.id}`, alt: 'Chicken biryani with kachumbari on a brass plate' },
    body: {
      type: 'doc',
      content: [
        paragraph(
          'After a long pause for the renovation of the kitchen, Biryani Fridays are back. From noon every Friday we cook one big pot the way Bibi Mwanaisha taught us: basmati layered with chicken marinated overnight in yoghurt, ginger and our own biryani masala, sealed and finished slowly over charcoal.',
        ),
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What is on the plate' }] },
        {
          type: 'bulletList',
          content: [
            'Chicken biryani with fried onions and a boiled egg',
            'Kachumbari and tamarind chutney on the side',
            'A glass of tangawizi (ginger) juice or spiced chai',
          ].map((text) => ({ type: 'listItem', content: [paragraph(text)] })),
        },
        paragraph(
          'Come early: when the pot is empty, it is empty. Tables on the rooftop can be booked on WhatsApp.',
        ),
      ],
    },
  });

  // Visitors' bookings; the two oldest have been read.
  await sendBookings(browser, base, app.slug);
  const { submissions } = await call<{ submissions: Array<{ id: string; name?: string; data?: unknown }> }>(
    owner,
    'GET',
    `/api/v1/apps/${appId}/submissions`,
  );
  const oldest = submissions.slice(-2).map((s) => s.id);
  await call(owner, 'POST', `/api/v1/apps/${appId}/submissions/read`, { ids: oldest, read: true }, 200);
  const submissionId = submissions.at(-1)?.id as string;

  return { owner, data: { appId, homePageId, postId: post.id, submissionId } };
}

// ---- shots --------------------------------------------------------------------------------------

async function shootAll(browser: Browser, owner: Session, base: string, data: Data): Promise<string[]> {
  const files: string[] = [];
  const screens = SCREENS.filter((s) => !ONLY || ONLY.includes(s.name));
  const runs: Array<{ viewport: Viewport; theme: Theme }> = [
    { viewport: 'desktop', theme: 'light' },
    { viewport: 'phone', theme: 'light' },
    { viewport: 'desktop', theme: 'dark' },
    { viewport: 'phone', theme: 'dark' },
  ];
  for (const { viewport, theme } of runs) {
    const v = VIEWPORTS[viewport];
    for (const guest of [true, false]) {
      // The theme is left on "System", so the emulated preference is what the dashboard follows.
      const context = await browser.newContext({
        viewport: v.viewport,
        deviceScaleFactor: v.deviceScaleFactor,
        isMobile: v.isMobile,
        hasTouch: v.isMobile,
        colorScheme: theme,
        locale: 'en-GB',
        timezoneId: 'Africa/Nairobi',
      });
      if (!guest) await context.addCookies(browserCookies(owner));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const screen of screens.filter(
        (s) => Boolean(s.guest) === guest && (theme === 'light' || s.dark || ALL_DARK),
      )) {
        await page.goto(`${base}${screen.path(data)}`);
        await screen.ready(page);
        await settle(page);
        const file = `${screen.name}-${viewport}${theme === 'dark' ? '-dark' : ''}.jpg`;
        await page.screenshot({ path: join(OUT, file), type: 'jpeg', quality: v.quality });
        files.push(file);
        console.log(file);
      }
      if (errors.length > 0) throw new Error(`page errors:\n${errors.join('\n')}`);
      await context.close();
    }
  }
  return files;
}

function readme(): string {
  const cell = (name: string, suffix: string) => {
    const file = `${name}-${suffix}.jpg`;
    return readdirSync(OUT).includes(file) ? `[${suffix.replace('-', ' ')}](${file})` : '';
  };
  const rows = SCREENS.map(
    (s) =>
      `| ${s.title} | ${['desktop', 'phone', 'desktop-dark', 'phone-dark']
        .map((x) => cell(s.name, x))
        .join(' | ')} |`,
  );
  return `# Dashboard screenshots

The dashboard's main screens with realistic data: an owner with three Apps, the main one (Jahazi Café &
Kitchen, from the Pwani starter) with visitors' table bookings in the inbox, photos in the media library, a
draft blog post, a teammate, a pending invitation and two API keys. Desktop is 1440×900 CSS pixels, phone
390×844 at 2× density; the light theme everywhere and the dark theme on key screens (the dashboard follows
the system preference, which the script emulates). Regenerate with:

\`\`\`sh
npm run screenshots:dashboard
\`\`\`

| screen | desktop | phone | desktop, dark | phone, dark |
|---|---|---|---|---|
${rows.join('\n')}
`;
}

if (!chromiumPath)
  throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
if (!ONLY) rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
ensureDashboardBuilt();
const server = await startDashboardServer({ RATE_LIMIT_FORMS_PER_IP: '100' });
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
try {
  const { owner, data } = await seed(server, browser);
  const files = await shootAll(browser, owner, server.url, data);
  writeFileSync(join(OUT, 'README.md'), readme());
  console.log(`\n${files.length} screenshots in docs/screenshots/dashboard/`);
} finally {
  await browser.close();
  await server.stop();
}
