/**
 * Sections A (navigation, hero, features, pricing, contact, testimonials, gallery, faq, footer) and
 * the client scripts: every variant renders its defaults with sound landmarks and headings, typed
 * markup stays text, unsafe links and images are refused with their path, the contact form keeps
 * its contract with the inbox, and the editor has a field for every prop.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { SectionDefinition } from '../src/registry/types.js';
import { CLIENT_SCRIPTS } from '../src/render/client-scripts.js';
import type { RenderContext } from '../src/render/context.js';
import { contact } from '../src/sections/contact.js';
import { faq } from '../src/sections/faq.js';
import { features } from '../src/sections/features.js';
import { footer } from '../src/sections/footer.js';
import { gallery } from '../src/sections/gallery.js';
import { hero } from '../src/sections/hero.js';
import { navigation } from '../src/sections/navigation.js';
import { pricing } from '../src/sections/pricing.js';
import { testimonials } from '../src/sections/testimonials.js';

const CONTENT = [hero, features, pricing, contact, testimonials, gallery, faq] as const;
const ALL = [navigation, ...CONTENT, footer] as const;
const PHOTO = 'https://cdn.example.com/photo.jpg';
const SCRIPT = '<script>alert(1)</script>';

/** A context like the renderer's, with visible markers so tests can see what went through it. */
function testCtx(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    site: { name: 'Jua Kali Works', logo: null },
    primaryHeadingId: null,
    nav: [
      { title: 'Home', href: '/', current: true },
      { title: 'About', href: '/about', current: false },
    ],
    posts: [],
    href: (stored) => (stored.startsWith('page:') ? `/resolved/${stored.slice(5)}` : stored),
    image: (src) =>
      src.startsWith('https://') ? { src, srcSet: `${src}?w=640 640w`, width: 800, height: 600 } : null,
    formAction: (id) => `/_form/${id}`,
    formSent: null,
    formatPrice: (cents) => `KSh ${(cents / 100).toLocaleString('en-KE')}`,
    formatDate: (iso) => iso.slice(0, 10),
    ...overrides,
  };
}

// The registry holds definitions of many prop types side by side; tests treat props as plain records.
type AnySection = SectionDefinition;
type Props = Record<string, unknown>;

function render(def: AnySection, props: unknown, ctx = testCtx(), id = 's1'): string {
  const parsed = def.schema.parse(props);
  return renderToStaticMarkup(<def.Component props={parsed} ctx={ctx} id={id} />);
}

const clone = (def: AnySection): Props => structuredClone(def.defaults) as Props;
const shapeOf = (def: AnySection) => (def.schema as unknown as { shape: Record<string, unknown> }).shape;
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

/** The tag and attributes of the first element matching `open` (e.g. `<form`, `<input id="x"`). */
function element(html: string, open: string): { tag: string; attrs: Record<string, string> } {
  const at = html.indexOf(open);
  const raw = at < 0 ? '' : html.slice(at, html.indexOf('>', at));
  const attrs = Object.fromEntries(
    [...raw.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]?.toLowerCase(), m[2]]),
  );
  return { tag: /^<(\w+)/.exec(raw)?.[1] ?? '', attrs };
}

function issuePaths(def: AnySection, props: unknown): string[] {
  const result = def.schema.safeParse(props);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

/** Every selector of a stylesheet, media queries unwrapped. */
function selectors(css: string): string[] {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/([^{}]+)\{[^{}]*\}/g)]
    .flatMap((m) => (m[1] ?? '').split(','))
    .map((s) => s.replace(/@media[^{]*$/, '').trim())
    .filter((s) => s !== '' && !s.startsWith('@'));
}

