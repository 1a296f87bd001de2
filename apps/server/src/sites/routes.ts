/**
 * Public sites, served by the same server: pages, blog, posts, sitemap, robots, RSS and contact
 * forms for `<slug>.<SITES_DOMAIN>`, `/s/<slug>/` and custom domains; bundled site assets at
 * `/_site/*` on any host; the authenticated draft preview at `/preview/:appId/:pageId`.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { FORM_SUBMITTED, formEventId, type IngestPipeline, trackerAsset } from '@qspace/analytics';
import { authorize } from '@qspace/auth';
import {
  FormErrors,
  formValuesFrom,
  loadDraftPage,
  renderSitePath,
  resolveMediaImages,
  robotsTxt,
  rssXml,
  type SiteLocation,
  type SiteSnapshot,
  sitemapXml,
  starterSnapshot,
  submitForm,
  withDraftImages,
} from '@qspace/content';
import { type Database, isAppError } from '@qspace/core';
import { type RichTextDoc, renderRichTextToHtml, siteAsset } from '@qspace/site-kit';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestLogger } from '../http/access-log.js';
import { clientIp } from '../http/auth-limits.js';
import { esc } from '../http/html.js';
import { renderMessagePage } from '../http/pages.js';
import type { RateLimitStore } from '../http/rate-limit.js';
import type { AppEnv } from '../http/types.js';
import { appContext } from '../routes/v1/session.js';
import { type CachedResponse, prepareResponse, type SiteCache } from './cache.js';
import { type SiteHosts, type SiteTarget, siteTarget } from './resolve.js';
import { cachedToResponse, siteCsp } from './serve.js';

export interface SiteRoutesDeps {
  database: Database;
  /** Analytics: published pages load its script; form submissions are recorded as conversions. */
  ingest?: IngestPipeline;
  cache: SiteCache;
  hosts: SiteHosts;
  publicUrl: string;
  mailFrom: string;
  rateLimits: RateLimitStore;
  formsPerIp: number;
  trustProxy: boolean;
}

const FORM_BODY_LIMIT = 64 * 1024;
/** Served by the platform on every host: the API, media, site assets, and the message pages' CSS. */
const PLATFORM_PATHS = ['/api/', '/_m/', '/_site/', '/_qs/', '/pages.css', '/favicon.svg'];
const FORM_WINDOW_MS = 10 * 60_000;

/** The cache key of a rendered site path: the same App renders differently per host/prefix. */
export function responseKey(target: SiteTarget, origin: string): string {
  return `${origin}|${target.basePath}|${target.path}`;
}

/**
 * The site's root URL in this request. The scheme is the platform's (PUBLIC_URL): behind a TLS
 * proxy the request itself arrives as plain http.
 */
export function siteOrigin(protocol: string, host: string | undefined, target: SiteTarget): string {
  return `${protocol}//${host ?? 'localhost'}${target.basePath}/`;
}

function sentParam(query: string): string | null {
  const sent = new URLSearchParams(query).get('sent');
  return sent && /^[A-Za-z0-9_-]{1,64}$/.test(sent) ? sent : null;
}

function render(
  snapshot: SiteSnapshot,
  target: SiteTarget,
  loc: SiteLocation,
  frameAncestors: string,
  sent: string | null,
): CachedResponse {
  const p = target.path;
  if (p === '/sitemap.xml')
    return prepareResponse(
      200,
      'application/xml; charset=utf-8',
      sitemapXml(snapshot, loc),
      snapshot.version,
      null,
    );
  if (p === '/robots.txt')
    return prepareResponse(200, 'text/plain; charset=utf-8', robotsTxt(loc), snapshot.version, null);
  if (p === '/rss.xml' || p === '/feed.xml') {
    const xml = rssXml(snapshot, loc, (doc) => renderRichTextToHtml(doc as RichTextDoc));
    return prepareResponse(200, 'application/rss+xml; charset=utf-8', xml, snapshot.version, null);
  }
  const page = renderSitePath(snapshot, p, loc, { sent });
  return prepareResponse(
    page.status,
    'text/html; charset=utf-8',
    page.html,
    snapshot.version,
    siteCsp(page.scriptHashes, frameAncestors, page.scriptSources),
  );
}

function wantsJson(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('application/json');
}

