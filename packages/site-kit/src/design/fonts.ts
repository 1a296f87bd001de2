/**
 * The curated, self-hosted font families. Each is a variable font installed from
 * `@fontsource-variable/<id>`; the asset server serves `file` (resolved inside that package) so a
 * published site never makes a third-party font request. `family` is the name the generated
 * `@font-face` rule declares and `stack` names it first, then metric-compatible system fallbacks.
 */
import type { FontChoice } from './types.js';

export type FontKind = 'sans' | 'serif' | 'display';

export interface FontFile extends FontChoice {
  /** `font-family` name declared by `@font-face`. */
  family: string;
  kind: FontKind;
  /** npm package holding the font. */
  package: string;
  /** The latin woff2 file, relative to the package root. */
  file: string;
  /** Variable weight axis range. */
  weight: { min: number; max: number };
}

const SANS =
  'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const SERIF = 'ui-serif, Georgia, Cambria, "Times New Roman", Times, serif';

function font(id: string, family: string, kind: FontKind, min: number, max: number): FontFile {
  return {
    id,
    name: family,
    family,
    kind,
    stack: `"${family}", ${kind === 'serif' ? SERIF : SANS}`,
    package: `@fontsource-variable/${id}`,
    file: `files/${id}-latin-wght-normal.woff2`,
    weight: { min, max },
  };
}

export const FONTS: readonly FontFile[] = [
  font('inter', 'Inter', 'sans', 100, 900),
  font('manrope', 'Manrope', 'sans', 200, 800),
  font('dm-sans', 'DM Sans', 'sans', 100, 1000),
  font('plus-jakarta-sans', 'Plus Jakarta Sans', 'sans', 200, 800),
  font('instrument-sans', 'Instrument Sans', 'sans', 400, 700),
  font('outfit', 'Outfit', 'sans', 100, 900),
  font('archivo', 'Archivo', 'sans', 100, 900),
  font('space-grotesk', 'Space Grotesk', 'display', 300, 700),
  font('syne', 'Syne', 'display', 400, 800),
  font('bricolage-grotesque', 'Bricolage Grotesque', 'display', 200, 800),
  font('fraunces', 'Fraunces', 'serif', 100, 900),
  font('playfair-display', 'Playfair Display', 'serif', 400, 900),
  font('lora', 'Lora', 'serif', 400, 700),
  font('newsreader', 'Newsreader', 'serif', 200, 800),
];

/** The curated font with this id, or undefined. */
export function fontById(id: string): FontFile | undefined {
  return FONTS.find((f) => f.id === id);
}

/** The CSS stack for a font id; unknown ids fall back to the system sans stack. */
export function fontStack(id: string): string {
  return fontById(id)?.stack ?? SANS;
}
