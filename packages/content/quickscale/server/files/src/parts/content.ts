/**
 * @qspace/content in this project. It offers:
 *
 *  - the public site of one App — which App is the theme's choice (`content.publicSite`); until a
 *    theme names one, these routes step aside:
 *      GET  /  /:slug  /blog  /blog/:slug  /sitemap.xml  /robots.txt   published pages, by site-kit
 *      POST /_forms/:sectionId                                      a contact form → the inbox
 *  - a JSON API for the members of an App (their role decides what they may do):
 *      GET  /api/apps/:appId/pages                 the pages, with their state
 *      GET  /api/apps/:appId/pages/:pageId         one page with its sections
 *      PUT  /api/apps/:appId/pages/:pageId         save a draft {title?, sections?}
 *      POST /api/apps/:appId/pages/:pageId/publish | /unpublish
 *      GET  /api/apps/:appId/inbox?filter=&search=&page=   form submissions
 *      POST /api/apps/:appId/inbox/read {ids, read?}       mark read (or unread)
 *
 * Published sites are kept in memory per App and re-read when the App's site version changes (one
 * indexed query per request), so a publish shows at once.
 */
import { membershipContext } from '@qspace/auth';
import {
  contentMigrations,
  createPostPublishHandler,
  createPublishPageHandler,
  currentSiteVersion,
  FormErrors,
  formValuesFrom,
  getPage,
  type InboxFilter,
  listPages,
  listSubmissions,
  loadSiteSnapshot,
  markSubmissionsRead,
  markSubmissionsUnread,
  POST_PUBLISH_JOB,
  PUBLISH_PAGE_JOB,
  publishPage,
  renderSitePath,
  resolveMediaImages,
  robotsTxt,
  type SiteLocation,
  type SiteSnapshot,
  savePage,
  sitemapXml,
  submitForm,
  unpublishPage,
} from '@qspace/content';
import { CoreErrors, type Database, isAppError, type TenantContext } from '@qspace/core';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { clientAddress, escapeHtml } from '../kernel/http.js';
import { definePart } from '../kernel/part.js';
import { fixedWindow } from '../kernel/rate-limit.js';

export interface ContentService {
  /** The App whose site this server shows at `/` (set by the theme); null: no public site. */
  publicSite: () => Promise<string | null> | string | null;
  /** The analytics script and pixel added to published pages (set when analytics is wired in). */
  tracking: { scriptUrl: string; pixelUrl: string } | null;
  /** The published site of an App, from memory while its version is unchanged. */
  snapshot(appId: string): Promise<SiteSnapshot | null>;
  /** The signed-in person's context in an App, or a 404 that does not say whether it exists. */
  memberContext(userId: string, appId: string): Promise<TenantContext>;
}

declare module '../kernel/part.js' {
  interface Services {
    content: ContentService;
  }
}

const FORM_BODY_LIMIT = 64 * 1024;
const FORMS_PER_ADDRESS = 10;

/** Page addresses the site answers; anything else is left to the routes after this part. */
const SITE_PATHS = /^\/(?:|blog|blog\/[a-z0-9-]+|[a-z0-9-]+|sitemap\.xml|robots\.txt)$/;

function snapshotCache(database: Database) {
  const cache = new Map<string, SiteSnapshot>();
  return async (appId: string): Promise<SiteSnapshot | null> => {
    const version = await currentSiteVersion(database, appId);
    if (version === null) {
      cache.delete(appId);
      return null;
    }
    const hit = cache.get(appId);
    if (hit && hit.version === version) return hit;
    const fresh = await loadSiteSnapshot(database, appId, resolveMediaImages);
    if (fresh) cache.set(appId, fresh);
    return fresh;
  };
}

