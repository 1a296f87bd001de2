/**
 * The renderer: page JSON + design system + App settings → a complete HTML document. Sections are
 * the same React components the editor previews, rendered to static markup on the server. The
 * document carries its CSS inline, preloads its two fonts, and includes a script only when a
 * section on the page needs one; the hashes of those scripts are returned for the CSP header.
 */
import { createHash } from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DesignSystem, SectionInstance, SeoFields } from '../design/types.js';
import type { ClientFeature } from '../registry/types.js';
import { sectionDefinition } from '../registry/validate.js';
import { ARTICLE_CSS, Article, type ArticleInput } from './article.js';
import { assetUrl, fontPath } from './assets.js';
import { CLIENT_SCRIPTS } from './client-scripts.js';
import type { RenderContext } from './context.js';
import { pageCss, type ThemeOverrides } from './css.js';

export interface RenderPageInput {
  lang?: string;
  site: { name: string; faviconUrl: string | null };
  page: { title: string; seo: SeoFields; sections: SectionInstance[] };
  designSystem: DesignSystem;
  theme: ThemeOverrides;
  ctx: Omit<RenderContext, 'primaryHeadingId'>;
  /** Absolute canonical URL of this page. */
  canonicalUrl: string;
  /** Absolute URL of the social card image, if any. */
  socialImageUrl: string | null;
  /** Objects serialized as JSON-LD (Organization, BlogPosting, ...). */
  structuredData?: object[];
  /** Absolute URL of the site's RSS feed, advertised in the head. */
  feedUrl?: string;
  /** A blog post rendered as the page's main article, after the sections. */
  article?: ArticleInput;
  /** Extra inline script; its hash joins the CSP list. */
  extraScript?: string;
  /**
   * The platform's tracking script (absolute, same-origin URL) and its `<noscript>` pixel. The
   * script URL is returned in `scriptSources` for the CSP.
   */
  tracking?: { scriptUrl: string; pixelUrl: string };
  /** Told about a section that failed to render (it is left out of the page). */
  onSectionError?: (error: unknown, section: SectionInstance) => void;
}

export interface RenderedPage {
  html: string;
  /** `'sha256-…'` sources for the inline scripts, for `Content-Security-Policy: script-src`. */
  scriptHashes: string[];
  /** URLs of external scripts the page loads (the tracking script), for `script-src`. */
  scriptSources: string[];
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c] as string);
/** JSON for a <script type="application/ld+json"> block: `<` can never close the element. */
const jsonForScript = (v: unknown) =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, '');

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

function renderSection(
  section: SectionInstance,
  ctx: RenderContext,
  onError: RenderPageInput['onSectionError'],
): string {
  const def = sectionDefinition(section.type);
  if (!def) return '';
  try {
    return renderToStaticMarkup(createElement(def.Component, { props: section.props, ctx, id: section.id }));
  } catch (error) {
    // Stored content is validated on write, so this is a bug in a component: drop the one
    // section rather than the whole page, and say so.
    onError?.(error, section);
    return '';
  }
}

function head(input: RenderPageInput, css: string, fontUrls: string[]): string {
  const { seo } = input.page;
  const title = seo.title || `${input.page.title} · ${input.site.name}`;
  const description = seo.description;
  const parts = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    description ? `<meta name="description" content="${escapeHtml(description)}">` : '',
    `<link rel="canonical" href="${escapeHtml(input.canonicalUrl)}">`,
    seo.noindex ? '<meta name="robots" content="noindex">' : '',
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${escapeHtml(input.site.name)}">`,
    `<meta property="og:title" content="${escapeHtml(title)}">`,
    description ? `<meta property="og:description" content="${escapeHtml(description)}">` : '',
    `<meta property="og:url" content="${escapeHtml(input.canonicalUrl)}">`,
    input.socialImageUrl ? `<meta property="og:image" content="${escapeHtml(input.socialImageUrl)}">` : '',
    `<meta name="twitter:card" content="${input.socialImageUrl ? 'summary_large_image' : 'summary'}">`,
    input.site.faviconUrl ? `<link rel="icon" href="${escapeHtml(input.site.faviconUrl)}">` : '',
    input.feedUrl
      ? `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(input.site.name)}" href="${escapeHtml(input.feedUrl)}">`
      : '',
    ...fontUrls.map(
      (u) => `<link rel="preload" href="${escapeHtml(u)}" as="font" type="font/woff2" crossorigin>`,
    ),
    `<style>${css}</style>`,
    ...(input.structuredData ?? []).map(
      (d) => `<script type="application/ld+json">${jsonForScript(d)}</script>`,
    ),
  ];
  return parts.join('');
}