describe.each(ALL.map((s) => [s.type, s as AnySection] as const))('%s section', (type, def) => {
  it('has valid defaults, and its first variant is the default layout', () => {
    expect(def.schema.safeParse(def.defaults).success).toBe(true);
    expect(def.variants[0]?.id).toBe((def.defaults as Props).variant);
  });

  it('offers exactly the variants its schema accepts', () => {
    const variant = shapeOf(def).variant as { options: string[] };
    expect(def.variants.map((v) => v.id)).toEqual(variant.options);
    expect(def.variants.length).toBeGreaterThanOrEqual(2);
  });

  it('has an editor field for every top-level prop, and for every prop of list items', () => {
    const shape = shapeOf(def);
    expect(Object.keys(def.fields).sort()).toEqual(Object.keys(shape).sort());
    for (const [key, field] of Object.entries(def.fields)) {
      if (field.kind !== 'list') continue;
      const item = (shape[key] as { element: { shape?: Record<string, unknown> } }).element;
      if (item.shape) expect(Object.keys(field.fields).sort(), key).toEqual(Object.keys(item.shape).sort());
    }
  });

  it('refuses unknown props with their name', () => {
    expect(issuePaths(def, { ...clone(def), sneaky: 1 })).toEqual(['']);
  });

  it('scopes every CSS rule under its own class', () => {
    const all = selectors(def.css);
    expect(all.length).toBeGreaterThan(5);
    for (const sel of all) expect(sel, sel).toContain(`.qs-${type}`);
  });

  it('uses only design tokens for colors', () => {
    expect(def.css).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });

  it.each(def.variants.map((v) => v.id))('renders the %s variant from its defaults', (variant) => {
    const html = render(def, { ...clone(def), variant });
    expect(html).toContain(`qs-${type}--${variant}`);
    expect(html).not.toMatch(/<h1[\s>]/);
  });

  it('shows markup typed into any text prop as text', () => {
    for (const [key, field] of Object.entries(def.fields)) {
      if (field.kind !== 'text' && field.kind !== 'textarea') continue;
      const props = { ...clone(def), [key]: SCRIPT };
      if (!def.schema.safeParse(props).success) continue; // anchors, phone numbers: refused already
      const html = render(def, props);
      expect(html, key).not.toContain('<script');
      if (key !== 'formName') expect(html, key).toContain('&lt;script&gt;');
    }
  });
});

describe.each(CONTENT.map((s) => [s.type, s as AnySection] as const))('%s content section', (type, def) => {
  it.each(def.variants.map((v) => v.id))(
    '%s: a labelled section region with an h2 title and h3 items',
    (variant) => {
      const html = render(def, { ...clone(def), variant, anchor: 'here', tone: 'alt' });
      expect(html).toMatch(new RegExp(`^<section class="qs-section qs-${type} [^"]*qs-section--alt"`));
      expect(html).toContain('id="here"');
      expect(html).toContain('aria-labelledby="s1-title"');
      expect(html).toMatch(/<h2 id="s1-title"/);
      expect(Math.max(...headingLevels(html))).toBeLessThanOrEqual(3);
    },
  );

  it('uses the dark tone class and no id when the anchor is empty', () => {
    const html = render(def, { ...clone(def), anchor: '', tone: 'inverse' });
    expect(html).toContain('qs-section--inverse');
    expect(html).not.toMatch(/<section[^>]* id=/);
  });
});

describe('unsafe links and images are refused with the field path', () => {
  const cases: [AnySection, (p: Props) => void, string][] = [
    [hero, (p) => (((p.actions as Props[])[0] as Props).href = 'javascript:alert(1)'), 'actions.0.href'],
    [hero, (p) => ((p.image as Props).src = 'javascript:alert(1)'), 'image.src'],
    [navigation, (p) => (p.ctaHref = 'javascript:alert(1)'), 'ctaHref'],
    [
      features,
      (p) => (((p.items as Props[])[1] as Props).linkHref = 'JavaScript:alert(1)'),
      'items.1.linkHref',
    ],
    [pricing, (p) => (((p.plans as Props[])[0] as Props).ctaHref = ' javascript:void 0'), 'plans.0.ctaHref'],
    [
      testimonials,
      (p) => ((((p.items as Props[])[0] as Props).photo as Props).src = 'data:image/svg+xml,x'),
      'items.0.photo.src',
    ],
    [
      gallery,
      (p) => ((((p.items as Props[])[2] as Props).image as Props).src = 'javascript:x'),
      'items.2.image.src',
    ],
    [
      footer,
      (p) =>
        ((((p.columns as Props[])[0] as Props).links as Props[])[0] = { label: 'x', href: 'javascript:x' }),
      'columns.0.links.0.href',
    ],
    [footer, (p) => (((p.social as Props[])[0] as Props).href = 'vbscript:x'), 'social.0.href'],
    [contact, (p) => (p.whatsapp = 'javascript:alert(1)'), 'whatsapp'],
  ];
  it.each(cases.map(([def, mutate, path]) => [def.type, path, def, mutate] as const))(
    '%s %s',
    (_t, path, def, mutate) => {
      const props = clone(def);
      mutate(props);
      expect(issuePaths(def, props)).toEqual([path]);
    },
  );
});