export function siteRoutes(app: OpenAPIHono<AppEnv>, deps: SiteRoutesDeps): void {
  const frameAncestors = new URL(deps.publicUrl).origin;
  const protocol = new URL(deps.publicUrl).protocol;

  app.get('/_site/*', (c) => {
    const found = siteAsset(c.req.path);
    if (!found) return c.notFound();
    if (c.req.header('if-none-match') === found.asset.etag) return c.body(null, 304);
    c.header('Content-Type', found.asset.type);
    c.header('ETag', found.asset.etag);
    c.header(
      'Cache-Control',
      found.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    );
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return c.body(new Uint8Array(found.asset.body));
  });

  // Everything on a site host (and under /s/<slug>/) is the site, except the API and media files.
  app.use('*', async (c, next) => {
    if (PLATFORM_PATHS.some((p) => c.req.path.startsWith(p))) return next();
    const url = new URL(c.req.url);
    const target = siteTarget(c.req.header('host'), `${url.pathname}${url.search}`, deps.hosts);
    if (!target) return next();
    const appId = await deps.cache.appId(target);
    if (!appId) return c.html(unknownSitePage(target), 404);
    if (c.req.method === 'POST' && target.path.startsWith('/_forms/'))
      return handleForm(c, deps, target, appId);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD')
      return c.text('Method not allowed', 405, { Allow: 'GET, HEAD' });
    const entry = await deps.cache.site(appId);
    if (!entry) return c.html(unknownSitePage(target), 404);
    const origin = siteOrigin(protocol, c.req.header('host'), target);
    const loc: SiteLocation = {
      origin,
      basePath: target.basePath,
      ...(deps.ingest ? trackingTags(origin) : {}),
      onSectionError: (error, section) =>
        requestLogger(c)?.error(
          { err: error, appId, section: section.id, type: section.type },
          'a section failed to render',
        ),
    };
    const sent = sentParam(target.query);
    if (sent) {
      // A one-off page showing "message sent": never cached.
      const r = render(entry.snapshot, target, loc, frameAncestors, sent);
      return cachedToResponse(c.req.raw, { ...r, etag: `"sent-${Date.now()}"` });
    }
    const key = responseKey(target, origin);
    let response = entry.responses.get(key);
    if (!response) {
      response = render(entry.snapshot, target, loc, frameAncestors, null);
      deps.cache.remember(appId, entry.snapshot, key, response);
    }
    return cachedToResponse(c.req.raw, response);
  });

  // Live previews of the nine starters (the create-App wizard shows these, not pictures).
  const previews = new Map<string, CachedResponse>();
  app.get('/starters/:starterId/*', (c) => {
    const { starterId } = c.req.param();
    const snapshot = starterSnapshot(starterId);
    if (!snapshot) return c.notFound();
    const basePath = `/starters/${starterId}`;
    const path = c.req.path.slice(basePath.length) || '/';
    const origin = `${new URL(c.req.url).origin}${basePath}/`;
    const key = `${origin}|${path}`;
    let response = previews.get(key);
    if (!response) {
      const page = renderSitePath(snapshot, path, { origin, basePath });
      response = prepareResponse(
        page.status,
        'text/html; charset=utf-8',
        page.html,
        1,
        siteCsp(page.scriptHashes, frameAncestors),
      );
      if (previews.size < 500) previews.set(key, response);
    }
    const res = cachedToResponse(c.req.raw, response);
    res.headers.set('X-Robots-Tag', 'noindex');
    return res;
  });

  app.get('/preview/:appId/:pageId', async (c) => {
    const { appId, pageId } = c.req.param();
    const ctx = await appContext(c, deps.database, appId);
    authorize(ctx, 'content.read');
    const [entry, draft] = await Promise.all([
      deps.cache.site(appId),
      loadDraftPage(deps.database, appId, pageId),
    ]);
    if (!entry || !draft) return c.notFound();
    const origin = `${new URL(c.req.url).origin}/preview/${appId}/`;
    const snapshot = await withDraftImages(deps.database, entry.snapshot, draft, resolveMediaImages);
    const page = renderSitePath(
      snapshot,
      draft.isHome ? '/' : `/${draft.slug}`,
      { origin, basePath: `/s/${entry.snapshot.slug}` },
      { draft },
    );
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Robots-Tag', 'noindex');
    c.header('Content-Security-Policy', siteCsp(page.scriptHashes, frameAncestors));
    c.header('X-Frame-Options', 'SAMEORIGIN');
    return c.html(page.html.replace('<body', '<body data-qs-preview'), 200);
  });
}

