import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Shops: a fresh market — leafy green, mango yellow, friendly rounded shapes and pill buttons. */
export const soko: DesignSystem = {
  id: 'soko',
  name: 'Soko',
  category: 'shops',
  description:
    'Leafy green and mango yellow with rounded, friendly shapes: fresh for grocers, markets and delis.',
  fonts: { heading: 'bricolage-grotesque', body: 'plus-jakarta-sans' },
  tokens: {
    '--qs-bg': '#f7fbf3',
    '--qs-surface': '#ffffff',
    '--qs-surface-2': '#e9f4e1',
    '--qs-text': '#14281a',
    '--qs-muted': '#4a5f50',
    '--qs-border': '#d3e6c8',
    '--qs-primary': '#1d7a38',
    '--qs-on-primary': '#ffffff',
    '--qs-accent': '#f2b705',
    '--qs-on-accent': '#1d1a05',
    '--qs-inverse-bg': '#123d22',
    '--qs-inverse-text': '#eef8e8',
    '--qs-font-heading': fontStack('bricolage-grotesque'),
    '--qs-font-body': fontStack('plus-jakarta-sans'),
    '--qs-heading-weight': '800',
    '--qs-heading-tracking': '-0.025em',
    '--qs-heading-case': 'none',
    '--qs-text-base': '1rem',
    '--qs-scale': '1.25',
    '--qs-line': '1.6',
    '--qs-radius': '999px',
    '--qs-radius-card': '22px',
    '--qs-radius-image': '24px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(3rem, 7vw, 5.5rem)',
    '--qs-max': '74rem',
    '--qs-shadow': '0 6px 0 rgba(29, 122, 56, 0.08), 0 14px 30px rgba(20, 40, 26, 0.06)',
    '--qs-border-width': '2px',
    '--qs-image-filter': 'saturate(1.12)',
    '--qs-button-case': 'none',
  },
  css: `.ds-soko :focus-visible{outline-color:var(--qs-primary)}
.ds-soko .qs-eyebrow{background:var(--qs-accent);color:var(--qs-on-accent);padding:.35em .9em;border-radius:999px;font-weight:700;letter-spacing:.02em}
.ds-soko .qs-section--inverse .qs-eyebrow{color:var(--qs-on-accent);opacity:1}
.ds-soko .qs-button{font-weight:700;box-shadow:0 4px 0 rgba(0,0,0,.15)}
.ds-soko .qs-button:active{transform:translateY(2px);box-shadow:0 2px 0 rgba(0,0,0,.15)}
.ds-soko .qs-button--secondary{box-shadow:none;background:var(--qs-surface)}
.ds-soko .qs-card{transition:transform .2s}
.ds-soko .qs-card:hover{transform:rotate(-.4deg) translateY(-3px)}
.ds-soko .qs-input{border-radius:14px;border-width:2px}`,
};