describe('hero', () => {
  const withImage = { ...clone(hero), variant: 'split', image: { src: PHOTO, alt: 'Our team at work' } };

  it('titles itself with the page h1 only when it is the primary heading', () => {
    const primary = render(hero, withImage, testCtx({ primaryHeadingId: 's1' }));
    expect(headingLevels(primary)).toEqual([1]);
    expect(primary).toContain('<h1 id="s1-title"');
    const other = render(hero, withImage, testCtx({ primaryHeadingId: 'another' }));
    expect(headingLevels(other)).toEqual([2]);
  });

  it('loads the primary hero image eagerly with high priority, with srcset and size', () => {
    const html = render(hero, withImage, testCtx({ primaryHeadingId: 's1' }));
    expect(html).toMatch(/<img[^>]*src="https:\/\/cdn\.example\.com\/photo\.jpg"/);
    expect(html).toContain('srcSet="https://cdn.example.com/photo.jpg?w=640 640w"');
    expect(html).toMatch(
      /<img[^>]*width="800" height="600" alt="Our team at work" loading="eager" fetchPriority="high"/,
    );
    expect(render(hero, withImage)).toMatch(/<img[^>]*loading="lazy"/);
  });

  it('shows a neutral placeholder when the image cannot be resolved', () => {
    const html = render(hero, { ...withImage, image: { src: '/_site/missing.jpg', alt: 'x' } });
    expect(html).not.toContain('<img');
    expect(html).toContain('qs-hero__placeholder');
  });

  it('resolves button links through ctx.href and skips empty buttons', () => {
    const html = render(hero, {
      ...clone(hero),
      actions: [
        { label: 'About', href: 'page:about' },
        { label: '', href: '#x' },
      ],
    });
    expect(html).toContain('href="/resolved/about"');
    expect(html.match(/qs-button/g)).toHaveLength(1);
  });
});

describe('navigation', () => {
  it('renders a header landmark with a named nav, the current page marked', () => {
    const html = render(navigation, clone(navigation));
    expect(html).toMatch(/^<header class="qs-navigation qs-navigation--inline qs-navigation--sticky">/);
    expect(html).toContain('<nav class="qs-container qs-navigation__bar" aria-label="Main">');
    expect(html).toContain('<a href="/" aria-current="page">Home</a>');
    expect(html).toContain('<a href="/about">About</a>');
    expect(html).not.toMatch(/<h[1-6]/);
  });

  it('has a phone menu that works without JavaScript and has a visible name', () => {
    const html = render(navigation, clone(navigation));
    expect(html).toMatch(
      /<details class="qs-navigation__menu"><summary[^>]*>.*<span>Menu<\/span><\/summary>/,
    );
  });

  it('shows the logo with the site name as alt, or a wordmark', () => {
    const logo = { src: 'https://cdn.example.com/logo.png', width: 120, height: 40 };
    const withLogo = render(
      navigation,
      clone(navigation),
      testCtx({ site: { name: 'Jua Kali Works', logo } }),
    );
    expect(withLogo).toMatch(/<img src="https:\/\/cdn\.example\.com\/logo\.png"[^>]*alt="Jua Kali Works"/);
    expect(render(navigation, clone(navigation))).toContain(
      '<span class="qs-navigation__wordmark">Jua Kali Works</span>',
    );
    expect(withLogo).toContain('href="/resolved/"');
  });

  it('shows the button only when it has a label and a link', () => {
    expect(render(navigation, clone(navigation))).toContain(
      '<a class="qs-button" href="#contact">Book now</a>',
    );
    expect(render(navigation, { ...clone(navigation), ctaLabel: '' })).not.toContain('qs-button');
  });
});

