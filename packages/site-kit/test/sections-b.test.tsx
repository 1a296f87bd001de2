/**
 * Sections B (cta, team, stats, logos, image-text, blog-list, products): each variant renders its
 * defaults with a sound heading outline, typed markup stays text, unsafe links and images are
 * refused with their path, and the editor has a field for every prop.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SectionDefinition } from '../src/registry/types.js';
import type { PostSummary, RenderContext } from '../src/render/context.js';
import { blogList } from '../src/sections/blog-list.js';
import { cta } from '../src/sections/cta.js';
import { imageText } from '../src/sections/image-text.js';
import { logos } from '../src/sections/logos.js';
import { products } from '../src/sections/products.js';
import { stats } from '../src/sections/stats.js';
import { team } from '../src/sections/team.js';

const SECTIONS = [cta, team, stats, logos, imageText, blogList, products] as const;
const KES = new Intl.NumberFormat('en-KE', { maximumFractionDigits: 0 });

function post(n: number, overrides: Partial<PostSummary> = {}): PostSummary {
  return {
    title: `Post ${n}`,
    href: `/blog/post-${n}`,
    excerpt: `Excerpt ${n}`,
    publishedAt: `2025-03-0${n}T08:00:00.000Z`,
    cover: { src: `/img/${n}.webp`, width: 1200, height: 800 },
    coverAlt: `Cover ${n}`,
    tags: ['Tips'],
    author: 'Wanjiku',
    ...overrides,
  };
}

/** A context like the renderer's, with visible markers so tests can see what went through it. */
function testCtx(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    site: { name: 'Mama Oliech Kitchen', logo: null },
    primaryHeadingId: null,
    nav: [],
    posts: [post(1), post(2), post(3), post(4)],
    href: (stored) => (stored.startsWith('page:') ? `/${stored.slice(5)}` : stored),
    image: (src) =>
      src.startsWith('https://') ? { src, srcSet: `${src}?w=640 640w`, width: 800, height: 600 } : null,
    formAction: (id) => `/_form/${id}`,
    formSent: null,
    formatPrice: (cents) => `KSh ${KES.format(cents / 100)}`,
    formatDate: (iso) => `date(${iso.slice(0, 10)})`,
    ...overrides,
  };
}

// The registry holds definitions of many prop types side by side; tests treat props as plain records.
type AnySection = SectionDefinition;
function render(def: AnySection, props: unknown, ctx = testCtx(), id = 's1'): string {
  const parsed = def.schema.parse(props);
  return renderToStaticMarkup(<def.Component props={parsed} ctx={ctx} id={id} />);
}

