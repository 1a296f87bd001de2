/**
 * The page fixture of bench/render.ts, and the worker that renders it on another thread.
 *
 * A page has 20 sections built from the registry's defaults: navigation first, footer last, and
 * every other section type in between, cycling. Page `n` is distinct: its title and the heading of
 * every section carry `n`, so no two renders produce the same HTML. The per-page CSS cache
 * (`pageCss`, keyed by design system, theme and section types) is shared between them, as it is in
 * production, where every page of a site uses it.
 *
 * Run as a worker (bench/render.ts starts it), it says `'ready'` once loaded, then answers each
 * `{ from, to }` with the number of pages rendered and their total size, so nothing it renders can
 * be optimised away.
 */
import { parentPort } from 'node:worker_threads';
import { EMPTY_THEME, renderSitePath, type SiteSnapshot } from '@qspace/content';
import { DESIGN_SYSTEMS, SECTIONS, type SectionInstance } from '@qspace/site-kit';

export const SECTIONS_PER_PAGE = 20;

const nav = SECTIONS.find((s) => s.type === 'navigation');
const footer = SECTIONS.find((s) => s.type === 'footer');
const middle = SECTIONS.filter((s) => s.type !== 'navigation' && s.type !== 'footer');
const designSystem = DESIGN_SYSTEMS[0]?.id ?? '';
const loc = { origin: 'http://127.0.0.1/s/bench-site/', basePath: '/s/bench-site' };

/** Section types of the fixture page, in order. */
export const SECTION_TYPES = [
  nav?.type,
  ...Array.from({ length: SECTIONS_PER_PAGE - 2 }, (_, i) => middle[i % middle.length]?.type),
  footer?.type,
].filter((t): t is (typeof SECTIONS)[number]['type'] => t !== undefined);

/** A section's default props, with its heading (if it has one) made unique to page `n`. */
function sectionProps(type: string, n: number): Record<string, unknown> {
  const defaults: Record<string, unknown> = { ...SECTIONS.find((s) => s.type === type)?.defaults };
  for (const key of ['heading', 'title']) {
    const value = defaults[key];
    if (typeof value === 'string' && value) defaults[key] = `${value} (page ${n})`;
  }
  return defaults;
}

/** The sections of page `n`. */
export function pageSections(n: number): SectionInstance[] {
  return SECTION_TYPES.map((type, i) => ({ id: `s${i}`, type, props: sectionProps(type, n) }));
}

/** A one-page published site whose home page is page `n`. */
export function snapshotFor(n: number): SiteSnapshot {
  const now = new Date('2026-11-23T09:00:00Z');
  return {
    appId: '00000000-0000-7000-8000-000000000001',
    name: 'Bench Café',
    slug: 'bench-site',
    version: 1,
    designSystem,
    tagline: 'Coffee and bench marks',
    theme: EMPTY_THEME,
    customDomain: null,
    pages: [
      {
        id: '00000000-0000-7000-8000-000000000002',
        slug: '',
        title: `Home ${n}`,
        isHome: true,
        inNav: true,
        seo: { title: '', description: `Page ${n} of the render benchmark.`, image: '', noindex: false },
        sections: pageSections(n),
        publishedAt: now,
      },
    ],
    posts: [],
    images: new Map(),
  };
}

/** Renders a site's home page through the production path (`renderSitePath`); returns the HTML. */
export function renderHome(snapshot: SiteSnapshot): string {
  const page = renderSitePath(snapshot, '/', loc);
  if (page.status !== 200) throw new Error(`the home page rendered as ${page.status}`);
  return page.html;
}

/** Renders pages `from` (inclusive) to `to` (exclusive); returns the total HTML length. */
export function renderRange(from: number, to: number): number {
  let bytes = 0;
  for (let n = from; n < to; n++) bytes += renderHome(snapshotFor(n)).length;
  return bytes;
}

export interface RangeRequest {
  from: number;
  to: number;
}

export interface RangeResult {
  pages: number;
  bytes: number;
}

parentPort?.on('message', ({ from, to }: RangeRequest) => {
  const result: RangeResult = { pages: to - from, bytes: renderRange(from, to) };
  parentPort?.postMessage(result);
});
parentPort?.postMessage('ready');