describe('contact', () => {
  const html = render(contact, clone(contact), testCtx(), 'c7');

  it('posts to the inbox with the section id', () => {
    expect(element(html, '<form').attrs).toMatchObject({
      method: 'post',
      action: '/_form/c7',
      'data-qs-form': '',
    });
    expect(element(html, '<input type="hidden"').attrs).toMatchObject({ name: '_section', value: 'c7' });
  });

  it('labels every visible control', () => {
    const controls = [...html.matchAll(/<(input|textarea|select)([^>]*)>/g)].filter(
      (m) => !m[2]?.includes('type="hidden"'),
    );
    expect(controls.length).toBe(5); // four fields + honeypot
    for (const [, , attrs] of controls) {
      const id = /id="([^"]+)"/.exec(attrs ?? '')?.[1];
      expect(id).toBeDefined();
      expect(html).toContain(`<label for="${id}">`);
    }
  });

  it('uses field names, types and required as configured', () => {
    expect(element(html, '<input id="c7-name"').attrs).toMatchObject({
      name: 'name',
      required: '',
      type: 'text',
    });
    expect(element(html, '<input id="c7-phone"').attrs).toMatchObject({
      name: 'phone',
      required: '',
      type: 'tel',
    });
    const email = element(html, '<input id="c7-email"').attrs;
    expect(email).toMatchObject({ name: 'email', type: 'email', class: 'qs-input' });
    expect(email).not.toHaveProperty('required');
    expect(element(html, '<textarea id="c7-message"').attrs).toMatchObject({ name: 'message', required: '' });
  });

  it('hides a honeypot from people and assistive technology', () => {
    const hp = /<div class="qs-hp" aria-hidden="true">(.*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(element(hp, '<input').attrs).toMatchObject({
      name: 'company_website',
      type: 'text',
      tabindex: '-1',
      autocomplete: 'off',
    });
  });

  it('renders a choice field with its options', () => {
    const props = clone(contact);
    props.fields = [
      { name: 'service', label: 'Service', type: 'select', required: true, options: ['Repair', 'Install'] },
    ];
    const out = render(contact, props);
    expect(element(out, '<select').attrs).toMatchObject({ id: 's1-service', name: 'service', required: '' });
    expect(out).toContain('<option value="Repair">Repair</option>');
  });

  it('shows the success message instead of the form after a no-JS send', () => {
    const sent = render(contact, clone(contact), testCtx({ formSent: 'c7' }), 'c7');
    expect(sent).toContain('role="status"');
    expect(sent).toContain('Asante! Your message has been sent.');
    expect(sent).not.toContain('<form');
    expect(render(contact, clone(contact), testCtx({ formSent: 'other' }), 'c7')).toContain('<form');
  });

  it('shows details as tap-to-call, WhatsApp and mailto links in the details layout only', () => {
    expect(html).toContain('href="tel:+254712345678"');
    expect(html).toContain('href="https://wa.me/254712345678"');
    expect(html).toContain('href="mailto:hello@example.co.ke"');
    expect(render(contact, { ...clone(contact), variant: 'form-only' })).not.toContain('qs-contact__details');
  });

  it('refuses duplicate field names, the honeypot name and choice fields without choices', () => {
    const props = clone(contact);
    const f = (name: string, type = 'text', options: string[] = []) => ({
      name,
      label: name,
      type,
      required: false,
      options,
    });
    props.fields = [f('name'), f('name'), f('company_website'), f('topic', 'select')];
    expect(issuePaths(contact, props)).toEqual(['fields.1.name', 'fields.2.name', 'fields.3.options']);
    props.fields = [f('Name')];
    expect(issuePaths(contact, props)).toEqual(['fields.0.name']);
  });

  it('declares the form script', () => {
    expect(contact.clientFeatures).toEqual(['form']);
  });
});

