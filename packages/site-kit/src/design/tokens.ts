/**
 * The CSS custom properties every design system sets and every section's CSS reads. Sections
 * never hard-code a color, font, radius or spacing: they use these, so one component looks native
 * in all nine design systems. A test checks each design system defines every token.
 */
export const TOKENS = [
  // palette
  '--qs-bg', // page background
  '--qs-surface', // cards, panels
  '--qs-surface-2', // alternate section background
  '--qs-text', // body text
  '--qs-muted', // secondary text
  '--qs-border',
  '--qs-primary', // buttons, links
  '--qs-on-primary', // text on primary
  '--qs-accent', // highlights, badges
  '--qs-on-accent',
  '--qs-inverse-bg', // dark band (footer, CTA)
  '--qs-inverse-text',
  // type
  '--qs-font-heading',
  '--qs-font-body',
  '--qs-heading-weight',
  '--qs-heading-tracking', // letter-spacing of headings
  '--qs-heading-case', // text-transform of small headings/eyebrows: none | uppercase
  '--qs-text-base', // body size
  '--qs-scale', // type scale ratio, e.g. 1.25
  '--qs-line', // body line-height
  // shape and space
  '--qs-radius', // buttons, inputs
  '--qs-radius-card',
  '--qs-radius-image',
  '--qs-space', // base spacing unit
  '--qs-section-pad', // vertical padding of a section
  '--qs-max', // content max width
  '--qs-shadow',
  '--qs-border-width',
  // imagery
  '--qs-image-filter', // e.g. none | grayscale(1) | saturate(1.1)
  '--qs-button-case',
] as const;

export type Token = (typeof TOKENS)[number];
export type TokenValues = Record<Token, string>;
