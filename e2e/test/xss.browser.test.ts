/**
 * The content engine's XSS guarantee, in Chromium. For every section type, known XSS payloads typed
 * into every text-like field (and into every kind of rich-text node) are kept, shown as literal text
 * on the published page and never run. Script-capable addresses (`javascript:` links, `data:`
 * images), malformed ids and unknown rich-text attributes are refused on save, naming the field.
 * Published pages are opened twice: with the site's CSP, and with CSP bypassed, so that escaping
 * alone is what keeps the payloads inert (the CSP is the second line, checked on its own).
 */
import type { Runtime } from '@qspace/server';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumPath, launch, startServer } from './browser.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];
interface FieldSpec {
  kind: string;
  fields?: Record<string, FieldSpec>;
}
interface SectionSpec {
  type: string;
  fields: Record<string, FieldSpec>;
  variants: { id: string }[];
  defaults: JsonObject;
}
interface Issue {
  path: string;
  message: string;
}
interface ApiResult {
  status: number;
  body: JsonObject & {
    id?: string;
    error?: { code: string; message: string; details?: { issues?: Issue[] } };
  };
}
type Api = (method: string, path: string, body?: unknown) => Promise<ApiResult>;

/** Payloads for text, each aimed at a different context (element, attribute, textarea, template). */
const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror="window.__xss=1">',
  '<svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  '</textarea><script>window.__xss=1</script>',
  "{{constructor.constructor('window.__xss=1')()}}",
  "'><details open ontoggle=alert(document.domain)>",
  '</style></title><script>window.__xss=1</script>',
];
/** For fields that hold only a few characters (a price period, a stat's value). */
const SHORT_PAYLOADS = ['<svg onload=__xss=1>', '<b onclick=__xss=1>'];
/** Link targets that must never reach storage. */
const HOSTILE_HREFS = [
  'javascript:window.__xss=1',
  ' JaVaScRiPt:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
];
const HOSTILE_IMAGES = ['data:image/svg+xml,<svg onload="window.__xss=1"/>', 'javascript:window.__xss=1'];
/** Fields no published layout shows, and why (a payload there is still saved and escaped). */
const NOT_SHOWN: Record<string, string> = {
  'blog-list.emptyMessage': 'shown only on a site without posts; the starter comes with posts',
};
const SAFE_IMAGE = '/_site/images/shared/team-1.svg';

/** Text props with a format of their own (ids, phone numbers, form names): payloads are refused. */
function isFormatted(type: string, propPath: string): boolean {
  return (
    propPath === 'anchor' ||
    (type === 'contact' && /^(phone|email|whatsapp|fields\[\d+\]\.name)$/.test(propPath))
  );
}

function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// ---- where the text-like fields of a section are, from the registry's editor fields ----

type SlotKind = 'text' | 'href' | 'image-src' | 'richtext';
interface Slot {
  path: Path;
  kind: SlotKind;
}

function slotsOf(fields: Record<string, FieldSpec>, value: Json | undefined, at: Path = []): Slot[] {
  if (!isObject(value)) return [];
  return Object.entries(fields).flatMap(([key, field]) => slotsOfField(field, value[key], [...at, key]));
}

function slotsOfField(field: FieldSpec, value: Json | undefined, path: Path): Slot[] {
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return [{ path, kind: 'text' }];
    case 'link':
      return [{ path, kind: 'href' }];
    case 'richtext':
      return [{ path, kind: 'richtext' }];
    case 'image':
      return [
        { path: [...path, 'src'], kind: 'image-src' },
        { path: [...path, 'alt'], kind: 'text' },
      ];
    case 'list': {
      const items = Array.isArray(value) ? value : [];
      const itemFields = field.fields ?? {};
      // A list without item fields is a list of plain strings (e.g. a select's choices).
      if (Object.keys(itemFields).length === 0)
        return items.map((_, i) => ({ path: [...path, i], kind: 'text' }));
      return items.flatMap((item, i) => slotsOf(itemFields, item, [...path, i]));
    }
    default:
      return [];
  }
}

