import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONTS, fontById } from '../src/design/fonts.js';
import { DESIGN_SYSTEMS, designSystemById } from '../src/design/systems/index.js';
import { TOKENS } from '../src/design/tokens.js';
import { CATEGORIES } from '../src/design/types.js';

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