describe('faq', () => {
  it.each(['accordion', 'split'])('%s: questions open with details/summary, no script', (variant) => {
    const html = render(faq, { ...clone(faq), variant });
    expect(html.match(/<details class="qs-faq__item"><summary class="qs-faq__question"><h3>/g)).toHaveLength(
      4,
    );
    expect(faq.clientFeatures ?? []).toEqual([]);
  });

  it('two-column shows every answer', () => {
    const html = render(faq, { ...clone(faq), variant: 'two-column' });
    expect(html).not.toContain('<details');
    expect(html).toContain('Our work is guaranteed for six months.');
  });
});

describe('gallery', () => {
  const props = {
    ...clone(gallery),
    items: [{ image: { src: PHOTO, alt: 'Finished kitchen' }, caption: 'Lavington' }],
  };

  it('links each photo to its full-size file so it opens without JavaScript', () => {
    const html = render(gallery, props);
    expect(html).toMatch(
      /<a class="qs-gallery__link" href="https:\/\/cdn\.example\.com\/photo\.jpg" data-qs-lightbox="">/,
    );
    expect(html).toMatch(/<img[^>]*alt="Finished kitchen" loading="lazy" decoding="async"/);
    expect(html).toContain('<figcaption>Lavington</figcaption>');
    expect(gallery.clientFeatures).toEqual(['lightbox']);
  });

  it('makes the scrolling strip reachable by keyboard', () => {
    expect(render(gallery, { ...props, variant: 'carousel-strip' })).toMatch(
      /<ul class="qs-gallery__items" tabindex="0" aria-label="Recent projects \(scrolls sideways\)">/,
    );
  });
});

describe('pricing', () => {
  it('formats prices in KES and lists what each plan includes', () => {
    const html = render(pricing, clone(pricing));
    expect(html).toContain('KSh 12,000');
    expect(html).toContain('<li>Priority same-day response</li>');
    expect(html).toContain('qs-pricing__plan--featured');
  });

  it('compares plans in a table with headers and text for screen readers', () => {
    const html = render(pricing, { ...clone(pricing), variant: 'table' });
    expect(html).toMatch(/<th scope="col"[^>]*><span class="qs-pricing__name">Starter<\/span>/);
    expect(html).toContain('<th scope="row">A dedicated team of three</th>');
    expect(html).toContain('Not included');
    expect(html).toMatch(
      /<section class="qs-pricing__scroll" aria-label="Simple packages, clear prices compared" tabindex="0">/,
    );
  });
});

describe('testimonials', () => {
  it('marks up quotes as figures with a readable rating', () => {
    const html = render(testimonials, clone(testimonials));
    expect(html.match(/<figure class="qs-testimonials__item">/g)).toHaveLength(3);
    expect(html).toContain('<blockquote');
    expect(html).toContain('Rated 5 out of 5');
  });
});

describe('footer', () => {
  it('renders a footer landmark with the copyright line and resolved links', () => {
    const html = render(footer, clone(footer));
    expect(html).toMatch(/^<footer class="qs-footer qs-footer--columns">/);
    expect(html).toMatch(/© \d{4}(<!-- -->)? (<!-- -->)?Jua Kali Works/);
    expect(html).toContain('href="/resolved/about"');
    expect(html).toContain('aria-label="Social media"');
  });

  it('lists the navigation pages in the simple layout', () => {
    const html = render(footer, { ...clone(footer), variant: 'simple' });
    expect(html).toContain('<nav aria-label="Footer">');
    expect(html).toContain('<a href="/" aria-current="page">Home</a>');
  });
});

describe('client scripts', () => {
  it.each(Object.entries(CLIENT_SCRIPTS))(
    '%s is valid JavaScript under 1 KB that never writes HTML',
    (_name, script) => {
      expect(() => new Function(script)).not.toThrow();
      expect(new TextEncoder().encode(script).length).toBeLessThan(1024);
      expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|eval\(|document\.write/);
    },
  );
});

