/**
 * Server-rendered pages. Templates are Eta files looked up through the frontend override chain
 * (custom_frontend/variants/<variant>/templates → custom_frontend/templates →
 * frontend/variants/<variant>/templates → frontend/templates), so a project rewords or restyles a
 * page by adding a file of the same name under custom_frontend/. Output is HTML-escaped unless a
 * template asks for raw output (`<%~ %>`). htmx and Alpine are served from node_modules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Eta } from 'eta';
import type { Context } from 'hono';
import { nav, project } from '../composition.js';
import { definePart } from '../kernel/part.js';
import { lookup, overrideChain } from '../kernel/static.js';

export interface ViewUser {
  name: string;
  email: string;
}

export interface Views {
  /** A whole page: the template inside the layout. */
  page(c: Context, template: string, data?: Record<string, unknown>, status?: number): Response;
  /** A fragment for htmx to swap in (no layout). */
  fragment(c: Context, template: string, data?: Record<string, unknown>, status?: number): Response;
  /** True when htmx sent the request (it wants a fragment). */
  isHtmx(c: Context): boolean;
}

declare module '../kernel/part.js' {
  interface Services {
    views: Views;
  }
}

const FLASH = 'flash';

function vendor(file: string, type: string) {
  const require = createRequire(import.meta.url);
  const body = readFileSync(require.resolve(file));
  return (c: Context) =>
    c.body(new Uint8Array(body), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
}

export default definePart({
  name: 'frontend-htmx',
  setup(ctx) {
    const chain = overrideChain('templates', project.variant);
    const eta = new Eta({
      views: chain.at(-1) as string,
      cache: ctx.config.NODE_ENV === 'production',
      autoEscape: true,
    });
    eta.resolvePath = (template: string) => {
      const name = template.replace(/^\.\//, '');
      const file = lookup(chain, name.endsWith('.eta') ? name : `${name}.eta`);
      if (!file) throw new Error(`no template "${name}" in ${chain.join(', ')}`);
      return file;
    };
    const common = (c: Context) => {
      const user = (c.var as { user?: ViewUser | null }).user ?? null;
      return {
        project,
        path: c.req.path,
        user,
        nav: nav.filter((n) => !n.signedIn || user),
        dev: ctx.config.NODE_ENV !== 'production',
        flash: c.req.query(FLASH) ?? null,
      };
    };
    ctx.services.views = {
      page: (c, template, data = {}, status = 200) =>
        c.html(
          eta.render('layout', {
            ...common(c),
            ...data,
            body: eta.render(template, { ...common(c), ...data }),
          }),
          status as 200,
        ),
      fragment: (c, template, data = {}, status = 200) =>
        c.html(eta.render(template, { ...common(c), ...data }), status as 200),
      isHtmx: (c) => c.req.header('hx-request') === 'true',
    };
  },
  routes(app) {
    app.get(
      '/static/vendor/htmx.min.js',
      vendor('htmx.org/dist/htmx.min.js', 'text/javascript; charset=utf-8'),
    );
    app.get(
      '/static/vendor/alpine.min.js',
      vendor('alpinejs/dist/cdn.min.js', 'text/javascript; charset=utf-8'),
    );
  },
});
