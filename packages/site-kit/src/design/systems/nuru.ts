import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Business: a bold, dark agency look with electric lime, sharp corners and big grotesk type. */
export const nuru: DesignSystem = {
  id: 'nuru',
  name: 'Nuru',
  category: 'business',
  description:
    'Dark, bold and sharp-edged with an electric lime accent: a confident look for studios and agencies.',
  fonts: { heading: 'space-grotesk', body: 'dm-sans' },
  tokens: {
    '--qs-bg': '#0d0f12',
    '--qs-surface': '#16191e',
    '--qs-surface-2': '#121519',
    '--qs-text': '#f2f3f5',
    '--qs-muted': '#a1a7b3',
    '--qs-border': '#2a2f37',
    '--qs-primary': '#c6f432',
    '--qs-on-primary': '#0d0f12',
    '--qs-accent': '#c6f432',
    '--qs-on-accent': '#0d0f12',
    '--qs-inverse-bg': '#c6f432',
    '--qs-inverse-text': '#0d0f12',
    '--qs-font-heading': fontStack('space-grotesk'),
    '--qs-font-body': fontStack('dm-sans'),
    '--qs-heading-weight': '700',
    '--qs-heading-tracking': '-0.035em',
    '--qs-heading-case': 'uppercase',
    '--qs-text-base': '1.0625rem',
    '--qs-scale': '1.333',
    '--qs-line': '1.6',
    '--qs-radius': '0px',
    '--qs-radius-card': '0px',
    '--qs-radius-image': '0px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(4rem, 10vw, 8rem)',
    '--qs-max': '76rem',
    '--qs-shadow': 'none',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'contrast(1.05) saturate(0.9)',
    '--qs-button-case': 'uppercase',
  },
  css: `.ds-nuru .qs-eyebrow::before{content:"// ";opacity:.7}
.ds-nuru h1{line-height:1;font-size:clamp(2.6rem,7vw,5.6rem)}
.ds-nuru .qs-button{letter-spacing:.08em;font-size:.875rem}
.ds-nuru .qs-button::after{content:"\\2192";transition:transform .15s}
.ds-nuru .qs-button:hover::after{transform:translateX(3px)}
.ds-nuru .qs-card{transition:border-color .2s}
.ds-nuru .qs-card:hover{border-color:var(--qs-accent)}
.ds-nuru .qs-section--alt{border-top:1px solid var(--qs-border);border-bottom:1px solid var(--qs-border)}`,
};
