import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Creators: a vivid, dark stage for musicians and artists — hot pink and sunshine on midnight purple. */
export const ngoma: DesignSystem = {
  id: 'ngoma',
  name: 'Ngoma',
  category: 'creators',
  description:
    'Midnight purple lit up with hot pink and sunshine yellow: loud and vivid for musicians, DJs and artists.',
  fonts: { heading: 'syne', body: 'dm-sans' },
  tokens: {
    '--qs-bg': '#130b20',
    '--qs-surface': '#1e1330',
    '--qs-surface-2': '#1a1029',
    '--qs-text': '#f6f0ff',
    '--qs-muted': '#b9acd0',
    '--qs-border': '#3a2a55',
    '--qs-primary': '#ff4d8d',
    '--qs-on-primary': '#14091f',
    '--qs-accent': '#ffc93c',
    '--qs-on-accent': '#14091f',
    '--qs-inverse-bg': '#ff4d8d',
    '--qs-inverse-text': '#14091f',
    '--qs-font-heading': fontStack('syne'),
    '--qs-font-body': fontStack('dm-sans'),
    '--qs-heading-weight': '800',
    '--qs-heading-tracking': '-0.02em',
    '--qs-heading-case': 'uppercase',
    '--qs-text-base': '1.0625rem',
    '--qs-scale': '1.3',
    '--qs-line': '1.6',
    '--qs-radius': '14px',
    '--qs-radius-card': '20px',
    '--qs-radius-image': '20px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(3.5rem, 9vw, 7rem)',
    '--qs-max': '74rem',
    '--qs-shadow': '0 18px 50px rgba(255, 77, 141, 0.12)',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'saturate(1.2) contrast(1.05)',
    '--qs-button-case': 'uppercase',
  },
  css: `.ds-ngoma h1{background:linear-gradient(100deg,var(--qs-text) 30%,var(--qs-primary) 70%,var(--qs-accent));-webkit-background-clip:text;background-clip:text;color:transparent}
.ds-ngoma .qs-section--inverse h1{background:none;color:inherit}
.ds-ngoma .qs-button{letter-spacing:.06em;font-weight:700;box-shadow:0 0 0 0 rgba(255,77,141,.5);transition:box-shadow .2s,transform .15s}
.ds-ngoma .qs-button:hover{box-shadow:0 0 28px 2px rgba(255,77,141,.45);transform:translateY(-1px)}
.ds-ngoma .qs-card{background:linear-gradient(160deg,var(--qs-surface),var(--qs-surface-2))}
.ds-ngoma .qs-media{box-shadow:0 20px 60px rgba(0,0,0,.4)}`,
};