async function handleForm(
  c: Context<AppEnv>,
  deps: SiteRoutesDeps,
  target: SiteTarget,
  appId: string,
): Promise<Response> {
  const limited = await bodyLimit({
    maxSize: FORM_BODY_LIMIT,
    onError: (cc) =>
      formError(
        cc,
        413,
        'The message is too long. Shorten it and send it again.',
        undefined,
        `${target.basePath}/`,
      ),
  })(c, async () => {});
  if (limited) return limited;
  const sectionId = target.path.slice('/_forms/'.length);
  const hit = await deps.rateLimits.hit(`form:${appId}:${clientIp(c, deps.trustProxy)}`, FORM_WINDOW_MS);
  if (hit.count > deps.formsPerIp) {
    c.header('Retry-After', String(Math.ceil(hit.resetInMs / 1000)));
    return formError(
      c,
      429,
      'Too many messages from your network in a short time. Please wait a few minutes and try again.',
      undefined,
      `${target.basePath}/`,
    );
  }
  const entry = await deps.cache.site(appId);
  const page = entry?.snapshot.pages.find((p) =>
    p.sections.some((s) => s.id === sectionId && s.type === 'contact'),
  );
  if (!entry || !page)
    return formError(
      c,
      404,
      'This form no longer exists. Reload the page and try again.',
      undefined,
      `${target.basePath}/`,
    );
  const pagePath = `${target.basePath}${page.isHome ? '/' : `/${page.slug}`}`;
  let values: Record<string, string>;
  try {
    values = formValuesFrom(await c.req.parseBody({ all: true }));
  } catch {
    return formError(
      c,
      400,
      'The form could not be read. Reload the page and send it again.',
      undefined,
      pagePath,
    );
  }
  let stored: Awaited<ReturnType<typeof submitForm>>;
  try {
    stored = await submitForm(deps.database, {
      appId,
      pageId: page.id,
      sectionId,
      values,
      meta: {
        path: pagePath,
        referrer: c.req.header('referer') ?? '',
        userAgent: (c.req.header('user-agent') ?? '').slice(0, 300),
      },
      notify: { publicUrl: deps.publicUrl, mailFrom: deps.mailFrom },
    });
  } catch (error) {
    if (isAppError(error) && error.status < 500) {
      const fields = FormErrors.submission_invalid.is(error) ? (error.details as unknown) : undefined;
      return formError(c, error.status, error.message, fields, pagePath);
    }
    throw error;
  }
  if (stored.status === 'stored') {
    const props = page.sections.find((s) => s.id === sectionId)?.props as { formName?: unknown } | undefined;
    // The same name content gives the submission (its outbox event carries it too).
    const formName = (typeof props?.formName === 'string' ? props.formName.trim() : '') || 'Contact';
    await recordConversion(c, deps, pagePath, stored.submissionId, formName);
  }
  // Honeypot hits are answered exactly like real messages.
  if (wantsJson(c)) return c.json({ ok: true });
  return c.redirect(
    `${pagePath}?sent=${encodeURIComponent(sectionId)}#${encodeURIComponent(sectionId)}`,
    303,
  );
}

/**
 * The submission as an analytics event with the visitor's request details, so it is attributed to
 * their session and source. The rollup job also imports it from content's outbox under the same
 * event id, so it counts once either way (and still counts when the visitor is not tracked).
 */
async function recordConversion(
  c: Context<AppEnv>,
  deps: SiteRoutesDeps,
  pagePath: string,
  submissionId: string,
  formName: string,
): Promise<void> {
  if (!deps.ingest) return;
  const host = c.req.header('host') ?? '';
  const scheme = new URL(deps.publicUrl).protocol;
  await deps.ingest
    .record({
      name: FORM_SUBMITTED,
      url: `${scheme}//${host}${pagePath}`,
      id: formEventId(submissionId),
      props: { formName },
      ip: clientIp(c, deps.trustProxy),
      userAgent: c.req.header('user-agent') ?? '',
      host,
      doNotTrack: c.req.header('dnt') === '1' || c.req.header('sec-gpc') === '1',
    })
    .catch(() => undefined); // the outbox import still counts it
}

/**
 * The analytics script and pixel for a page at `origin`. Only for origins of a plain shape: the
 * script URL goes into the CSP header, so a strange Host header must never reach it.
 */
export function trackingTags(origin: string): { tracking?: { scriptUrl: string; pixelUrl: string } } {
  const root = /^(https?:\/\/[a-z0-9.-]+(?::\d{1,5})?)\/(?:s\/[a-z0-9-]{3,40}\/)?$/i.exec(origin)?.[1];
  if (!root) return {};
  return { tracking: { scriptUrl: `${root}${trackerAsset().path}`, pixelUrl: '/api/event?n=pageview' } };
}

function formError(c: Context, status: number, message: string, details?: unknown, back = '/'): Response {
  if (wantsJson(c)) return c.json({ error: { code: 'form.rejected', message, details } }, status as 400);
  return c.html(formErrorPage(message, back), status as 400);
}

function formErrorPage(message: string, back: string): string {
  return renderMessagePage(
    'Your message was not sent',
    esc(message),
    `<a class="btn primary" href="${esc(back)}">Go back to the form</a>`,
  );
}

function unknownSitePage(target: SiteTarget): string {
  return renderMessagePage(
    'There is no site at this address',
    `No Q-Space site is published as <strong>${esc(target.key)}</strong>. Check the address for typos.`,
    '',
  );
}