function withProps(def: AnySection, patch: Record<string, unknown>): Record<string, unknown> {
  return { ...(def.defaults as Record<string, unknown>), ...patch };
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

function issuePaths(def: AnySection, props: unknown): string[] {
  const result = def.schema.safeParse(props);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe.each(SECTIONS.map((s) => [s.type, s as AnySection] as const))('%s section', (type, def) => {
  it('has valid defaults', () => {
    expect(def.schema.safeParse(def.defaults).success).toBe(true);
  });

  it('has an editor field for every top-level prop, and no extra', () => {
    const shape = (def.schema as unknown as { shape: Record<string, unknown> }).shape;
    expect(Object.keys(def.fields).sort()).toEqual(Object.keys(shape).sort());
  });

  it('scopes every CSS rule under its own class', () => {
    const selectors = def.css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media[^{]*\{/g, '')
      .match(/[^{}]+(?=\{)/g);
    expect(selectors?.length).toBeGreaterThan(5);
    for (const group of selectors ?? []) {
      for (const sel of group.split(',')) expect(sel.trim()).toMatch(new RegExp(`^\\.qs-${type}\\b`));
    }
  });

  it('refuses unknown props with their name', () => {
    expect(issuePaths(def, withProps(def, { onclick: 'x' }))).toEqual(['']);
    const result = def.schema.safeParse(withProps(def, { onclick: 'x' }));
    expect(result.success ? '' : result.error.message).toContain('onclick');
  });

  it.each(def.variants.map((v) => v.id))(
    'renders the %s variant as a labelled section with h2 then h3',
    (variant) => {
      const html = render(def, withProps(def, { variant, anchor: 'here', tone: 'alt' }));
      expect(html).toMatch(/^<section class="qs-section qs-[a-z-]+ [^"]*qs-section--alt"/);
      expect(html).toContain(`class="qs-section qs-${type} qs-${type}--${variant}`);
      expect(html).toContain('id="here"');
      expect(html).toContain('aria-labelledby="s1-title"');
      expect(html).toMatch(/<h2 id="s1-title"/);
      const levels = headingLevels(html);
      expect(levels[0]).toBe(2);
      // No level is skipped on the way down (h2 → h3 → h4).
      levels.forEach((l, i) => {
        expect(l - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
      });
      expect(html).not.toContain('<script');
    },
  );

  it('prints the variant list in the editor select', () => {
    const field = def.fields.variant;
    expect(field?.kind).toBe('select');
    const values = field?.kind === 'select' ? field.options.map((o) => o.value) : [];
    expect(values).toEqual(def.variants.map((v) => v.id));
    expect(def.variants.length).toBeGreaterThanOrEqual(2);
  });

  it('shows markup typed into the title as text', () => {
    const html = render(def, withProps(def, { title: '<script>alert(1)</script>' }));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders the inverse tone and no id when the anchor is empty', () => {
    const html = render(def, withProps(def, { tone: 'inverse', anchor: '' }));
    expect(html).toMatch(/^<section class="[^"]*qs-section--inverse"/);
    expect(html).not.toMatch(/^<section[^>]* id=/);
  });

  it('refuses a bad anchor id', () => {
    expect(issuePaths(def, withProps(def, { anchor: 'Not ok!' }))).toEqual(['anchor']);
  });
});

describe('unsafe links and images are refused with the field path', () => {
  const cases: [AnySection, Record<string, unknown>, string][] = [
    [cta, { actions: [{ label: 'Go', href: 'javascript:alert(1)' }] }, 'actions.0.href'],
    [imageText, { actions: [{ label: 'Go', href: 'JavaScript:alert(1)' }] }, 'actions.0.href'],
    [imageText, { image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: '' } }, 'image.src'],
    [blogList, { allPostsHref: 'javascript:void(0)' }, 'allPostsHref'],
  ];
  it.each(cases)('%#: %s', (def, patch, path) => {
    const result = def.schema.safeParse(withProps(def, patch));
    expect(result.success).toBe(false);
    expect(issuePaths(def, withProps(def, patch))).toEqual([path]);
    expect(result.error?.message).toContain('not allowed');
  });

  it('refuses a javascript: link and a data: image inside list items', () => {
    const member = {
      name: 'A',
      role: '',
      bio: '',
      photo: { src: 'data:image/png;base64,AAAA', alt: '' },
      href: '',
    };
    expect(issuePaths(team, withProps(team, { members: [member] }))).toEqual(['members.0.photo.src']);
    const logo = { name: 'A', image: { src: '', alt: '' }, href: 'javascript:alert(1)' };
    expect(issuePaths(logos, withProps(logos, { logos: [logo] }))).toEqual(['logos.0.href']);
    const item = { ...products.defaults.items[0], href: 'javascript:alert(1)' };
    expect(issuePaths(products, withProps(products, { items: [item] }))).toEqual(['items.0.href']);
    const pic = { ...products.defaults.items[0], image: { src: 'data:image/png;base64,AAAA', alt: '' } };
    expect(issuePaths(products, withProps(products, { items: [pic] }))).toEqual(['items.0.image.src']);
  });
});

describe('cta', () => {
  it('prints buttons through ctx.href and skips unfinished ones', () => {
    const actions = [
      { label: 'See services', href: 'page:services' },
      { label: '', href: '#contact' },
    ];
    const html = render(cta, withProps(cta, { actions }));
    expect(html).toContain('<a class="qs-button" href="/services">See services</a>');
    expect(html).not.toContain('#contact');
  });
});

describe('team', () => {
  it('shows initials when a member has no photo, and the photo when it resolves', () => {
    const members = [
      { name: 'Wanjiku Kamau', role: 'Founder', bio: 'Bio', photo: { src: '', alt: '' }, href: '' },
      {
        name: 'Brian',
        role: 'Ops',
        bio: '',
        photo: { src: 'https://cdn.example/b.jpg', alt: 'Brian' },
        href: 'page:brian',
      },
    ];
    const html = render(team, withProps(team, { members }));
    expect(html).toContain('aria-hidden="true">WK</div>');
    expect(html).toMatch(
      /<img src="https:\/\/cdn.example\/b.jpg" srcSet="[^"]+" [^>]*alt="Brian" loading="lazy"/,
    );
    expect(html).toContain('<a href="/brian">Brian</a>');
  });

  it('shows bios only in the list layout', () => {
    expect(render(team, withProps(team, { variant: 'grid' }))).not.toContain('qs-team__bio');
    expect(render(team, withProps(team, { variant: 'list-with-bios' }))).toContain('qs-team__bio');
  });
});

describe('stats', () => {
  it('pairs each label with its number in a description list', () => {
    const html = render(stats, stats.defaults);
    expect(html).toContain(
      '<dt class="qs-stats__label">Happy clients</dt><dd class="qs-stats__value">1,500+</dd>',
    );
  });
});

describe('logos', () => {
  it('falls back to a wordmark, and uses the name as alt text for an image without one', () => {
    const list = [
      { name: 'Kilele Tech', image: { src: '', alt: '' }, href: '' },
      { name: 'Jambo', image: { src: 'https://cdn.example/j.svg', alt: '' }, href: 'https://jambo.example' },
    ];
    const html = render(logos, withProps(logos, { logos: list }));
    expect(html).toContain('<span class="qs-logos__wordmark">Kilele Tech</span>');
    expect(html).toMatch(/<a href="https:\/\/jambo.example"><img [^>]*alt="Jambo"/);
  });
});

describe('image-text', () => {
  it('uses h1 when it holds the page’s primary heading, h2 otherwise', () => {
    const primary = render(imageText, imageText.defaults, testCtx({ primaryHeadingId: 's1' }));
    expect(headingLevels(primary)).toEqual([1]);
    expect(headingLevels(render(imageText, imageText.defaults))).toEqual([2]);
  });

  it('splits the body into paragraphs on blank lines', () => {
    const html = render(imageText, withProps(imageText, { body: 'One\n\nTwo <b>bold</b>' }));
    expect(html).toContain('<p>One</p><p>Two &lt;b&gt;bold&lt;/b&gt;</p>');
  });

  it('shows a neutral panel when the image cannot be resolved, and the image when it can', () => {
    expect(render(imageText, imageText.defaults)).toContain('qs-image-text__media--empty');
    const image = { src: 'https://cdn.example/a.jpg', alt: 'Our shop on Moi Avenue' };
    const html = render(imageText, withProps(imageText, { image }));
    expect(html).toMatch(
      /<img [^>]*width="800" height="600" alt="Our shop on Moi Avenue" loading="lazy" decoding="async"/,
    );
  });
});

describe('blog-list', () => {
  it('renders up to `limit` posts with links, covers, dates and excerpts', () => {
    const html = render(blogList, withProps(blogList, { limit: 3 }));
    expect(html.match(/<article/g)).toHaveLength(3);
    expect(html).toContain('<a href="/blog/post-1">Post 1</a>');
    expect(html).toContain('<time dateTime="2025-03-01T08:00:00.000Z">date(2025-03-01)</time>');
    expect(html).toMatch(/<img src="\/img\/1.webp" [^>]*alt="Cover 1"/);
    expect(html).toContain('Excerpt 2');
    expect(html).not.toContain('Post 4');
    expect(html).toContain('href="/blog">Read all posts</a>');
  });

  it('shows the empty-state message and no "all posts" link when there are no posts', () => {
    const html = render(blogList, blogList.defaults, testCtx({ posts: [] }));
    expect(html).toContain(`<p class="qs-blog-list__empty">${blogList.defaults.emptyMessage}</p>`);
    expect(html).not.toContain('<article');
    expect(html).not.toContain('Read all posts');
  });

  it('features only the first post in featured-first, and skips covers in the list layout', () => {
    const featured = render(blogList, withProps(blogList, { variant: 'featured-first' }));
    expect(featured.match(/qs-blog-list__post--featured/g)).toHaveLength(1);
    expect(render(blogList, withProps(blogList, { variant: 'list' }))).not.toContain('<img');
  });

  it('escapes post titles and refuses limits outside 1–12', () => {
    const ctx = testCtx({ posts: [post(1, { title: '<script>x</script>' })] });
    expect(render(blogList, blogList.defaults, ctx)).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(issuePaths(blogList, withProps(blogList, { limit: 13 }))).toEqual(['limit']);
    expect(issuePaths(blogList, withProps(blogList, { limit: 0 }))).toEqual(['limit']);
  });
});

describe('products', () => {
  const item = (name: string, category: string, price: number) => ({
    name,
    description: '',
    price,
    image: { src: '', alt: '' },
    category,
    badge: '',
    href: '',
  });

  it('groups the menu by category in order of first appearance and prints KES prices', () => {
    const items = [
      item('Chai', 'Drinks', 15000),
      item('Nyama choma', 'Mains', 125000),
      item('Soda', 'Drinks', 8000),
    ];
    const html = render(products, withProps(products, { variant: 'menu', items }));
    const categories = [...html.matchAll(/<h3 class="qs-products__category">([^<]+)<\/h3>/g)].map(
      (m) => m[1],
    );
    expect(categories).toEqual(['Drinks', 'Mains']);
    const drinks = html.slice(html.indexOf('>Drinks<'), html.indexOf('>Mains<'));
    expect(drinks).toContain('Chai');
    expect(drinks).toContain('Soda');
    expect(html).toContain('<data class="qs-products__price" value="1250.00">KSh 1,250</data>');
    expect(headingLevels(html)).toEqual([2, 3, 4, 4, 3, 4]);
  });

  it('uses h3 item names when the menu has no categories, and in the compact list', () => {
    const items = [item('Chai', '', 15000), item('Mandazi', '', 5000)];
    expect(headingLevels(render(products, withProps(products, { variant: 'menu', items })))).toEqual([
      2, 3, 3,
    ]);
    const compact = render(products, withProps(products, { variant: 'compact-list' }));
    expect(compact).not.toContain('qs-products__category');
    expect(compact).toContain('KSh 1,250');
  });

  it('shows cards with photo, badge, price and a named order link', () => {
    const items = [
      {
        ...item('Kikoy scarf', 'Textiles', 250000),
        badge: 'New',
        image: { src: 'https://cdn.example/k.jpg', alt: 'Striped kikoy' },
        href: 'https://wa.me/254712345678',
      },
    ];
    const html = render(products, withProps(products, { variant: 'cards', items }));
    expect(html).toMatch(/<img src="https:\/\/cdn.example\/k.jpg" [^>]*alt="Striped kikoy"/);
    expect(html).toContain('<span class="qs-products__badge">New</span>');
    expect(html).toContain('KSh 2,500');
    expect(html).toContain(
      '<a class="qs-button qs-products__order" href="https://wa.me/254712345678" aria-label="Order on WhatsApp: Kikoy scarf">Order on WhatsApp</a>',
    );
  });

  it('refuses fractional or negative prices', () => {
    for (const price of [12.5, -100]) {
      expect(issuePaths(products, withProps(products, { items: [item('Chai', '', price)] }))).toEqual([
        'items.0.price',
      ]);
    }
  });

  it('describes the price as a KES money field', () => {
    const field = products.fields.items;
    expect(field?.kind === 'list' ? field.fields.price : undefined).toEqual({
      kind: 'money',
      label: 'Price',
      currency: 'KES',
    });
  });
});
