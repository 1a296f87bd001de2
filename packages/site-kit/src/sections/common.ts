/**
 * Schema and editor-field pieces every section shares: the `variant` / `anchor` / `tone` props, their
 * editor fields, the tone → class mapping and image lookup. Sections spread these into their own
 * schema and fields, so a change here (a new tone, say) reaches every section at once.
 */
import { z } from 'zod';
import type { Field, Variant } from '../registry/types.js';
import type { RenderContext, ResolvedImage } from '../render/context.js';
import { anchorId, link, list } from '../schema/primitives.js';

export const TONES = ['default', 'alt', 'inverse'] as const;
export type Tone = (typeof TONES)[number];

/** The class a tone adds to a section's root (the default tone adds none). */
export const TONE_CLASS: Record<Tone, string> = {
  default: '',
  alt: ' qs-section--alt',
  inverse: ' qs-section--inverse',
};

type Ids<V extends readonly Variant[]> = V[number]['id'];

/** The `variant` prop: one of the section's variant ids, in the order the editor lists them. */
export function variantSchema<const V extends readonly Variant[]>(variants: V) {
  return z.enum(variants.map((v) => v.id) as [Ids<V>, ...Ids<V>[]]);
}

/** The `variant`, `anchor` and `tone` props, first in every banded section's schema. */
export function baseShape<const V extends readonly Variant[]>(variants: V) {
  return { variant: variantSchema(variants), anchor: anchorId(), tone: z.enum(TONES) };
}

/** Up to two call-to-action buttons (the first is the main one). */
export const buttons = () => list(link(), 2);

/** The editor field that picks a layout variant. */
export function variantField(variants: readonly Variant[]): Field {
  return { kind: 'select', label: 'Layout', options: variants.map((v) => ({ value: v.id, label: v.label })) };
}

/**
 * Two wordings grew up side by side in the editor and both are kept so no label changes:
 * 'descriptive' ("Soft contrast", "Anchor id (for #links)") and 'terse' ("Alternate",
 * "Anchor id (for links like #faq)").
 */
export type FieldWording = 'descriptive' | 'terse';

const TONE_LABELS: Record<FieldWording, Record<Tone, string>> = {
  descriptive: { default: 'Page background', alt: 'Soft contrast', inverse: 'Dark band' },
  terse: { default: 'Page', alt: 'Alternate', inverse: 'Dark' },
};

function anchorField(placeholder: string, wording: FieldWording): Field {
  const label = wording === 'terse' ? `Anchor id (for links like #${placeholder})` : 'Anchor id (for #links)';
  return { kind: 'text', label, placeholder };
}

function toneField(wording: FieldWording): Field {
  const labels = TONE_LABELS[wording];
  return {
    kind: 'select',
    label: 'Background',
    options: TONES.map((value) => ({ value, label: labels[value] })),
  };
}

/** Editor fields for `variant`, `anchor` and `tone`; `anchor` is the anchor id the editor suggests. */
export function baseFields(variants: readonly Variant[], anchor: string, wording: FieldWording) {
  return {
    variant: variantField(variants),
    anchor: anchorField(anchor, wording),
    tone: toneField(wording),
  } satisfies Record<string, Field>;
}

export const EYEBROW_FIELD: Field = { kind: 'text', label: 'Small text above the title' };
export const TITLE_FIELD: Field = { kind: 'text', label: 'Title' };
export const INTRO_FIELD: Field = { kind: 'textarea', label: 'Introduction' };

/** Editor field for the buttons of `buttons()`. */
export function buttonsField(label: string, linkLabel = 'Link'): Field {
  return {
    kind: 'list',
    label,
    itemLabel: 'Button',
    max: 2,
    fields: { label: { kind: 'text', label: 'Button text' }, href: { kind: 'link', label: linkLabel } },
  };
}

/** The image to print for a stored image, or null when there is none (or it cannot be shown). */
export function imageOf(ctx: RenderContext, stored: { src: string }): ResolvedImage | null {
  return stored.src ? ctx.image(stored.src) : null;
}

/** The id of a section's title element, which its `aria-labelledby` points at. */
export const titleIdOf = (sectionId: string) => `${sectionId}-title`;
