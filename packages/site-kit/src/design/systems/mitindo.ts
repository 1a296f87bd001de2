import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Shops: an editorial boutique — black and white, high-contrast display serif, sharp lines. */
export const mitindo: DesignSystem = {
  id: 'mitindo',
  name: 'Mitindo',
  category: 'shops',
  description:
    'Black and white, a high-contrast display serif and sharp lines: editorial polish for fashion boutiques.',
  fonts: { heading: 'playfair-display', body: 'instrument-sans' },
  tokens: {
    '--qs-bg': '#ffffff',
    '--qs-surface': '#ffffff',
    '--qs-surface-2': '#f4f2ef',
    '--qs-text': '#0b0b0b',
    '--qs-muted': '#5c5c5c',
    '--qs-border': '#0b0b0b',
    '--qs-primary': '#0b0b0b',
    '--qs-on-primary': '#ffffff',
    '--qs-accent': '#a4132f',
    '--qs-on-accent': '#ffffff',
    '--qs-inverse-bg': '#0b0b0b',
    '--qs-inverse-text': '#f4f2ef',
    '--qs-font-heading': fontStack('playfair-display'),
    '--qs-font-body': fontStack('instrument-sans'),
    '--qs-heading-weight': '500',
    '--qs-heading-tracking': '-0.015em',
    '--qs-heading-case': 'uppercase',
    '--qs-text-base': '1rem',
    '--qs-scale': '1.333',
    '--qs-line': '1.6',
    '--qs-radius': '0px',
    '--qs-radius-card': '0px',
    '--qs-radius-image': '0px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(4rem, 9vw, 7.5rem)',
    '--qs-max': '78rem',
    '--qs-shadow': 'none',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'contrast(1.06) saturate(0.85)',
    '--qs-button-case': 'uppercase',
  },
  css: `.ds-mitindo .qs-eyebrow{letter-spacing:.28em;font-size:.72rem;font-weight:500;color:var(--qs-text)}
.ds-mitindo .qs-section--inverse .qs-eyebrow{color:var(--qs-inverse-text)}
.ds-mitindo h1,.ds-mitindo h2{font-weight:400}
.ds-mitindo h1 em,.ds-mitindo h2 em{font-style:italic}
.ds-mitindo .qs-button{letter-spacing:.2em;font-size:.78rem;font-weight:500;padding-inline:2.2em}
.ds-mitindo .qs-button:hover{filter:none;background:var(--qs-bg);color:var(--qs-text)}
.ds-mitindo .qs-section--inverse .qs-button:hover{background:transparent;color:var(--qs-inverse-text)}
.ds-mitindo .qs-card{border-color:#e2dfda}
.ds-mitindo .qs-media img{transition:transform .6s}
.ds-mitindo .qs-media:hover img{transform:scale(1.03)}
.ds-mitindo .qs-input{border-width:0 0 1px;border-radius:0;background:transparent}`,
};
