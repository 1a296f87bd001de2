import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Shops: a warm coastal café — terracotta, cream and saffron with a calligraphic serif. */
export const pwani: DesignSystem = {
  id: 'pwani',
  name: 'Pwani',
  category: 'shops',
  description: 'Terracotta, cream and saffron with a warm serif: made for cafés, restaurants and bakeries.',
  fonts: { heading: 'lora', body: 'outfit' },
  tokens: {
    '--qs-bg': '#fbf5ec',
    '--qs-surface': '#fffaf3',
    '--qs-surface-2': '#f4e6d3',
    '--qs-text': '#2e1d14',
    '--qs-muted': '#6e5444',
    '--qs-border': '#e6d3bc',
    '--qs-primary': '#a84b25',
    '--qs-on-primary': '#fff8f0',
    '--qs-accent': '#e3a857',
    '--qs-on-accent': '#2e1d14',
    '--qs-inverse-bg': '#3a2418',
    '--qs-inverse-text': '#f8ead7',
    '--qs-font-heading': fontStack('lora'),
    '--qs-font-body': fontStack('outfit'),
    '--qs-heading-weight': '600',
    '--qs-heading-tracking': '-0.005em',
    '--qs-heading-case': 'none',
    '--qs-text-base': '1.0625rem',
    '--qs-scale': '1.22',
    '--qs-line': '1.65',
    '--qs-radius': '6px',
    '--qs-radius-card': '16px',
    '--qs-radius-image': '18px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(3.5rem, 8vw, 6rem)',
    '--qs-max': '70rem',
    '--qs-shadow': '0 10px 30px rgba(84, 44, 20, 0.08)',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'saturate(1.08) sepia(0.06)',
    '--qs-button-case': 'none',
  },
  css: `.ds-pwani :focus-visible{outline-color:var(--qs-primary)}
.ds-pwani .qs-eyebrow{font-family:var(--qs-font-heading);font-style:italic;font-weight:500;font-size:1.05rem;letter-spacing:0;color:var(--qs-primary)}
.ds-pwani .qs-eyebrow::before,.ds-pwani .qs-eyebrow::after{content:"";display:inline-block;vertical-align:middle;width:1.5rem;height:1px;background:currentColor;margin:0 .6em;opacity:.6}
.ds-pwani .qs-section--inverse .qs-eyebrow{color:var(--qs-accent);opacity:1}
.ds-pwani h1 em,.ds-pwani h2 em{color:var(--qs-primary)}
.ds-pwani .qs-card{border-color:transparent}
.ds-pwani .qs-button{border-radius:999px;padding-inline:1.7em}
.ds-pwani .qs-section--alt{background-image:radial-gradient(rgba(168,75,37,.07) 1px,transparent 1px);background-size:18px 18px}`,
};
