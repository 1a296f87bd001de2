/**
 * Assembles a page's stylesheet: shared primitives, the design system's tokens and treatments, the
 * App's theme overrides, @font-face rules for its two fonts and the CSS of the section types the
 * page uses — nothing else. Inlined into the document (one request fewer; a few KB), cached per
 * combination because many pages share one.
 */

import { AA, contrastRatio, readableOn } from '../design/contrast.js';
import { type FontFile, fontById } from '../design/fonts.js';
import { TOKENS } from '../design/tokens.js';
import type { DesignSystem } from '../design/types.js';
import { readCss } from '../registry/css.js';
import { sectionDefinition } from '../registry/validate.js';
import { assetUrl, fontPath } from './assets.js';

export interface ThemeOverrides {
  primary?: string | null;
  accent?: string | null;
  headingFont?: string | null;
  bodyFont?: string | null;
}

const BASE = readCss(import.meta.url, '../design/base.css');
const cache = new Map<string, { css: string; fonts: FontFile[] }>();
const CACHE_LIMIT = 500;

function fontFace(font: FontFile): string {
  const url = assetUrl(fontPath(font.id)) ?? fontPath(font.id);
  return `@font-face{font-family:"${font.family}";src:url(${url}) format("woff2");font-weight:${font.weight.min} ${font.weight.max};font-style:normal;font-display:swap}`;
}

/** The fonts a page uses: the theme's choice when it is a curated font, else the design system's. */
export function pageFonts(ds: DesignSystem, theme: ThemeOverrides): { heading: FontFile; body: FontFile } {
  const pick = (chosen: string | null | undefined, fallback: string) =>
    (chosen ? fontById(chosen) : undefined) ?? fontById(fallback) ?? (fontById('inter') as FontFile);
  return { heading: pick(theme.headingFont, ds.fonts.heading), body: pick(theme.bodyFont, ds.fonts.body) };
}

function tokenBlock(
  ds: DesignSystem,
  theme: ThemeOverrides,
  fonts: { heading: FontFile; body: FontFile },
): string {
  const values: Record<string, string> = { ...ds.tokens };
  values['--qs-font-heading'] = fonts.heading.stack;
  values['--qs-font-body'] = fonts.body.stack;
  // A custom primary is used for buttons only where its text stays readable (AA); the text color
  // on it is chosen for contrast, so an owner's brand color never produces unreadable buttons.
  if (theme.primary) {
    values['--qs-primary'] = theme.primary;
    values['--qs-on-primary'] = readableOn(theme.primary);
  }
  if (theme.accent) {
    values['--qs-accent'] = theme.accent;
    values['--qs-on-accent'] = readableOn(theme.accent);
  }
  return `:root{${TOKENS.map((t) => `${t}:${values[t]}`).join(';')}}`;
}

/** Is `color` readable as text/buttons on the design system's background? (the theme editor warns) */
export function themeColorWarnings(ds: DesignSystem, theme: ThemeOverrides): string[] {
  const warnings: string[] = [];
  for (const key of ['primary', 'accent'] as const) {
    const color = theme[key];
    if (!color) continue;
    const ratio = contrastRatio(color, ds.tokens['--qs-bg']);
    if (ratio < AA) {
      warnings.push(
        `The ${key} color ${color} has a contrast of ${ratio.toFixed(2)}:1 against the page background (${ds.tokens['--qs-bg']}); links and outlines in it will be hard to read. Aim for at least ${AA}:1 — pick a darker or lighter shade.`,
      );
    }
  }
  return warnings;
}

export function pageCss(
  ds: DesignSystem,
  theme: ThemeOverrides,
  types: Iterable<string>,
): { css: string; fonts: FontFile[] } {
  const used = [...new Set(types)].sort();
  const key = `${ds.id}|${theme.primary}|${theme.accent}|${theme.headingFont}|${theme.bodyFont}|${used.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fonts = pageFonts(ds, theme);
  const unique = fonts.heading.id === fonts.body.id ? [fonts.heading] : [fonts.heading, fonts.body];
  const sectionCss = used.map((t) => sectionDefinition(t)?.css ?? '').join('\n');
  const css = [unique.map(fontFace).join(''), tokenBlock(ds, theme, fonts), BASE, sectionCss, ds.css].join(
    '\n',
  );
  const entry = { css: minify(css), fonts: unique };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, entry);
  return entry;
}

/** Cheap, safe whitespace/comment removal (no rewriting of values). */
function minify(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .trim();
}
