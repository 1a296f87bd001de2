import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Business: warm, earthy consultancy with a literary serif and hairline borders instead of shadows. */
export const kilima: DesignSystem = {
  id: 'kilima',
  name: 'Kilima',
  category: 'business',
  description:
    'Warm earth tones, a graceful serif and hairline rules: a considered look for advisers and consultancies.',
  fonts: { heading: 'fraunces', body: 'manrope' },
  tokens: {
    '--qs-bg': '#faf6ef',
    '--qs-surface': '#fffdf8',
    '--qs-surface-2': '#f1e9dc',
    '--qs-text': '#2b2118',
    '--qs-muted': '#6b5d4f',
    '--qs-border': '#ddd0bd',
    '--qs-primary': '#7a3e1d',
    '--qs-on-primary': '#fdf7ee',
    '--qs-accent': '#8c5210',
    '--qs-on-accent': '#fffaf2',
    '--qs-inverse-bg': '#2f3a2c',
    '--qs-inverse-text': '#f3ecdf',
    '--qs-font-heading': fontStack('fraunces'),
    '--qs-font-body': fontStack('manrope'),
    '--qs-heading-weight': '500',
    '--qs-heading-tracking': '-0.01em',
    '--qs-heading-case': 'uppercase',
    '--qs-text-base': '1.0625rem',
    '--qs-scale': '1.2',
    '--qs-line': '1.7',
    '--qs-radius': '4px',
    '--qs-radius-card': '6px',
    '--qs-radius-image': '4px',
    '--qs-space': '1.05rem',
    '--qs-section-pad': 'clamp(4rem, 9vw, 7rem)',
    '--qs-max': '70rem',
    '--qs-shadow': 'none',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'sepia(0.12) saturate(0.95)',
    '--qs-button-case': 'none',
  },
  css: `.ds-kilima .qs-heading::before{content:"";display:block;width:3rem;height:2px;background:var(--qs-accent);margin-bottom:1.25rem}
.ds-kilima .qs-heading--center::before{margin-left:auto;margin-right:auto}
.ds-kilima .qs-section--inverse .qs-heading::before{background:currentColor;opacity:.6}
.ds-kilima h1 em,.ds-kilima h2 em{font-style:italic;color:var(--qs-primary)}
.ds-kilima .qs-eyebrow{letter-spacing:.16em;font-size:.75rem}
.ds-kilima .qs-media{outline:1px solid var(--qs-border);outline-offset:6px}
.ds-kilima .qs-card{border-top:3px solid var(--qs-accent)}
.ds-kilima .qs-button{letter-spacing:.02em}`,
};