/** Minimal DOM fakes with exactly what the form script touches, so its behaviour can be checked. */
class FakeElement {
  readonly attrs = new Map<string, string>();
  textContent = '';
  className = '';
  tabIndex = 0;
  disabled = false;
  focused = false;
  removed = false;
  setAttribute(k: string, v: string) {
    this.attrs.set(k, v);
  }
  getAttribute(k: string) {
    return this.attrs.get(k) ?? null;
  }
  hasAttribute(k: string) {
    return this.attrs.has(k);
  }
  remove() {
    this.removed = true;
  }
  focus() {
    this.focused = true;
  }
}

class FakeForm extends FakeElement {
  dataset = { qsSuccess: 'Asante! Sent.', qsError: 'Could not send.' };
  button = new FakeElement();
  alert: FakeElement | null = null;
  replacedWith: FakeElement | null = null;
  submitted = false;
  querySelector(sel: string) {
    return sel === '[type=submit]' ? this.button : sel === '[role=alert]' ? this.alert : null;
  }
  replaceWith(el: FakeElement) {
    this.replacedWith = el;
  }
  prepend(el: FakeElement) {
    this.alert = el;
  }
  submit() {
    this.submitted = true;
  }
}

type FakeResponse = { ok: boolean; json(): Promise<unknown> };

function runFormScript(
  fetchImpl: (url: string, init: { method: string; body: unknown }) => Promise<FakeResponse>,
) {
  let onSubmit: ((e: unknown) => void) | undefined;
  const calls: { url: string; method: string }[] = [];
  const fetch = (url: string, init: { method: string; body: unknown }) => {
    calls.push({ url, method: init.method });
    return fetchImpl(url, init);
  };
  const document = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'submit') onSubmit = fn;
    },
    createElement: () => new FakeElement(),
  };
  class FormData {
    constructor(readonly form: unknown) {}
  }
  const args = ['document', 'window', 'HTMLFormElement', 'FormData', 'fetch'];
  new Function(...args, CLIENT_SCRIPTS.form)(document, { fetch }, FakeForm, FormData, fetch);

  const form = new FakeForm();
  form.setAttribute('data-qs-form', '');
  form.setAttribute('action', '/_form/c7');
  const event = {
    target: form,
    defaultPrevented: false,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
  onSubmit?.(event);
  return { form, event, calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('form script', () => {
  it('sends in place, disables the button, then shows the success message as a focused status', async () => {
    const { form, event, calls } = runFormScript(async () => ({ ok: true, json: async () => ({}) }));
    expect(event.prevented).toBe(true);
    expect(form.button.disabled).toBe(true);
    expect(calls).toEqual([{ url: '/_form/c7', method: 'POST' }]);
    await settle();
    expect(form.replacedWith?.attrs.get('role')).toBe('status');
    expect(form.replacedWith?.textContent).toBe('Asante! Sent.');
    expect(form.replacedWith?.focused).toBe(true);
  });

  it("shows the inbox's refusal in an alert and re-enables the button", async () => {
    const { form } = runFormScript(async () => ({
      ok: false,
      json: async () => ({ error: { message: 'Too many messages.' } }),
    }));
    await settle();
    await settle();
    expect(form.alert?.attrs.get('role')).toBe('alert');
    expect(form.alert?.textContent).toBe('Too many messages.');
    expect(form.button.disabled).toBe(false);
    expect(form.replacedWith).toBeNull();
  });

  it('falls back to its own error text when the refusal is not JSON', async () => {
    const { form } = runFormScript(async () => ({
      ok: false,
      json: () => Promise.reject(new Error('html')),
    }));
    await settle();
    await settle();
    expect(form.alert?.textContent).toBe('Could not send.');
  });

  it('submits the normal way when the network fails, so the message is not lost', async () => {
    const { form } = runFormScript(() => Promise.reject(new TypeError('offline')));
    await settle();
    expect(form.submitted).toBe(true);
  });
});
