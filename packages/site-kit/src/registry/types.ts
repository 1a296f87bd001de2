/**
 * The section contract. One `SectionDefinition` per section type says everything the platform
 * needs: how props are validated (Zod), what a new section starts with (defaults), how the editor
 * shows each prop (fields; the dashboard derives its Puck config from them), which layout variants
 * exist, and the one React component used both in the editor preview and on the published site.
 */
import type { ReactElement } from 'react';
import type { z } from 'zod';
import type { RenderContext } from '../render/context.js';

/** How the visual editor edits one prop. Mirrors the kinds of fields Puck offers. */
export type Field =
  | { kind: 'text'; label: string; placeholder?: string }
  | { kind: 'textarea'; label: string; placeholder?: string }
  | { kind: 'richtext'; label: string }
  | { kind: 'number'; label: string; min?: number; max?: number }
  | { kind: 'money'; label: string; currency: 'KES' }
  | { kind: 'boolean'; label: string }
  | { kind: 'color'; label: string }
  | { kind: 'select'; label: string; options: readonly { value: string; label: string }[] }
  | { kind: 'image'; label: string }
  | { kind: 'link'; label: string }
  | { kind: 'list'; label: string; itemLabel: string; fields: Record<string, Field>; max: number };

export type SectionGroup = 'structure' | 'content' | 'conversion' | 'commerce' | 'social-proof' | 'media';

export interface Variant {
  id: string;
  label: string;
}

/** Client-side behaviour a section needs; the renderer adds each script once per page. */
export type ClientFeature = 'form' | 'lightbox' | 'nav-toggle';

export interface SectionProps<P> {
  props: P;
  ctx: RenderContext;
  /** Stable id of this section instance on the page (used for anchors and form targets). */
  id: string;
}

export interface SectionDefinition<S extends z.ZodType = z.ZodType> {
  type: string;
  label: string;
  description: string;
  group: SectionGroup;
  /** Validates props; must be `.strict()` objects so unknown props are refused with their path. */
  schema: S;
  /** Props of a newly added section: must pass `schema`. */
  defaults: z.infer<S>;
  /** Editor fields for every top-level prop of the schema (a test checks they match). */
  fields: Record<string, Field>;
  /** Layout variants; the chosen one is the `variant` prop. The first is the default. */
  variants: readonly Variant[];
  clientFeatures?: readonly ClientFeature[];
  /** CSS for this section, every rule scoped under `.qs-<type>`; inlined only on pages that use it. */
  css: string;
  // Method syntax on purpose: the registry holds definitions of many prop types side by side.
  Component(p: SectionProps<z.infer<S>>): ReactElement | null;
}

/** Identity helper that keeps the props type of `Component` tied to the schema. */
export function defineSection<S extends z.ZodType>(def: SectionDefinition<S>): SectionDefinition<S> {
  return def;
}
