import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS, fontById } from '../src/design/fonts.js';
import { DESIGN_SYSTEMS, designSystemById } from '../src/design/systems/index.js';
import { TOKENS } from '../src/design/tokens.js';
import { CATEGORIES, type DesignSystem } from '../src/design/types.js';

/** WCAG 2.x relative luminance of a #rrggbb color. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two #rrggbb colors (1–21). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const require = createRequire(import.meta.url);
const HEX = /^#[0-9a-f]{6}$/i;

/** `fg` at `alpha` over `bg`, as the browser composites it (what Lighthouse measures). */
function blend(fg: string, bg: string, alpha: number): string {
  const ch = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const [f, b] = [ch(fg), ch(bg)];
  return `#${f
    .map((c, i) =>
      Math.round(c * alpha + (b[i] ?? 0) * (1 - alpha))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const SECTIONS_DIR = new URL('../src/sections/', import.meta.url);
const BASE_CSS = readFileSync(new URL('../src/design/base.css', import.meta.url), 'utf8');
const SECTION_CSS = readdirSync(SECTIONS_DIR)
  .filter((f) => f.endsWith('.css'))
  .map((f) => ({ file: f, css: readFileSync(new URL(f, SECTIONS_DIR), 'utf8') }));

/** `selector → declarations` of a stylesheet (media queries flattened, comments dropped). */
function rules(css: string): { selector: string; body: string }[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{/g, '')
    .split('}')
    .filter((r) => r.includes('{'))
    .map((r) => {
      const [selector = '', body = ''] = r.split('{');
      return { selector: selector.trim().replace(/\s+/g, ' '), body: body.replace(/\s+/g, '') };
    });
}

/**
 * The lowest opacity section CSS may soften text with on a dark band; the few rules allowed
 * lower soften things that are not text to read (a disabled button, logos, a divider).
 */
const MIN_TEXT_OPACITY = 0.8;
const NON_TEXT_FADES = [
  '.qs-contact__submit[disabled]',
  '.qs-logos .qs-logos__item',
  '.qs-rich-text .qs-rich-text__body hr',
];

/** Where text sits, per section tone: the page, the alternate band, a card or panel, the dark band. */
const LIGHT_CONTEXTS = { default: '--qs-bg', alt: '--qs-surface-2', card: '--qs-surface' } as const;

interface Paint {
  color?: string;
  background?: string;
  opacity?: number;
}

/** The declarations of one design-system rule for `selector` (a `.ds-<id> ` prefix is added). */
function systemRule(ds: DesignSystem, selector: string): Paint {
  const rule = rules(ds.css).find((r) => r.selector.split(',').includes(`.ds-${ds.id} ${selector}`));
  if (!rule) return {};
  const get = (prop: string) => new RegExp(`(?:^|;)${prop}:([^;]+)`).exec(rule.body)?.[1];
  const opacity = get('opacity');
  return {
    ...(get('color') && { color: get('color') }),
    ...(get('background') && { background: get('background') }),
    ...(opacity && { opacity: Number(opacity) }),
  };
}

/** A CSS color value from a system rule, resolved against the tokens and what it is painted over. */
function resolve(ds: DesignSystem, value: string, under: string, inherited: string): string {
  const token = /^var\((--qs-[\w-]+)\)$/.exec(value)?.[1];
  if (token) return ds.tokens[token as keyof typeof ds.tokens];
  if (value === 'inherit' || value === 'currentColor') return inherited;
  const mix = /^color-mix\(insrgb,var\((--qs-[\w-]+)\)(\d+)%,transparent\)$/.exec(value);
  if (mix) return blend(ds.tokens[mix[1] as keyof typeof ds.tokens], under, Number(mix[2]) / 100);
  const rgba = /^rgba\(255,255,255,([\d.]+)\)$/.exec(value);
  if (rgba) return blend('#ffffff', under, Number(rgba[1]));
  throw new Error(`${ds.id}: cannot resolve the color ${value}; teach this test`);
}

/**
 * The eyebrow's text and background in a context, following the cascade: base.css (accent; on the
 * dark band the band's text at 0.85), then the system's `.qs-eyebrow` rule, then its
 * `.qs-section--inverse .qs-eyebrow` rule, which is more specific.
 */
function eyebrowPaint(ds: DesignSystem, context: string, dark: boolean): { fg: string; bg: string } {
  const t = ds.tokens;
  const ground = t[context as keyof typeof t];
  const base: Paint = dark
    ? { color: 'var(--qs-inverse-text)', opacity: 0.85 }
    : { color: 'var(--qs-accent)' };
  const paint = {
    ...base,
    ...systemRule(ds, '.qs-eyebrow'),
    ...(dark && systemRule(ds, '.qs-section--inverse .qs-eyebrow')),
  };
  const inherited = dark ? t['--qs-inverse-text'] : t['--qs-text'];
  const bg = paint.background ? resolve(ds, paint.background, ground, inherited) : ground;
  const fg = resolve(ds, paint.color ?? 'inherit', bg, inherited);
  return { fg: blend(fg, bg, paint.opacity ?? 1), bg };
}

/** Every text/background pair the section CSS paints in a design system, named for the failure message. */
function textPairs(ds: DesignSystem): [string, string, string][] {
  const t = ds.tokens;
  const pairs: [string, string, string][] = [];
  for (const [tone, context] of Object.entries(LIGHT_CONTEXTS)) {
    const ground = t[context];
    pairs.push(
      [`${tone}: text`, t['--qs-text'], ground],
      [`${tone}: muted text`, t['--qs-muted'], ground],
      [`${tone}: links and secondary buttons`, t['--qs-primary'], ground],
      [`${tone}: eyebrow`, eyebrowPaint(ds, context, false).fg, eyebrowPaint(ds, context, false).bg],
    );
  }
  pairs.push(['primary button', t['--qs-on-primary'], t['--qs-primary']]);
  pairs.push(['badge', t['--qs-on-accent'], t['--qs-accent']]);
  // The dark band (inverse tone, footer, boxed call-to-action panel): buttons turn light.
  const dark = t['--qs-inverse-bg'];
  const ink = t['--qs-inverse-text'];
  const eyebrow = eyebrowPaint(ds, '--qs-inverse-bg', true);
  pairs.push(
    ['inverse: text', ink, dark],
    [`inverse: softened text (opacity ${MIN_TEXT_OPACITY})`, blend(ink, dark, MIN_TEXT_OPACITY), dark],
    ['inverse: eyebrow', eyebrow.fg, eyebrow.bg],
    ['inverse: primary button', dark, ink],
    ['inverse: secondary button', ink, dark],
  );
  return pairs;
}

describe('design systems', () => {
  it('has three distinct systems per category, with unique ids', () => {
    expect(DESIGN_SYSTEMS).toHaveLength(9);
    expect(new Set(DESIGN_SYSTEMS.map((d) => d.id)).size).toBe(9);
    for (const c of CATEGORIES) expect(DESIGN_SYSTEMS.filter((d) => d.category === c.id)).toHaveLength(3);
    expect(designSystemById('meridian')?.name).toBe('Meridian');
    expect(designSystemById('nope')).toBeUndefined();
  });

  it.each(DESIGN_SYSTEMS.map((d) => [d.id, d] as const))('%s sets every token, and nothing else', (_, ds) => {
    expect(Object.keys(ds.tokens).sort()).toEqual([...TOKENS].sort());
    for (const t of TOKENS) expect(ds.tokens[t].trim(), t).not.toBe('');
  });

  it.each(DESIGN_SYSTEMS.map((d) => [d.id, d] as const))('%s meets WCAG AA for text pairs', (_, ds) => {
    const t = ds.tokens;
    const pairs: [string, string, string][] = [
      ['text/bg', t['--qs-text'], t['--qs-bg']],
      ['text/surface', t['--qs-text'], t['--qs-surface']],
      ['text/surface-2', t['--qs-text'], t['--qs-surface-2']],
      ['muted/bg', t['--qs-muted'], t['--qs-bg']],
      ['muted/surface', t['--qs-muted'], t['--qs-surface']],
      ['muted/surface-2', t['--qs-muted'], t['--qs-surface-2']],
      ['on-primary/primary', t['--qs-on-primary'], t['--qs-primary']],
      ['on-accent/accent', t['--qs-on-accent'], t['--qs-accent']],
      ['inverse-text/inverse-bg', t['--qs-inverse-text'], t['--qs-inverse-bg']],
    ];
    for (const [name, fg, bg] of pairs) {
      expect(fg, name).toMatch(HEX);
      expect(bg, name).toMatch(HEX);
      expect(contrast(fg, bg), `${ds.id} ${name} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    // Links and secondary buttons are primary-coloured text on the page.
    expect(contrast(t['--qs-primary'], t['--qs-bg']), `${ds.id} primary/bg`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(DESIGN_SYSTEMS.map((d) => [d.id, d] as const))(
    '%s: every text colour the CSS paints meets AA on its background in every tone',
    (_, ds) => {
      const failures = textPairs(ds)
        .map(([name, fg, bg]) => ({ name, fg, bg, ratio: contrast(fg, bg) }))
        .filter((p) => p.ratio < 4.5)
        .map((p) => `${p.name}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1`);
      expect(failures).toEqual([]);
    },
  );

  it.each(DESIGN_SYSTEMS.map((d) => [d.id, d] as const))(
    '%s: buttons stand out from every band they sit on (3:1), dark bands included',
    (_, ds) => {
      const t = ds.tokens;
      for (const [tone, context] of Object.entries(LIGHT_CONTEXTS)) {
        expect(contrast(t['--qs-primary'], t[context]), `${ds.id} ${tone}`).toBeGreaterThanOrEqual(3);
      }
      // On the dark band the primary button is the band's text colour (base.css), never the primary.
      expect(contrast(t['--qs-inverse-text'], t['--qs-inverse-bg'])).toBeGreaterThanOrEqual(3);
    },
  );

  it('never softens text below the opacity the contrast checks assume', () => {
    const sheets = [{ file: 'base.css', css: BASE_CSS }, ...SECTION_CSS];
    const faded = sheets.flatMap(({ file, css }) =>
      rules(css)
        .filter((r) => /(?:^|;)opacity:0?\.\d+/.test(r.body))
        .filter((r) => Number(/(?:^|;)opacity:(0?\.\d+)/.exec(r.body)?.[1]) < MIN_TEXT_OPACITY)
        .map((r) => `${file}: ${r.selector}`),
    );
    for (const f of faded) expect(NON_TEXT_FADES, f).toContain(f.split(': ')[1]);
  });

  it('paints only decorative glyphs in the accent colour (a light accent is not a text colour)', () => {
    const accent = SECTION_CSS.flatMap(({ file, css }) =>
      rules(css)
        .filter((r) => /(?:^|;)color:var\(--qs-accent\)/.test(r.body))
        .map((r) => `${file}: ${r.selector}`),
    );
    expect(accent.sort()).toEqual(
      [
        // aria-hidden ✓ and ★ glyphs, list markers, the quote mark and feature icons
        'features.css: .qs-features__badge',
        'pricing.css: .qs-pricing__features li::before',
        'pricing.css: .qs-pricing__yes',
        'rich-text.css: .qs-rich-text .qs-rich-text__body li::marker',
        'testimonials.css: .qs-testimonials--single-large .qs-testimonials__quote::before',
        'testimonials.css: .qs-testimonials__stars',
      ].sort(),
    );
  });

  it('turns buttons light on the dark band in base.css, so no system can lose them', () => {
    const onDark = rules(BASE_CSS).find((r) => r.selector === '.qs-section--inverse .qs-button');
    expect(onDark?.body).toContain('background:var(--qs-inverse-text)');
    expect(onDark?.body).toContain('color:var(--qs-inverse-bg)');
    for (const ds of DESIGN_SYSTEMS) {
      // A system may restyle the dark-band button's hover, not its resting colours.
      const own = rules(ds.css).filter((r) => r.selector.endsWith('.qs-section--inverse .qs-button'));
      expect(own, ds.id).toEqual([]);
    }
  });

  it.each(DESIGN_SYSTEMS.map((d) => [d.id, d] as const))(
    '%s uses curated fonts and scopes its CSS',
    (_, ds) => {
      const heading = fontById(ds.fonts.heading);
      const body = fontById(ds.fonts.body);
      expect(heading, ds.fonts.heading).toBeDefined();
      expect(body, ds.fonts.body).toBeDefined();
      expect(ds.tokens['--qs-font-heading']).toBe(heading?.stack);
      expect(ds.tokens['--qs-font-body']).toBe(body?.stack);
      expect(ds.css.length).toBeLessThan(2048);
      // Every rule (each selector in a comma list) starts with the system's scope class.
      for (const rule of ds.css.split('}').filter((r) => r.includes('{'))) {
        const selectors = (rule.split('{')[0] ?? '').split(',');
        for (const s of selectors) expect(s.trim().startsWith(`.ds-${ds.id} `), s).toBe(true);
      }
    },
  );

  it('gives every category three different type pairings', () => {
    for (const c of CATEGORIES) {
      const pairs = DESIGN_SYSTEMS.filter((d) => d.category === c.id).map(
        (d) => `${d.fonts.heading}/${d.fonts.body}`,
      );
      expect(new Set(pairs).size).toBe(3);
    }
  });
});

describe('fonts', () => {
  it('lists the 14 installed families once each', () => {
    expect(FONTS).toHaveLength(14);
    expect(new Set(FONTS.map((f) => f.id)).size).toBe(14);
  });

  it.each(FONTS.map((f) => [f.id, f] as const))('%s has its woff2 file on disk', (_, font) => {
    const root = dirname(require.resolve(`${font.package}/package.json`));
    expect(existsSync(join(root, font.file)), join(root, font.file)).toBe(true);
    expect(font.stack.startsWith(`"${font.family}", `)).toBe(true);
    expect(font.weight.min).toBeLessThan(font.weight.max);
  });
});
