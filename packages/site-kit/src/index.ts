/** @qspace/site-kit — sections, design systems, starters and the renderer for public sites. */

// renderer (render/*)
export { AA, contrastRatio, readableOn } from './design/contrast.js';
// design systems, fonts, starters, bundled assets (design/*, starters/*, assets/*)
export { FONTS, type FontFile, type FontKind, fontById, fontStack } from './design/fonts.js';
export { DESIGN_SYSTEMS, designSystemById, designSystemsFor } from './design/systems/index.js';
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
export type {
  ClientFeature,
  Field,
  SectionDefinition,
  SectionGroup,
  SectionProps,
  Variant,
} from './registry/types.js';
export {
  type ContentIssue,
  ContentValidationError,
  formatPath,
  MAX_DEPTH,
  MAX_PAGE_BYTES,
  MAX_SECTIONS,
  newSection,
  sectionDefinition,
  validateSections,
} from './registry/validate.js';
export { ARTICLE_CSS, Article, type ArticleInput } from './render/article.js';
export { assetSize, assetUrl, fontPath, type SiteAsset, siteAsset } from './render/assets.js';
export type { NavEntry, PostSummary, RenderContext, ResolvedImage } from './render/context.js';
export { pageCss, pageFonts, type ThemeOverrides, themeColorWarnings } from './render/css.js';
export {
  escapeHtml,
  type RenderedFragment,
  type RenderedPage,
  type RenderPageInput,
  renderFragment,
  renderPage,
} from './render/document.js';
// rich text (richtext/*)
export {
  type BlockNode,
  emptyDoc,
  type HeadingLevel,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type RichTextDoc,
  type TextNode,
} from './richtext/nodes.js';
export { RichText, type RichTextResolver, renderRichTextToHtml } from './richtext/render.js';
export { richTextDoc } from './richtext/schema.js';
export { collectMediaRefs, excerptOf, richTextToPlainText } from './richtext/text.js';
export { color, HREF_RULE, href, IMAGE_RULE, image, imageSrc, text } from './schema/primitives.js';
export { SECTIONS, type SectionType } from './sections/index.js';
export { STARTERS, starterById, startersFor } from './starters/index.js';
// page templates (templates/*)
export { PAGE_TEMPLATES, type PageTemplate, pageTemplate, templateSections } from './templates/index.js';
