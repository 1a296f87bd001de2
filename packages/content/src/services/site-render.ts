/**
 * Turns a site snapshot and a request path into a response body: pages, the blog index, posts,
 * the per-site 404, and sitemap.xml / robots.txt / rss.xml. Pure (no I/O): the server caches
 * what this returns, keyed by the snapshot's version.
 */
import {
  type ArticleInput,
  assetSize,
  assetUrl,
  DESIGN_SYSTEMS,
  designSystemById,
  escapeHtml,
  type RenderContext,
  type RenderedFragment,
  type RenderedPage,
  type ResolvedImage,
  type RichTextDoc,
  renderFragment,
  renderPage,
  type SectionInstance,
  sectionDefinition,
} from '@qspace/site-kit';
import type { SeoColumn } from '../schema.js';
import type { PublishedPage, PublishedPost, SiteSnapshot } from './public-site.js';

export interface SiteLocation {
  /** Absolute URL of the site root, ending in `/` (canonical links, sitemap, feed). */
  origin: string;
  /** Path prefix of the site in this request: '' (own host) or `/s/<slug>`. */
  basePath: string;
  /** Told about a section that failed to render (left out of the page); the server logs it. */
  onSectionError?: (error: unknown, section: SectionInstance) => void;
  /** The analytics script and `<noscript>` pixel to add to published pages (absent in previews). */
  tracking?: { scriptUrl: string; pixelUrl: string };
}

export interface SiteResponse extends RenderedPage {
  status: 200 | 404;
}

const NOT_FOUND_SEO: SeoColumn = { title: '', description: '', image: '', noindex: true };

