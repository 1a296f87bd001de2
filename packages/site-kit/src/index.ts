/** @qspace/site-kit — sections, design systems, starters and the renderer for public sites. */
export { TOKENS, type Token, type TokenValues } from './design/tokens.js';
export {
  CATEGORIES,
  type CategoryId,
  type DesignSystem,
  type FontChoice,
  type SectionInstance,
  type SeoFields,
  type Starter,
  type StarterPage,
  type StarterPost,
} from './design/types.js';
export type { ClientFeature, Field, SectionDefinition, SectionGroup, SectionProps, Variant } from './registry/types.js';
export type { NavEntry, PostSummary, RenderContext, ResolvedImage } from './render/context.js';
export { SECTIONS, type SectionType } from './sections/index.js';
// rich text (richtext/*)
// design systems, fonts, starters, bundled assets (design/*, starters/*, assets/*)
// renderer (render/*)
