/**
 * WCAG 2 contrast, computed in the browser so the theme screen warns while a color is being picked
 * (the server says the same in `warnings` after a save: packages/site-kit/src/render/css.ts).
 *
 * The registry endpoint lists design systems without their colors, so the page background and
 * default colors of each are copied here; colors.test.ts compares them with the site kit, so they
 * cannot drift apart silently.
 */

export const AA = 4.5;

export interface DesignSystemColors {
  background: string;
  text: string;
  primary: string;
  accent: string;
}

export const DESIGN_SYSTEM_COLORS: Record<string, DesignSystemColors> = {
  kilima: { background: '#faf6ef', text: '#2b2118', primary: '#7a3e1d', accent: '#8c5210' },
  lenzi: { background: '#f6f5f2', text: '#141414', primary: '#141414', accent: '#b23a1e' },
  meridian: { background: '#ffffff', text: '#0f1b2d', primary: '#1d4ed8', accent: '#0b6880' },
  mitindo: { background: '#ffffff', text: '#0b0b0b', primary: '#0b0b0b', accent: '#a4132f' },
  ngoma: { background: '#130b20', text: '#f6f0ff', primary: '#ff4d8d', accent: '#ffc93c' },
  nuru: { background: '#0d0f12', text: '#f2f3f5', primary: '#c6f432', accent: '#c6f432' },
  pwani: { background: '#fbf5ec', text: '#2e1d14', primary: '#a84b25', accent: '#e3a857' },
  soko: { background: '#f7fbf3', text: '#14281a', primary: '#1d7a38', accent: '#f2b705' },
  utulivu: { background: '#f7f4ee', text: '#26302a', primary: '#44604f', accent: '#96503a' },
};

export const HEX = /^#[0-9a-f]{6}$/i;

function channel(v: number): number {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Contrast ratio of two `#rrggbb` colors, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever reads better on `background` (as the site does for buttons). */
export function readableOn(background: string): '#ffffff' | '#111111' {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111';
}

/** `#abc` or `abc` → `#aabbcc`; null when it is not a color. */
export function normalizeHex(input: string): string | null {
  const v = input.trim().replace(/^#?/, '#').toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`;
  return HEX.test(v) ? v : null;
}

/** The warning for a color on a background, or null when it reads well enough (AA). */
export function contrastWarning(name: string, color: string, background: string): string | null {
  const ratio = contrastRatio(color, background);
  if (ratio >= AA) return null;
  return `The ${name} color has a contrast of ${ratio.toFixed(2)}:1 against the page background; links and outlines in it will be hard to read. Aim for at least ${AA}:1 — pick a ${luminance(background) > 0.5 ? 'darker' : 'lighter'} shade.`;
}
