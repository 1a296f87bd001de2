import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Business: crisp corporate blue and slate, soft cards, quiet shadows. */
export const meridian: DesignSystem = {
  id: 'meridian',
  name: 'Meridian',
  category: 'business',
  description:
    'Crisp corporate blue and slate with clean sans type and soft cards: calm, credible, professional.',
  fonts: { heading: 'plus-jakarta-sans', body: 'inter' },
  tokens: {
    '--qs-bg': '#ffffff',
    '--qs-surface': '#ffffff',
    '--qs-surface-2': '#f3f6fb',
    '--qs-text': '#0f1b2d',
    '--qs-muted': '#526078',
    '--qs-border': '#dbe3ef',
    '--qs-primary': '#1d4ed8',
    '--qs-on-primary': '#ffffff',
    '--qs-accent': '#0b6880',
    '--qs-on-accent': '#ffffff',
    '--qs-inverse-bg': '#0f1b2d',
    '--qs-inverse-text': '#e8eef8',
    '--qs-font-heading': fontStack('plus-jakarta-sans'),
    '--qs-font-body': fontStack('inter'),
    '--qs-heading-weight': '700',
    '--qs-heading-tracking': '-0.02em',
    '--qs-heading-case': 'uppercase',
    '--qs-text-base': '1rem',
    '--qs-scale': '1.25',
    '--qs-line': '1.65',
    '--qs-radius': '8px',
    '--qs-radius-card': '14px',
    '--qs-radius-image': '12px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(3.5rem, 8vw, 6rem)',
    '--qs-max': '72rem',
    '--qs-shadow': '0 1px 2px rgba(15, 27, 45, 0.06), 0 8px 24px rgba(15, 27, 45, 0.06)',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'none',
    '--qs-button-case': 'none',
  },
  css: `.ds-meridian .qs-eyebrow{background:color-mix(in srgb,var(--qs-accent) 10%,transparent);padding:.3em .8em;border-radius:999px;letter-spacing:.06em}
.ds-meridian .qs-section--inverse .qs-eyebrow{background:rgba(255,255,255,.1)}
.ds-meridian .qs-card{transition:box-shadow .2s,transform .2s}
.ds-meridian .qs-card:hover{box-shadow:0 2px 4px rgba(15,27,45,.06),0 16px 40px rgba(15,27,45,.1);transform:translateY(-2px)}
.ds-meridian .qs-button{box-shadow:0 1px 2px rgba(29,78,216,.25)}
.ds-meridian .qs-button--secondary{box-shadow:none}
.ds-meridian .qs-media{box-shadow:var(--qs-shadow)}`,
};
