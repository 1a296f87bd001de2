/**
 * The colour tokens in src/styles.css, checked for WCAG AA contrast (4.5:1 for text) in both themes:
 * every text token on every surface it is painted on, status colours on their soft fills, and the
 * text on solid fills (buttons, badges, avatars, code). A new token or a new dark value that reads
 * badly fails here, not in a screenshot review.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8');

/** The `--color-*: #hex` declarations of the block that starts with `opener` (up to its closing brace). */
function tokens(opener: string): Record<string, string> {
  const start = css.indexOf(opener);
  if (start < 0) throw new Error(`no "${opener}" block in styles.css`);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2]?.toLowerCase()]),
  ) as Record<string, string>;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const light = tokens('@theme {');
const dark = { ...light, ...tokens(':root.dark {') };

const TEXT = [
  'ink',
  'ink-muted',
  'ink-faint',
  'brand',
  'brand-strong',
  'info',
  'success',
  'warning',
  'danger',
];
const SURFACES = ['canvas', 'surface', 'subtle'];
const SOFT = ['brand', 'info', 'success', 'warning', 'danger'];

/** [text, background] pairs that appear in the dashboard. */
const PAIRS: Array<[string, string]> = [
  ...TEXT.flatMap((fg) => SURFACES.map((bg): [string, string] => [fg, bg])),
  // Alerts and badges: the tone's colour, the heading and body text on the tone's soft fill.
  ...SOFT.flatMap(
    (tone): Array<[string, string]> => [
      [tone, `${tone}-soft`],
      ['ink', `${tone}-soft`],
      ['ink-muted', `${tone}-soft`],
    ],
  ),
  ['brand-strong', 'brand-soft'],
  ['on-brand', 'brand'],
  ['on-brand', 'brand-strong'],
  ['on-danger', 'danger'],
  ['on-code', 'code'],
  ['canvas', 'ink'],
  ...[1, 2, 3, 4, 5, 6, 7].map((n): [string, string] => [`on-avatar-${n}`, `avatar-${n}`]),
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme tokens', (_name, theme) => {
  it('defines every colour the pairs use', () => {
    const missing = [...new Set(PAIRS.flat())].filter((t) => !theme[t]);
    expect(missing).toEqual([]);
  });

  it.each(PAIRS)('%s on %s reads at 4.5:1 or better', (fg, bg) => {
    const ratio = contrast(theme[fg] as string, theme[bg] as string);
    expect(ratio, `${fg} ${theme[fg]} on ${bg} ${theme[bg]}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(
      4.5,
    );
  });
});

describe('the dark theme', () => {
  it('gives every light colour token a dark value', () => {
    const own = tokens(':root.dark {');
    const missing = Object.keys(light).filter((t) => !(t in own));
    expect(missing).toEqual([]);
  });
});