function setAt(root: Json, path: Path, value: Json): void {
  const last = path.at(-1);
  const parent = path.slice(0, -1).reduce<Json | undefined>((node, key) => {
    if (Array.isArray(node) && typeof key === 'number') return node[key];
    return isObject(node) && typeof key === 'string' ? node[key] : undefined;
  }, root);
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isObject(parent) && typeof last === 'string') parent[last] = value;
  else throw new Error(`no field at ${formatPath(path)}`);
}

// ---- payload content ----

/** Hands out payloads, each tagged with a unique suffix so the page check can tell fields apart. */
function payloadSource() {
  let n = 0;
  return (max = Number.POSITIVE_INFINITY): string => {
    n += 1;
    const tag = `#${n.toString(36)}`;
    const pool = [PAYLOADS[n % PAYLOADS.length] ?? '', ...SHORT_PAYLOADS];
    const fit = pool.find((p) => p.length + tag.length <= max);
    if (fit === undefined) throw new Error(`no payload fits in ${max} characters`);
    return fit + tag;
  };
}

/** A rich-text document using every node and mark kind, with a payload in every text and alt. */
function richDoc(next: () => string): { doc: Json; texts: string[] } {
  const texts: string[] = [];
  const t = (marks?: Json[]): JsonObject => {
    const text = next();
    texts.push(text);
    return marks ? { type: 'text', text, marks } : { type: 'text', text };
  };
  const para = (): JsonObject => ({ type: 'paragraph', content: [t()] });
  const alt = next();
  texts.push(alt);
  const content: Json[] = [
    {
      type: 'paragraph',
      content: [
        t(),
        t([{ type: 'bold' }]),
        { type: 'hardBreak' },
        t([{ type: 'italic' }, { type: 'code' }]),
        t([{ type: 'link', attrs: { href: 'https://example.co.ke/' } }]),
      ],
    },
    ...[2, 3, 4].map((level) => ({ type: 'heading', attrs: { level }, content: [t()] })),
    { type: 'bulletList', content: [{ type: 'listItem', content: [para()] }] },
    { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [para()] }] },
    { type: 'blockquote', content: [para()] },
    { type: 'codeBlock', attrs: { language: 'html' }, content: [t()] },
    { type: 'horizontalRule' },
    { type: 'image', attrs: { src: SAFE_IMAGE, alt } },
  ];
  return { doc: { type: 'doc', content }, texts };
}

// ---- talking to the server ----

function apiFor(url: string, cookie: string): Api {
  return async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, origin: url, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as ApiResult['body'] };
  };
}

