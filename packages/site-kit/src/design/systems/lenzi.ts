import { fontStack } from '../fonts.js';
import type { DesignSystem } from '../types.js';

/** Creators: a minimal photographer's portfolio — gallery white, wide layout, imagery first. */
export const lenzi: DesignSystem = {
  id: 'lenzi',
  name: 'Lenzi',
  category: 'creators',
  description:
    'Gallery white, quiet type and a wide layout that lets big images speak: for photographers and filmmakers.',
  fonts: { heading: 'archivo', body: 'inter' },
  tokens: {
    '--qs-bg': '#f6f5f2',
    '--qs-surface': '#ffffff',
    '--qs-surface-2': '#ecebe6',
    '--qs-text': '#141414',
    '--qs-muted': '#5e5d58',
    '--qs-border': '#d9d7d0',
    '--qs-primary': '#141414',
    '--qs-on-primary': '#f6f5f2',
    '--qs-accent': '#b23a1e',
    '--qs-on-accent': '#ffffff',
    '--qs-inverse-bg': '#141414',
    '--qs-inverse-text': '#ecebe6',
    '--qs-font-heading': fontStack('archivo'),
    '--qs-font-body': fontStack('inter'),
    '--qs-heading-weight': '600',
    '--qs-heading-tracking': '-0.03em',
    '--qs-heading-case': 'uppercase',
    '--qs-text-base': '0.9875rem',
    '--qs-scale': '1.3',
    '--qs-line': '1.6',
    '--qs-radius': '2px',
    '--qs-radius-card': '2px',
    '--qs-radius-image': '0px',
    '--qs-space': '1rem',
    '--qs-section-pad': 'clamp(3rem, 8vw, 6.5rem)',
    '--qs-max': '86rem',
    '--qs-shadow': 'none',
    '--qs-border-width': '1px',
    '--qs-image-filter': 'none',
    '--qs-button-case': 'none',
  },
  css: `.ds-lenzi .qs-eyebrow{color:var(--qs-muted);letter-spacing:.22em;font-weight:500;font-size:.7rem}
.ds-lenzi .qs-section--inverse .qs-eyebrow{color:var(--qs-inverse-text)}
.ds-lenzi .qs-eyebrow::before{content:"";display:inline-block;width:.5rem;height:.5rem;border-radius:50%;background:var(--qs-accent);margin-right:.6em;vertical-align:.05em}
.ds-lenzi .qs-card{border:0;padding-inline:0;background:transparent}
.ds-lenzi .qs-button{padding:.7em 1.3em;font-weight:500}
.ds-lenzi .qs-button--secondary{border-color:transparent;text-decoration:underline;text-underline-offset:.35em}
.ds-lenzi .qs-media{background:var(--qs-surface-2)}
.ds-lenzi .qs-media img{transition:opacity .3s}
.ds-lenzi .qs-media:hover img{opacity:.92}`,
};