/** Renders one page to a complete HTML document. */
export function renderPage(input: RenderPageInput): RenderedPage {
  const sections = input.page.sections;
  // The page's h1: the first hero, else an image + text section opening the page.
  const opening = sections.find((s) => s.type !== 'navigation');
  const hero = input.article
    ? undefined
    : (sections.find((s) => s.type === 'hero') ?? (opening?.type === 'image-text' ? opening : undefined));
  const ctx: RenderContext = { ...input.ctx, primaryHeadingId: hero?.id ?? null };
  const { css, fonts } = pageCss(
    input.designSystem,
    input.theme,
    sections.map((s) => s.type),
  );

  const features = new Set<ClientFeature>();
  let top = '';
  let main = '';
  let bottom = '';
  sections.forEach((s, i) => {
    for (const f of sectionDefinition(s.type)?.clientFeatures ?? []) features.add(f);
    const html = renderSection(s, ctx, input.onSectionError);
    if (s.type === 'navigation' && i === 0) top += html;
    else if (s.type === 'footer' && i === sections.length - 1) bottom += html;
    else main += html;
  });
  // Every page has exactly one h1: the first hero's headline, or the page title (visually hidden).
  const h1 =
    hero || input.article ? '' : `<h1 class="qs-visually-hidden">${escapeHtml(input.page.title)}</h1>`;
  const article = input.article
    ? renderToStaticMarkup(createElement(Article, { post: input.article, ctx }))
    : '';

  const scripts = [...features].map((f) => CLIENT_SCRIPTS[f]).filter((s) => s.length > 0);
  if (input.extraScript) scripts.push(input.extraScript);
  const fontUrls = fonts.map((f) => assetUrl(fontPath(f.id)) ?? fontPath(f.id));
  const html = [
    `<!doctype html><html lang="${escapeHtml(input.lang ?? 'en')}"><head>`,
    head(input, input.article ? css + ARTICLE_CSS : css, fontUrls),
    `</head><body class="ds-${escapeHtml(input.designSystem.id)}">`,
    '<a class="qs-skip" href="#main">Skip to content</a>',
    top,
    `<main id="main">${h1}${main}${article}</main>`,
    bottom,
    ...scripts.map((s) => `<script>${s}</script>`),
    input.tracking
      ? `<script defer src="${escapeHtml(input.tracking.scriptUrl)}"></script><noscript><img src="${escapeHtml(input.tracking.pixelUrl)}" alt="" width="1" height="1" style="position:absolute"></noscript>`
      : '',
    '</body></html>',
  ].join('');
  return {
    html,
    scriptHashes: scripts.map(hashOf),
    scriptSources: input.tracking ? [input.tracking.scriptUrl] : [],
  };
}

export interface RenderedFragment {
  /** The stylesheet for these sections in this design system and theme (fonts included). */
  css: string;
  /** Each section's markup, in order; empty when it failed to render. */
  sections: { id: string; type: string; html: string }[];
  /** Client features the sections need (the editor may ignore them). */
  features: ClientFeature[];
}

/**
 * Sections rendered one by one with the page's CSS, for the visual editor's live preview: the same
 * components and CSS as the published page, without the document around them.
 */
export function renderFragment(input: {
  sections: SectionInstance[];
  designSystem: DesignSystem;
  theme: ThemeOverrides;
  ctx: Omit<RenderContext, 'primaryHeadingId'>;
  onSectionError?: (error: unknown, section: SectionInstance) => void;
}): RenderedFragment {
  const hero = input.sections.find((s) => s.type === 'hero');
  const ctx: RenderContext = { ...input.ctx, primaryHeadingId: hero?.id ?? null };
  const { css } = pageCss(
    input.designSystem,
    input.theme,
    input.sections.map((s) => s.type),
  );
  const features = new Set<ClientFeature>();
  const sections = input.sections.map((s) => {
    for (const f of sectionDefinition(s.type)?.clientFeatures ?? []) features.add(f);
    return { id: s.id, type: s.type, html: renderSection(s, ctx, input.onSectionError) };
  });
  return { css, sections, features: [...features] };
}