function formatPrice(cents: number): string {
  const shillings = cents / 100;
  const digits = Number.isInteger(shillings) ? 0 : 2;
  return `KSh ${shillings.toLocaleString('en-KE', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

const dateFormat = new Intl.DateTimeFormat('en-KE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Africa/Nairobi',
});

function resolveImage(snapshot: SiteSnapshot, src: string): ResolvedImage | null {
  if (!src) return null;
  if (src.startsWith('media:')) return snapshot.images.get(src) ?? null;
  if (src.startsWith('/_site/')) {
    const url = assetUrl(src);
    if (!url) return null;
    const size = assetSize(src);
    return size ? { src: url, ...size } : { src: url };
  }
  return src.startsWith('https://') ? { src } : null;
}

function makeHref(loc: SiteLocation) {
  return (stored: string): string => {
    if (stored.startsWith('page:')) {
      const slug = stored.slice(5);
      return slug ? `${loc.basePath}/${slug}` : `${loc.basePath}/`;
    }
    if (stored.startsWith('/') && !stored.startsWith('//')) return `${loc.basePath}${stored}`;
    return stored; // #anchor, https://, mailto:, tel: (validated on write)
  };
}

function context(
  snapshot: SiteSnapshot,
  loc: SiteLocation,
  currentSlug: string | null,
  sent: string | null,
): Omit<RenderContext, 'primaryHeadingId'> {
  const href = makeHref(loc);
  const image = (src: string) => resolveImage(snapshot, src);
  return {
    site: { name: snapshot.name, logo: snapshot.theme.logo ? image(snapshot.theme.logo) : null },
    nav: snapshot.pages
      .filter((p) => p.inNav)
      .map((p) => ({ title: p.title, href: href(`page:${p.slug}`), current: p.slug === currentSlug })),
    posts: snapshot.posts.slice(0, 24).map((p) => ({
      title: p.title,
      href: `${loc.basePath}/blog/${p.slug}`,
      excerpt: p.excerpt,
      publishedAt: p.publishedAt.toISOString(),
      cover: image(p.cover.src),
      coverAlt: p.cover.alt,
      tags: p.tags,
      author: p.authorName,
    })),
    href,
    image,
    formAction: (sectionId) => `${loc.basePath}/_forms/${sectionId}`,
    formSent: sent,
    formatPrice,
    formatDate: (iso) => dateFormat.format(new Date(iso)),
  };
}

function absolute(loc: SiteLocation, path: string): string {
  return new URL(path.replace(/^\//, ''), loc.origin).toString();
}

function absoluteImage(loc: SiteLocation, img: ResolvedImage | null): string | null {
  if (!img) return null;
  return img.src.startsWith('https://') ? img.src : new URL(img.src, loc.origin).toString();
}

function chrome(snapshot: SiteSnapshot): { nav: SectionInstance | null; footer: SectionInstance | null } {
  const home = snapshot.pages.find((p) => p.isHome) ?? snapshot.pages[0];
  const first = home?.sections[0];
  const last = home?.sections[home.sections.length - 1];
  return {
    nav: first?.type === 'navigation' ? first : null,
    footer: last?.type === 'footer' ? last : null,
  };
}

function organization(
  snapshot: SiteSnapshot,
  loc: SiteLocation,
  ctx: Omit<RenderContext, 'primaryHeadingId'>,
) {
  const logo = absoluteImage(loc, ctx.site.logo);
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: snapshot.name,
    url: loc.origin,
    ...(snapshot.tagline ? { description: snapshot.tagline } : {}),
    ...(logo ? { logo } : {}),
  };
}

function render(
  snapshot: SiteSnapshot,
  loc: SiteLocation,
  page: { title: string; seo: SeoColumn; sections: SectionInstance[] },
  options: {
    path: string;
    slug: string | null;
    sent: string | null;
    article?: ArticleInput;
    data?: object[];
  },
): RenderedPage {
  const ds =
    designSystemById(snapshot.designSystem) ??
    (DESIGN_SYSTEMS[0] as NonNullable<ReturnType<typeof designSystemById>>);
  const ctx = context(snapshot, loc, options.slug, options.sent);
  const social = page.seo.image ? absoluteImage(loc, ctx.image(page.seo.image)) : null;
  const favicon = snapshot.theme.favicon ? ctx.image(snapshot.theme.favicon) : null;
  return renderPage({
    site: { name: snapshot.name, faviconUrl: favicon?.src ?? null },
    page,
    designSystem: ds,
    theme: snapshot.theme,
    ctx,
    canonicalUrl: absolute(loc, options.path),
    socialImageUrl: social,
    structuredData: options.data ?? [],
    ...(snapshot.posts.length > 0 ? { feedUrl: absolute(loc, '/rss.xml') } : {}),
    ...(options.article ? { article: options.article } : {}),
    ...(loc.onSectionError ? { onSectionError: loc.onSectionError } : {}),
    ...(loc.tracking ? { tracking: loc.tracking } : {}),
  });
}

function notFound(snapshot: SiteSnapshot, loc: SiteLocation): SiteResponse {
  const { nav, footer } = chrome(snapshot);
  const sections = [nav, notFoundSection(loc), footer].filter((s): s is SectionInstance => !!s);
  const page = {
    title: 'Page not found',
    seo: { ...NOT_FOUND_SEO, title: `Page not found · ${snapshot.name}` },
    sections,
  };
  return { status: 404, ...render(snapshot, loc, page, { path: '/404', slug: null, sent: null }) };
}

/** The 404 body: a hero-style message with a way home, built from the registry's rich-text section. */
function notFoundSection(loc: SiteLocation): SectionInstance {
  return {
    id: 'not-found',
    type: 'rich-text',
    props: {
      variant: 'centered',
      anchor: '',
      tone: 'default',
      heading: 'We could not find that page',
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'The link may be old, or the page may have moved.' }],
          },
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'Go to the home page',
                marks: [{ type: 'link', attrs: { href: `${loc.basePath}/` } }],
              },
            ],
          },
        ],
      },
    },
  };
}

function pageResponse(
  snapshot: SiteSnapshot,
  loc: SiteLocation,
  page: PublishedPage,
  sent: string | null,
): SiteResponse {
  const path = page.isHome ? '/' : `/${page.slug}`;
  const ctxData = page.isHome ? [organization(snapshot, loc, context(snapshot, loc, page.slug, sent))] : [];
  return { status: 200, ...render(snapshot, loc, page, { path, slug: page.slug, sent, data: ctxData }) };
}

function blogIndex(snapshot: SiteSnapshot, loc: SiteLocation): SiteResponse {
  const { nav, footer } = chrome(snapshot);
  const list: SectionInstance = {
    id: 'blog',
    type: 'blog-list',
    props: blogListProps(snapshot),
  };
  const sections = [nav, list, footer].filter((s): s is SectionInstance => !!s);
  const seo: SeoColumn = {
    title: `Blog · ${snapshot.name}`,
    description: `News and stories from ${snapshot.name}.`,
    image: '',
    noindex: false,
  };
  return {
    status: 200,
    ...render(snapshot, loc, { title: 'Blog', seo, sections }, { path: '/blog', slug: 'blog', sent: null }),
  };
}

/** Props for the blog index's list: the registry defaults, showing every post. */
function blogListProps(snapshot: SiteSnapshot): Record<string, unknown> {
  const defaults = (sectionDefinition('blog-list')?.defaults ?? {}) as Record<string, unknown>;
  return {
    ...defaults,
    variant: 'cards',
    title: 'Blog',
    allPostsLabel: '',
    allPostsHref: '',
    intro: `News and stories from ${snapshot.name}.`,
    limit: 12,
  };
}

function postResponse(snapshot: SiteSnapshot, loc: SiteLocation, post: PublishedPost): SiteResponse {
  const { nav, footer } = chrome(snapshot);
  const sections = [nav, footer].filter((s): s is SectionInstance => !!s);
  const path = `/blog/${post.slug}`;
  const seo: SeoColumn = {
    title: post.seo.title || `${post.title} · ${snapshot.name}`,
    description: post.seo.description || post.excerpt.slice(0, 200),
    image: post.seo.image || post.cover.src,
    noindex: post.seo.noindex,
  };
  const ctx = context(snapshot, loc, 'blog', null);
  const cover = absoluteImage(loc, ctx.image(post.cover.src));
  const data = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: { '@type': 'Person', name: post.authorName || snapshot.name },
    publisher: { '@type': 'Organization', name: snapshot.name },
    mainEntityOfPage: absolute(loc, path),
    ...(cover ? { image: cover } : {}),
  };
  const article: ArticleInput = {
    title: post.title,
    excerpt: post.excerpt,
    coverSrc: post.cover.src,
    coverAlt: post.cover.alt,
    authorName: post.authorName,
    publishedAt: post.publishedAt.toISOString(),
    tags: post.tags,
    body: post.body as RichTextDoc,
    blogHref: `${loc.basePath}/blog`,
  };
  return {
    status: 200,
    ...render(
      snapshot,
      loc,
      { title: post.title, seo, sections },
      { path, slug: 'blog', sent: null, article, data: [data] },
    ),
  };
}

/**
 * Renders the site path (relative to the site root, e.g. `/`, `/about`, `/blog/x`). `sent` is the
 * section id of a form just sent without JavaScript. `draft` replaces one page (preview).
 */
export function renderSitePath(
  snapshot: SiteSnapshot,
  path: string,
  loc: SiteLocation,
  options: { sent?: string | null; draft?: PublishedPage } = {},
): SiteResponse {
  const clean = path.replace(/\/+$/, '') || '/';
  const sent = options.sent ?? null;
  const pages = options.draft
    ? snapshot.pages.map((p) => (p.id === options.draft?.id ? options.draft : p))
    : snapshot.pages;
  if (options.draft && !pages.includes(options.draft)) pages.push(options.draft);
  const site = { ...snapshot, pages };
  if (clean === '/') {
    const home = pages.find((p) => p.isHome);
    return home ? pageResponse(site, loc, home, sent) : notFound(site, loc);
  }
  if (clean === '/blog') return snapshot.posts.length > 0 ? blogIndex(site, loc) : notFound(site, loc);
  const post = /^\/blog\/([a-z0-9-]+)$/.exec(clean);
  if (post) {
    const found = snapshot.posts.find((p) => p.slug === post[1]);
    return found ? postResponse(site, loc, found) : notFound(site, loc);
  }
  const slug = /^\/([a-z0-9-]+)$/.exec(clean)?.[1];
  const page = slug ? pages.find((p) => !p.isHome && p.slug === slug) : undefined;
  return page ? pageResponse(site, loc, page, sent) : notFound(site, loc);
}

const xml = (s: string) => escapeHtml(s);

export function sitemapXml(snapshot: SiteSnapshot, loc: SiteLocation): string {
  const urls = [
    ...snapshot.pages
      .filter((p) => !p.seo.noindex)
      .map((p) => ({ loc: absolute(loc, p.isHome ? '/' : `/${p.slug}`), mod: p.publishedAt })),
    ...(snapshot.posts.length > 0
      ? [{ loc: absolute(loc, '/blog'), mod: snapshot.posts[0]?.publishedAt ?? new Date() }]
      : []),
    ...snapshot.posts
      .filter((p) => !p.seo.noindex)
      .map((p) => ({ loc: absolute(loc, `/blog/${p.slug}`), mod: p.updatedAt })),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `  <url><loc>${xml(u.loc)}</loc><lastmod>${u.mod.toISOString()}</lastmod></url>`)
    .join('\n')}\n</urlset>\n`;
}