/** Signs an account up, verifies it through the dev mailbox and signs in; returns the cookie. */
async function signedIn(url: string, email: string): Promise<string> {
  const password = 'a long enough pass phrase';
  const post = (path: string, body: unknown) =>
    fetch(`${url}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify(body),
    });
  expect((await post('/sign-up/email', { email, password, name: 'Amani' })).status).toBe(200);
  const link = await vi.waitFor(
    async () => {
      const res = await fetch(`${url}/api/dev/mailbox?to=${encodeURIComponent(email)}`);
      const list = (await res.json()) as { messages: { template: string; links: string[] }[] };
      const found = list.messages.find((m) => m.template === 'verify_email')?.links[0];
      if (!found) throw new Error('no verification mail yet');
      return new URL(found);
    },
    { timeout: 20_000, interval: 50 },
  );
  await fetch(`${url}${link.pathname}${link.search}`, { redirect: 'manual' });
  const signIn = await post('/sign-in/email', { email, password });
  expect(signIn.status).toBe(200);
  return signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const issuesOf = (r: ApiResult): Issue[] => r.body.error?.details?.issues ?? [];

// ---- pages full of payloads ----

interface Injection {
  /** `hero.actions[0].label`: what a failure names. */
  label: string;
  /** The issue path the server would use for this field. */
  at: string;
  texts: string[];
  /** Puts a shorter payload in (when the field holds fewer characters). */
  refit?: (max: number) => void;
}
interface SectionInput {
  type: string;
  props: JsonObject;
}
interface PayloadPage {
  title: string;
  seo: { description: string };
  sections: SectionInput[];
  injections: Injection[];
}
type Next = ReturnType<typeof payloadSource>;

/** Navigation first and footer last, as the page rules require. */
function inPageOrder(registry: SectionSpec[]): SectionSpec[] {
  const rank = (s: SectionSpec) => (s.type === 'navigation' ? -1 : s.type === 'footer' ? 1 : 0);
  return [...registry].sort((a, b) => rank(a) - rank(b));
}

/**
 * Every section type in its `layout.variant`-th layout, with a payload in every free-text field.
 * With `layout.images`, every image gets a source (an image without one renders no alt text);
 * without, the fallbacks that stand in for a missing image (a logo's name) show instead.
 */
function payloadPage(
  registry: SectionSpec[],
  layout: { variant: number; images: boolean },
  next: Next,
): PayloadPage {
  const title = next(120);
  const description = next(200);
  const injections: Injection[] = [
    { label: 'page title', at: 'title', texts: [title] },
    { label: 'page description', at: 'seo.description', texts: [description] },
  ];
  const sections = inPageOrder(registry).map((spec, index) => {
    const props = structuredClone(spec.defaults);
    const variant = spec.variants[layout.variant % spec.variants.length];
    if (variant) props.variant = variant.id;
    for (const slot of slotsOf(spec.fields, props)) {
      const propPath = formatPath(slot.path);
      const base = { label: `${spec.type}.${propPath}`, at: `sections[${index}].props.${propPath}` };
      if (slot.kind === 'text' && !isFormatted(spec.type, propPath)) {
        const injection: Injection = { ...base, texts: [next()] };
        injection.refit = (max) => {
          injection.texts = [next(max)];
          setAt(props, slot.path, injection.texts[0] ?? '');
        };
        setAt(props, slot.path, injection.texts[0] ?? '');
        injections.push(injection);
      } else if (slot.kind === 'image-src' && layout.images) {
        setAt(props, slot.path, SAFE_IMAGE);
      } else if (slot.kind === 'richtext') {
        const { doc, texts } = richDoc(next);
        setAt(props, slot.path, doc);
        injections.push({ ...base, texts });
      }
    }
    return { type: spec.type, props };
  });
  return { title, seo: { description }, sections, injections };
}

/**
 * Saves the page's draft. A field shorter than a payload is refused with its limit; it then gets a
 * short payload. Any other refusal of a free-text field fails the test.
 */
async function saveFitted(api: Api, pagePath: string, page: PayloadPage): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const { title, seo, sections } = page;
    const res = await api('PUT', pagePath, { title, seo, sections });
    if (res.status === 200) return;
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    const unfitting = issuesOf(res).filter((issue) => {
      const max = /under (\d+) characters/.exec(issue.message)?.[1];
      const injection = page.injections.find((i) => i.at === issue.path);
      if (!max || !injection?.refit) return true;
      injection.refit(Number(max));
      return false;
    });
    expect(unfitting, 'free text refused for something other than its length').toEqual([]);
  }
  throw new Error(`${pagePath}: payloads still refused after fitting them to their fields`);
}

// ---- refusals ----

/**
 * Default props of one section with every address and formatted text made hostile. Over the
 * rounds 0..3 every link field gets every hostile address (round 0: all `javascript:`).
 */
function hostileSection(
  spec: SectionSpec,
  round: number,
  next: Next,
): { section: SectionInput; expected: Issue[] } {
  const props = structuredClone(spec.defaults);
  const expected: Issue[] = [];
  let k = 0;
  for (const slot of slotsOf(spec.fields, props)) {
    const propPath = formatPath(slot.path);
    const at = `sections[0].props.${propPath}`;
    if (slot.kind === 'href') {
      setAt(props, slot.path, HOSTILE_HREFS[(k++ + round) % HOSTILE_HREFS.length] ?? '');
      expected.push({ path: at, message: 'This link is not allowed' });
    } else if (slot.kind === 'image-src') {
      setAt(props, slot.path, HOSTILE_IMAGES[(k++ + round) % HOSTILE_IMAGES.length] ?? '');
      expected.push({ path: at, message: 'This image is not allowed' });
    } else if (slot.kind === 'text' && isFormatted(spec.type, propPath)) {
      setAt(props, slot.path, next(60));
      expected.push({ path: at, message: '' });
    }
  }
  return { section: { type: spec.type, props }, expected };
}

/** A rich-text body with one forbidden thing per block; `at` is the path of each refusal. */
function hostileRichText(prefix: string): { body: Json; refusals: { at: string; message: RegExp }[] } {
  const content: Json[] = [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:window.__xss=1' } }] },
      ],
    },
    { type: 'image', attrs: { src: 'data:image/svg+xml,<svg onload="window.__xss=1"/>', alt: '' } },
    { type: 'image', attrs: { src: 'javascript:window.__xss=1', alt: '' } },
    { type: 'image', attrs: { src: SAFE_IMAGE, alt: '', onerror: 'window.__xss=1' } },
    { type: 'paragraph', attrs: { onclick: 'window.__xss=1' }, content: [{ type: 'text', text: 'x' }] },
    {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'x',
          marks: [{ type: 'link', attrs: { href: '/a', onmouseover: 'window.__xss=1' } }],
        },
      ],
    },
    { type: 'html', content: [{ type: 'text', text: '<script>window.__xss=1</script>' }] },
    { type: 'codeBlock', attrs: { language: '"><script>' }, content: [{ type: 'text', text: 'x' }] },
  ];
  const at = (p: string) => `${prefix}.content${p}`;
  const refusals = [
    { at: at('[0].content[0].marks[0].attrs.href'), message: /not allowed/ },
    { at: at('[1].attrs.src'), message: /not allowed/ },
    { at: at('[2].attrs.src'), message: /not allowed/ },
    { at: at('[3].attrs'), message: /"onerror"/ },
    { at: at('[4]'), message: /"attrs"/ },
    { at: at('[5].content[0].marks[0].attrs'), message: /"onmouseover"/ },
    { at: at('[6].type'), message: /"html" is not a block/ },
    { at: at('[7].attrs.language'), message: /language/ },
  ];
  return { body: { type: 'doc', content }, refusals };
}

// ---- in the browser ----

interface Inspection {
  /** `typeof window.__xss` once the page has loaded and settled. */
  xss: string;
  /** Dialogs opened and uncaught page errors. */
  problems: string[];
  consoleErrors: string[];
  /** Markup that could run script: `on*` attributes, script URLs, scripts holding a payload. */
  hazards: string[];
  /** The page's text and every attribute value: where a kept payload must show up literally. */
  text: string;
  visible: string;
  csp: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'xlink:href'];

async function inspect(context: BrowserContext, url: string): Promise<Inspection> {
  const page = await context.newPage();
  const problems: string[] = [];
  const consoleErrors: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const res = await page.goto(url, { waitUntil: 'load' });
  expect(res?.status(), url).toBe(200);
  // Injected handlers would fire on parse or load; give queued ones (ontoggle) a turn.
  await page.evaluate(async () => {
    window.scrollTo(0, document.body.scrollHeight);
    await new Promise((resolve) => setTimeout(resolve, 150));
  });
  const found = await page.evaluate((urlAttributes) => {
    const hazards: string[] = [];
    const attributes: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        attributes.push(a.value);
        if (a.name.startsWith('on')) hazards.push(`<${el.localName} ${a.name}>`);
        if (urlAttributes.includes(a.name) && /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value)) {
          hazards.push(`<${el.localName} ${a.name}="${a.value}">`);
        }
      }
    }
    for (const s of Array.from(document.scripts))
      if (s.text.includes('__xss')) hazards.push('<script> with a payload');
    for (const el of Array.from(document.querySelectorAll('iframe, object, embed')))
      hazards.push(`<${el.localName}>`);
    return {
      xss: typeof (window as Window & { __xss?: unknown }).__xss,
      hazards,
      text: [document.title, document.documentElement.textContent ?? '', ...attributes].join('\n'),
      visible: document.body.innerText,
    };
  }, URL_ATTRIBUTES);
  await page.close();
  return { ...found, problems, consoleErrors, csp: res?.headers()['content-security-policy'] ?? '' };
}

/** The sources that decide which scripts may run: script-src* directives, else default-src. */
function scriptSources(csp: string): string[] {
  const directives = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0] !== undefined && d[0] !== '');
  const scripts = directives.filter((d) => d[0]?.startsWith('script-src'));
  const deciding = scripts.length > 0 ? scripts : directives.filter((d) => d[0] === 'default-src');
  expect(deciding, `a CSP that governs scripts: ${csp}`).not.toEqual([]);
  return deciding.flatMap((d) => d.slice(1));
}

function expectNoInlineScript(csp: string): void {
  const sources = scriptSources(csp);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:']) {
    expect(sources, csp).not.toContain(unsafe);
  }
}

describe.skipIf(!chromiumPath)('XSS payloads in site content, in Chromium', () => {
  const appSlug = 'xss-bazaar';
  let server: Runtime;
  let browser: Browser;
  let api: Api;
  let appId: string;
  let registry: SectionSpec[];
  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
    api = apiFor(server.url, await signedIn(server.url, 'amani@xss-bazaar.co.ke'));
    const created = await api('POST', '/api/v1/apps', {
      name: 'XSS Bazaar',
      slug: appSlug,
      starter: 'business-meridian',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    appId = String(created.body.id);
    registry = (await api('GET', '/api/v1/sections')).body.sections as unknown as SectionSpec[];
    expect(registry.length).toBeGreaterThan(10);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A new, empty draft page; returns its API path. */
  async function newPage(slug: string): Promise<string> {
    const res = await api('POST', `/api/v1/apps/${appId}/pages`, { title: slug, slug });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return `/api/v1/apps/${appId}/pages/${String(res.body.id)}`;
  }

  it('refuses javascript:/data: links and images and malformed ids in every section type, naming each field', async () => {
    const pagePath = await newPage('xss-refused-fields');
    // A new page starts with the site's navigation and footer; refused saves must leave it as it was.
    const before = (await api('GET', pagePath)).body;
    const next = payloadSource();
    for (let round = 0; round < HOSTILE_HREFS.length; round++) {
      for (const spec of registry) {
        const { section, expected } = hostileSection(spec, round, next);
        expect(expected, `${spec.type} has an address or id to attack`).not.toEqual([]);
        const res = await api('PUT', pagePath, { sections: [section] });
        expect(res.status, spec.type).toBe(422);
        const issues = issuesOf(res);
        expect(issues.map((i) => i.path).sort(), spec.type).toEqual(expected.map((e) => e.path).sort());
        for (const e of expected)
          expect(issues.find((i) => i.path === e.path)?.message, e.path).toContain(e.message);
      }
    }
    // Nothing of it was saved.
    const after = (await api('GET', pagePath)).body;
    expect(after.version).toBe(before.version);
    expect(after.sections).toEqual(before.sections);
  });

  it('refuses rich text with script links, data:/javascript: images, unknown attributes and nodes', async () => {
    const pagePath = await newPage('xss-refused-rich-text');
    const withRichText = registry.filter((s) =>
      slotsOf(s.fields, s.defaults).some((f) => f.kind === 'richtext'),
    );
    expect(withRichText).not.toEqual([]);
    for (const spec of withRichText) {
      for (const slot of slotsOf(spec.fields, spec.defaults).filter((f) => f.kind === 'richtext')) {
        const props = structuredClone(spec.defaults);
        const { body, refusals } = hostileRichText(`sections[0].props.${formatPath(slot.path)}`);
        setAt(props, slot.path, body);
        const res = await api('PUT', pagePath, { sections: [{ type: spec.type, props }] });
        expect(res.status, spec.type).toBe(422);
        const issues = issuesOf(res);
        expect(issues.map((i) => i.path).sort()).toEqual(refusals.map((r) => r.at).sort());
        for (const r of refusals)
          expect(issues.find((i) => i.path === r.at)?.message, r.at).toMatch(r.message);
      }
    }
  });

  it('shows every payload as literal text on the published pages, and none of them runs', async () => {
    const next = payloadSource();
    const variantCount = Math.max(...registry.map((s) => s.variants.length));
    const published: { url: string; page: PayloadPage }[] = [];
    for (let i = 0; i < variantCount * 2; i++) {
      const slug = `xss-layout-${i + 1}`;
      const pagePath = await newPage(slug);
      const page = payloadPage(registry, { variant: i % variantCount, images: i < variantCount }, next);
      await saveFitted(api, pagePath, page);
      const res = await api('POST', `${pagePath}/publish`, {});
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      published.push({ url: `${server.url}/s/${appSlug}/${slug}`, page });
    }

    const contexts = [
      { name: 'with its CSP', context: await browser.newContext() },
      { name: 'with CSP bypassed', context: await browser.newContext({ bypassCSP: true }) },
    ];
    const seen: Inspection[] = [];
    for (const { url } of published) {
      for (const { name, context } of contexts) {
        const r = await inspect(context, url);
        const where = `${url} ${name}`;
        expect(r.xss, where).toBe('undefined');
        expect(r.problems, where).toEqual([]);
        expect(r.hazards, where).toEqual([]);
        expect(r.consoleErrors, where).toEqual([]);
        expectNoInlineScript(r.csp);
        seen.push(r);
      }
    }
    for (const { context } of contexts) await context.close();

    const text = seen.map((r) => r.text).join('\n');
    // A field counts as shown when its payload appears in at least one layout.
    const shown = new Set(
      published
        .flatMap((p) => p.page.injections)
        .filter((i) => i.texts.every((t) => text.includes(t)))
        .map((i) => i.label),
    );
    const labels = new Set(published.flatMap((p) => p.page.injections.map((i) => i.label)));
    const dropped = [...labels].filter((label) => !shown.has(label) && !(label in NOT_SHOWN));
    expect(dropped, 'payloads missing from every rendering').toEqual([]);
    for (const label of Object.keys(NOT_SHOWN)) expect(shown.has(label), `${label} is shown now`).toBe(false);
    const visible = seen.map((r) => r.visible).join('\n');
    for (const payload of PAYLOADS) expect(visible, 'payload shown as text').toContain(payload);
  });

  it('shows a payload success message as text after a visitor sends the contact form', async () => {
    const contact = registry.filter((s) => s.type === 'contact');
    expect(contact).toHaveLength(1);
    const pagePath = await newPage('xss-contact');
    const page = payloadPage(contact, { variant: 0, images: true }, payloadSource());
    await saveFitted(api, pagePath, page);
    expect((await api('POST', `${pagePath}/publish`, {})).status).toBe(200);
    const success = page.injections.find((i) => i.label === 'contact.successMessage')?.texts[0];
    expect(success).toBeDefined();

    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    tab.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await tab.goto(`${server.url}/s/${appSlug}/xss-contact`);
    const form = tab.locator('form[data-qs-form]');
    for (const control of await form.locator('input[required], textarea[required]').all()) {
      const type = await control.getAttribute('type');
      await control.fill(
        type === 'tel' ? '+254 712 345 678' : type === 'email' ? 'amani@example.co.ke' : 'Habari',
      );
    }
    await form.locator('[type=submit]').click();
    const notice = tab.getByRole('status');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toBe(success);
    await expect(tab.evaluate(() => typeof (window as Window & { __xss?: unknown }).__xss)).resolves.toBe(
      'undefined',
    );
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('serves public pages with a CSP that lets no inline script or handler run', async () => {
    const res = await fetch(`${server.url}/s/${appSlug}/`);
    expect(res.status).toBe(200);
    expectNoInlineScript(res.headers.get('content-security-policy') ?? '');
  });
});
