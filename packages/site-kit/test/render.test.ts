import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DESIGN_SYSTEMS,
  type RenderContext,
  renderPage,
  SECTIONS,
  type SectionInstance,
  themeColorWarnings,
} from '../src/index.js';

const ctx: Omit<RenderContext, 'primaryHeadingId'> = {
  site: { name: 'Kilele Bakery', logo: null },
  nav: [
    { title: 'Home', href: '/', current: true },
    { title: 'About', href: '/about', current: false },
  ],
  posts: [],
  href: (s) => (s.startsWith('page:') ? `/${s.slice(5)}` : s),
  image: (src) => (src ? { src } : null),
  formAction: (id) => `/_forms/${id}`,
  formSent: null,
  formatPrice: (c) => `KSh ${c / 100}`,
  formatDate: (iso) => iso.slice(0, 10),
};

const section = (type: string, id = type): SectionInstance => ({
  id,
  type,
  props: structuredClone(SECTIONS.find((s) => s.type === type)?.defaults ?? {}) as Record<string, unknown>,
});

const ds = DESIGN_SYSTEMS[0] as (typeof DESIGN_SYSTEMS)[number];
const seo = {
  title: '',
  description: 'Fresh bread in Nakuru every morning since 2009, baked by hand.',
  image: '',
  noindex: false,
};

function render(sections: SectionInstance[], theme = {}) {
  return renderPage({
    site: { name: 'Kilele Bakery', faviconUrl: null },
    page: { title: 'Home', seo, sections },
    designSystem: ds,
    theme,
    ctx,
    canonicalUrl: 'https://kilele.example/',
    socialImageUrl: null,
  });
}

describe('renderPage', () => {
  it('builds a complete document: landmarks in order, one h1, title, description, canonical', () => {
    const { html } = render([section('navigation'), section('hero'), section('features'), section('footer')]);
    expect(html.startsWith('<!doctype html><html lang="en"><head>')).toBe(true);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    const order = ['<header', '<main id="main">', '<footer'].map((tag) => html.indexOf(tag));
    expect(order.every((v, i) => v > -1 && (i === 0 || v > (order[i - 1] as number)))).toBe(true);
    expect(html).toContain('<title>Home · Kilele Bakery</title>');
    expect(html).toContain(`<meta name="description" content="${seo.description}">`);
    expect(html).toContain('<link rel="canonical" href="https://kilele.example/">');
    expect(html).toContain('<a class="qs-skip" href="#main">');
  });

  it('gives a page without a hero a hidden h1 with its title', () => {
    const { html } = render([section('faq')]);
    expect(html).toContain('<h1 class="qs-visually-hidden">Home</h1>');
  });

  it('inlines only the CSS of the sections on the page, and preloads its fonts', () => {
    const withFaq = render([section('faq')]).html;
    const withPricing = render([section('pricing')]).html;
    expect(withFaq).toContain('.qs-faq');
    expect(withFaq).not.toContain('.qs-pricing');
    expect(withPricing).toContain('.qs-pricing');
    expect(withFaq).toMatch(
      /<link rel="preload" href="\/_site\/fonts\/[\w-]+\.[0-9a-f]{10}\.woff2" as="font"/,
    );
  });

  it('ships a script only when a section needs one, and returns the hash the CSP must allow', () => {
    expect(render([section('faq')]).scriptHashes).toEqual([]);
    const page = render([section('contact')]);
    const scripts = [...page.html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    expect(page.scriptHashes).toEqual(
      scripts.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`),
    );
  });

  it('keeps text on a custom brand color readable, and warns about a primary too light for the page', () => {
    const { html } = render([section('cta')], { primary: '#ffd84d' });
    expect(html).toMatch(/--qs-primary:#ffd84d;--qs-on-primary:#111111/);
    expect(themeColorWarnings(ds, { primary: '#ffd84d' })[0]).toContain('contrast');
    expect(themeColorWarnings(ds, { primary: '#1a4d8f' })).toEqual([]);
  });

  it('drops a section that fails to render and reports it, keeping the rest of the page', () => {
    const broken: SectionInstance = { id: 'bad', type: 'hero', props: { nonsense: true } };
    const errors: string[] = [];
    const { html } = renderPage({
      site: { name: 'Kilele Bakery', faviconUrl: null },
      page: { title: 'Home', seo, sections: [broken, section('faq')] },
      designSystem: ds,
      theme: {},
      ctx,
      canonicalUrl: 'https://kilele.example/',
      socialImageUrl: null,
      onSectionError: (_e, s) => errors.push(s.id),
    });
    expect(errors).toEqual(['bad']);
    expect(html).toContain('qs-faq');
  });
});