export function robotsTxt(loc: SiteLocation): string {
  return `User-agent: *\nAllow: /\nDisallow: /_forms/\n\nSitemap: ${absolute(loc, '/sitemap.xml')}\n`;
}

export function rssXml(
  snapshot: SiteSnapshot,
  loc: SiteLocation,
  renderBody: (doc: RichTextDoc) => string,
): string {
  const items = snapshot.posts.slice(0, 50).map((p) => {
    const link = absolute(loc, `/blog/${p.slug}`);
    return [
      '    <item>',
      `      <title>${xml(p.title)}</title>`,
      `      <link>${xml(link)}</link>`,
      `      <guid isPermaLink="true">${xml(link)}</guid>`,
      `      <pubDate>${p.publishedAt.toUTCString()}</pubDate>`,
      `      <description>${xml(p.excerpt)}</description>`,
      `      <content:encoded><![CDATA[${renderBody(p.body as RichTextDoc).replace(/]]>/g, ']]]]><![CDATA[>')}]]></content:encoded>`,
      ...p.tags.map((t) => `      <category>${xml(t)}</category>`),
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xml(snapshot.name)}</title>`,
    `    <link>${xml(loc.origin)}</link>`,
    `    <description>${xml(snapshot.tagline || `News from ${snapshot.name}`)}</description>`,
    `    <atom:link href="${xml(absolute(loc, '/rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    '    <language>en-KE</language>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/**
 * The visual editor's live preview: draft sections rendered with the site's real design system,
 * theme, navigation and posts — the same components and CSS as the published page.
 */
export function renderEditorPreview(
  snapshot: SiteSnapshot,
  sections: SectionInstance[],
  loc: SiteLocation,
): RenderedFragment {
  const ds =
    designSystemById(snapshot.designSystem) ??
    (DESIGN_SYSTEMS[0] as NonNullable<ReturnType<typeof designSystemById>>);
  return renderFragment({
    sections,
    designSystem: ds,
    theme: snapshot.theme,
    ctx: context(snapshot, loc, null, null),
    ...(loc.onSectionError ? { onSectionError: loc.onSectionError } : {}),
    ...(loc.tracking ? { tracking: loc.tracking } : {}),
  });
}
