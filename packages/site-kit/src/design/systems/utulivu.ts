import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Creators: soft and calm for writers and coaches — sage, clay and a bookish serif. */
export const utulivu: DesignSystem = {
  id: 'utulivu',
  name: 'Utulivu',
  category: 'creators',
  description:
    'Soft sage and clay with a bookish serif and gentle curves: calm and warm for writers, coaches and therapists.',
  fonts: { heading: 'newsreader', body: 'manrope' },
  tokens: {
    '--qs-bg': '#f7f4ee',
    '--qs-surface': '#fffdf9',
    '--qs-surface-2': '#ecefe6',
    '--qs-text': '#26302a',
    '--qs-muted': '#5b665e',
    '--qs-border': '#dcd9cf',
    '--qs-primary': '#44604f',
    '--qs-on-primary': '#fbfaf5',
    '--qs-accent': '#96503a',
    '--qs-on-accent': '#ffffff',
    '--qs-inverse-bg': '#2f3f36',
    '--qs-inverse-text': '#f1eee6',
    '--qs-font-heading': fontStack('newsreader'),
    '--qs-font-body': fontStack('manrope'),
    '--qs-heading-weight': '500',
    '--qs-heading-tracking': '-0.01em',
    '--qs-heading-case': 'none',
    '--qs-text-base': '1.0625rem',
    '--qs-scale': '1.2',
    '--qs-line': '1.75',
    '--qs-radius': '12px',
    '--qs-radius-card': '24px',
    '--qs-radius-image': '28px',
    '--qs-space': '1.1rem',
    '--qs-section-pad': 'clamp(3.5rem, 8vw, 6.5rem)',
    '--qs-max': '66rem',
    '--qs-shadow': '0 12px 40px rgba(38, 48, 42, 0.07)',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'saturate(0.9) brightness(1.02)',
    '--qs-button-case': 'none',
  },
  css: `.ds-utulivu .qs-eyebrow{font-family:var(--qs-font-heading);font-style:italic;font-size:1.1rem;font-weight:400;letter-spacing:0;color:var(--qs-accent)}
.ds-utulivu .qs-section--inverse .qs-eyebrow{color:inherit}
.ds-utulivu h1 em,.ds-utulivu h2 em{font-style:italic;color:var(--qs-accent)}
.ds-utulivu .qs-section--inverse h1 em,.ds-utulivu .qs-section--inverse h2 em{color:inherit}
.ds-utulivu .qs-card{border-color:transparent}
.ds-utulivu .qs-media{border-radius:var(--qs-radius-image) var(--qs-radius-image) var(--qs-radius-image) 4px}
.ds-utulivu .qs-button{font-weight:600;padding-inline:1.6em}
.ds-utulivu .qs-section--alt{border-radius:0}`,
};