/** CSP of a public page: its own inline scripts (by hash) and the tracking script's exact URL. */
function siteCsp(hashes: string[], sources: string[]): string {
  const scripts = [...hashes, ...sources];
  return [
    "default-src 'self'",
    `script-src ${scripts.length > 0 ? scripts.join(' ') : "'none'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function messagePage(title: string, message: string, back: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="stylesheet" href="/static/app.css"></head>
<body><main class="page narrow"><div class="card empty">
<h1>${escapeHtml(title)}</h1><p class="muted">${escapeHtml(message)}</p>
<p><a class="button" href="${escapeHtml(back)}">Go back to the form</a></p></div></main></body></html>`;
}

const wantsJson = (c: Context) => (c.req.header('accept') ?? '').includes('application/json');
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export default definePart({
  name: 'content',
  migrations: [contentMigrations],
  setup(ctx) {
    ctx.jobs[PUBLISH_PAGE_JOB] = createPublishPageHandler();
    ctx.jobs[POST_PUBLISH_JOB] = createPostPublishHandler(ctx.database);
    ctx.services.content = {
      publicSite: () => null,
      tracking: null,
      snapshot: snapshotCache(ctx.database),
      memberContext: (userId, appId) => membershipContext(ctx.database, userId, appId),
    };
  },
  routes(app, ctx) {
    const { content, auth } = ctx.services;
    const { database } = ctx;
    const origin = new URL(ctx.config.PUBLIC_URL).origin;
    const formLimit = fixedWindow(FORMS_PER_ADDRESS, 10 * 60_000);

    const location = (): SiteLocation => ({
      origin: `${origin}/`,
      basePath: '',
      ...(content.tracking ? { tracking: content.tracking } : {}),
      onSectionError: (error, section) =>
        ctx.logger.error(
          { err: error, section: section.id, type: section.type },
          'a section failed to render',
        ),
    });

    const site = async (c: Context, next: () => Promise<void>) => {
      const path = c.req.path;
      if (!SITE_PATHS.test(path)) return next();
      const appId = await content.publicSite();
      const snapshot = appId ? await content.snapshot(appId) : null;
      if (!snapshot) return next();
      const loc = location();
      if (path === '/sitemap.xml')
        return c.body(sitemapXml(snapshot, loc), 200, { 'Content-Type': 'application/xml; charset=utf-8' });
      if (path === '/robots.txt') return c.text(robotsTxt(loc));
      const sent = c.req.query('sent');
      const page = renderSitePath(snapshot, path, loc, {
        sent: sent && /^[A-Za-z0-9_-]{1,64}$/.test(sent) ? sent : null,
      });
      // A page of this site wins; an unknown address is left to the app's own pages (sign-in, …).
      if (page.status === 404 && path !== '/') return next();
      return c.html(page.html, page.status, {
        'Content-Security-Policy': siteCsp(page.scriptHashes, page.scriptSources ?? []),
        'Cache-Control': 'no-cache',
        'X-Frame-Options': 'SAMEORIGIN',
      });
    };
    app.get('/', site);
    app.get('/:slug', site);
    app.get('/blog/:slug', site);

    app.post(
      '/_forms/:sectionId',
      bodyLimit({
        maxSize: FORM_BODY_LIMIT,
        onError: (c) => c.text('The message is too long. Shorten it and send it again.', 413),
      }),
      async (c) => {
        const refuse = (status: number, message: string, back: string, details?: unknown) =>
          wantsJson(c)
            ? c.json({ error: { code: 'form.rejected', message, details } }, status as 400)
            : c.html(messagePage('Your message was not sent', message, back), status as 400);
        const appId = await content.publicSite();
        const snapshot = appId ? await content.snapshot(appId) : null;
        const sectionId = c.req.param('sectionId');
        const page = snapshot?.pages.find((p) =>
          p.sections.some((s) => s.id === sectionId && s.type === 'contact'),
        );
        if (!appId || !page)
          return refuse(404, 'This form no longer exists. Reload the page and try again.', '/');
        const pagePath = page.isHome ? '/' : `/${page.slug}`;
        const allowed = formLimit.hit(`${appId}:${clientAddress(c)}`);
        if (!allowed.ok) {
          c.header('Retry-After', String(allowed.retryAfterSeconds));
          return refuse(429, 'Too many messages from your network. Please wait a few minutes.', pagePath);
        }
        let values: Record<string, string>;
        try {
          values = formValuesFrom(await c.req.parseBody({ all: true }));
        } catch {
          return refuse(400, 'The form could not be read. Reload the page and send it again.', pagePath);
        }
        try {
          await submitForm(database, {
            appId,
            pageId: page.id,
            sectionId,
            values,
            meta: {
              path: pagePath,
              referrer: c.req.header('referer') ?? '',
              userAgent: (c.req.header('user-agent') ?? '').slice(0, 300),
            },
            notify: { publicUrl: ctx.config.PUBLIC_URL, mailFrom: ctx.config.MAIL_FROM },
          });
        } catch (error) {
          if (isAppError(error) && error.status < 500) {
            const details = FormErrors.submission_invalid.is(error) ? error.details : undefined;
            return refuse(error.status, error.message, pagePath, details);
          }
          throw error;
        }
        // Honeypot hits are answered exactly like real messages.
        if (wantsJson(c)) return c.json({ ok: true });
        return c.redirect(
          `${pagePath}?sent=${encodeURIComponent(sectionId)}#${encodeURIComponent(sectionId)}`,
          303,
        );
      },
    );

    // ── the members' API ──────────────────────────────────────────────────────────────────────
    const member = async (c: Context) =>
      content.memberContext(auth.requireUser(c).id, c.req.param('appId') as string);
    const body = async (c: Context) => {
      const parsed = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
      if (!parsed || typeof parsed !== 'object') throw CoreErrors.malformed_json();
      return parsed;
    };

    app.get('/api/apps/:appId/pages', async (c) =>
      c.json({ pages: await listPages(database, await member(c)) }),
    );
    app.get('/api/apps/:appId/pages/:pageId', async (c) =>
      c.json({ page: await getPage(database, await member(c), c.req.param('pageId')) }),
    );
    app.put('/api/apps/:appId/pages/:pageId', async (c) => {
      const tenant = await member(c);
      const input = await body(c);
      const page = await savePage(database, tenant, c.req.param('pageId'), {
        ...(input.title !== undefined ? { title: input.title as string } : {}),
        ...(input.sections !== undefined ? { sections: input.sections } : {}),
        message: str(input.message) ?? 'Edited in the admin',
      });
      return c.json({ page });
    });
    app.post('/api/apps/:appId/pages/:pageId/publish', async (c) =>
      c.json({ page: await publishPage(database, await member(c), c.req.param('pageId')) }),
    );
    app.post('/api/apps/:appId/pages/:pageId/unpublish', async (c) =>
      c.json({ page: await unpublishPage(database, await member(c), c.req.param('pageId')) }),
    );
    app.get('/api/apps/:appId/inbox', async (c) => {
      const filter = c.req.query('filter');
      const page = Number(c.req.query('page') ?? 1);
      return c.json(
        await listSubmissions(database, await member(c), {
          filter: filter === 'unread' || filter === 'read' ? (filter as InboxFilter) : 'all',
          ...(c.req.query('search') ? { search: c.req.query('search') } : {}),
          page: Number.isInteger(page) && page > 0 ? page : 1,
          limit: 25,
        }),
      );
    });
    app.post('/api/apps/:appId/inbox/read', async (c) => {
      const tenant = await member(c);
      const input = await body(c);
      const ids = Array.isArray(input.ids) ? input.ids.filter((i): i is string => typeof i === 'string') : [];
      const result =
        input.read === false
          ? await markSubmissionsUnread(database, tenant, ids)
          : await markSubmissionsRead(database, tenant, ids);
      return c.json(result);
    });
  },
});
