/**
 * The site's admin (htmx frontend), for its owner: `/admin` is the inbox of the contact form,
 * `/admin/pages` the pages with their state and `/admin/pages/:id` a page's words. Forms post here
 * and redirect (post/redirect/get); htmx swaps a message in place when it is marked read. Anyone
 * signed in who is not a member of the site gets a 404 page that says whose admin it is.
 */
import {
  type InboxFilter,
  listPages,
  listSubmissions,
  markSubmissionsRead,
  markSubmissionsUnread,
  publishPage,
  type SubmissionView,
  unpublishPage,
} from '@qspace/content';
import { isAppError, type TenantContext } from '@qspace/core';
import type { Context } from 'hono';
import { project } from '../composition.js';
import { definePart, type PartContext } from '../kernel/part.js';

const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "Today, 14:05", "Yesterday, 09:12" or "3 Mar 2026". */
export function when(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const days = Math.floor((now.setHours(0, 0, 0, 0) - new Date(at).setHours(0, 0, 0, 0)) / 86_400_000);
  if (days <= 0) return `Today, ${time.format(at)}`;
  if (days === 1) return `Yesterday, ${time.format(at)}`;
  return date.format(at);
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('') || '?';

export function messageView(m: SubmissionView) {
  const sender = m.name || m.email || 'Someone';
  return { ...m, sender, initials: initials(sender), when: when(m.createdAt) };
}

type Tab = 'inbox' | 'pages' | 'analytics';

/** What every admin page needs: the owner's context and the header (site, tabs, unread count). */
export function adminPages(ctx: PartContext) {
  const { views, site } = ctx.services;
  const signIn = (c: Context) => c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`);
  const notMember = (c: Context) =>
    views.page(c, 'site-admin/not-member', { title: 'Not your site', site: site.info }, 404);

  /** Runs `fn` as the site's member, or answers for the signed-out and for strangers. */
  const guard =
    (fn: (c: Context, member: TenantContext) => Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      const user = c.get('user');
      if (!user) return signIn(c);
      let member: TenantContext;
      try {
        member = await site.access(user.id);
      } catch (error) {
        if (isAppError(error) && error.status === 404) return notMember(c);
        throw error;
      }
      return fn(c, member);
    };

  const render = async (
    c: Context,
    member: TenantContext,
    tab: Tab,
    template: string,
    data: Record<string, unknown>,
    status = 200,
  ) => {
    const { unread } = await listSubmissions(ctx.database, member, { limit: 1 });
    return views.page(
      c,
      template,
      {
        ...data,
        admin: {
          site: site.info,
          tab,
          unread,
          analytics: (project.modules as readonly string[]).includes('analytics'),
        },
      },
      status,
    );
  };
  return { guard, render };
}

const STATUS_LABEL = { published: 'Published', changed: 'Unpublished changes', draft: 'Not published' };

export default definePart({
  name: 'pages-admin',
  routes(app, ctx) {
    const { views, site } = ctx.services;
    const { database } = ctx;
    const { guard, render } = adminPages(ctx);

    app.get(
      '/admin',
      guard(async (c, member) => {
        const asked = c.req.query('filter');
        const filter: InboxFilter = asked === 'unread' || asked === 'read' ? asked : 'all';
        const page = Math.max(1, Number(c.req.query('page') ?? 1) || 1);
        const inbox = await listSubmissions(database, member, { filter, page, limit: 20 });
        return render(c, member, 'inbox', 'site-admin/inbox', {
          title: 'Inbox',
          filter,
          page,
          inbox: { ...inbox, submissions: inbox.submissions.map(messageView) },
          more: inbox.total > page * 20,
        });
      }),
    );

    app.post(
      '/admin/inbox/:id/:state{read|unread}',
      guard(async (c, member) => {
        const id = c.req.param('id') as string;
        const read = c.req.param('state') === 'read';
        await (read ? markSubmissionsRead : markSubmissionsUnread)(database, member, [id]);
        if (!views.isHtmx(c)) return c.redirect('/admin', 303);
        const { submissions } = await listSubmissions(database, member, { limit: 200 });
        const message = submissions.find((m) => m.id === id);
        if (!message) return c.body(null, 200);
        const { unread } = await listSubmissions(database, member, { limit: 1 });
        // The message, and the tab's count out of band.
        return views.fragment(c, 'site-admin/message', { m: messageView(message), unread, oob: true });
      }),
    );

    app.get(
      '/admin/pages',
      guard(async (c, member) => {
        const pages = (await listPages(database, member)).map((p) => ({
          ...p,
          path: p.isHome ? '/' : `/${p.slug}`,
          statusLabel: STATUS_LABEL[p.status],
        }));
        return render(c, member, 'pages', 'site-admin/pages', { title: 'Pages', pages });
      }),
    );

    app.post(
      '/admin/pages/:id/:action{publish|unpublish}',
      guard(async (c, member) => {
        const id = c.req.param('id') as string;
        const publish = c.req.param('action') === 'publish';
        const page = await (publish ? publishPage : unpublishPage)(database, member, id);
        const flash = publish ? `“${page.title}” is live on your site.` : `“${page.title}” is off your site.`;
        return c.redirect(`/admin/pages?flash=${encodeURIComponent(flash)}`, 303);
      }),
    );

    const editor = async (
      c: Context,
      member: TenantContext,
      extra: Record<string, unknown> = {},
      status = 200,
    ) => {
      const text = await site.text(member, c.req.param('id') as string);
      return render(
        c,
        member,
        'pages',
        'site-admin/page',
        {
          title: text.page.title,
          ...text,
          path: text.page.isHome ? '/' : `/${text.page.slug}`,
          statusLabel: STATUS_LABEL[text.page.status],
          ...extra,
        },
        status,
      );
    };
    app.get(
      '/admin/pages/:id',
      guard((c, member) => editor(c, member)),
    );
    app.post(
      '/admin/pages/:id',
      guard(async (c, member) => {
        const form = await c.req.parseBody();
        const values: Record<string, string> = {};
        for (const [name, value] of Object.entries(form))
          if (name.startsWith('f:') && typeof value === 'string') values[name.slice(2)] = value;
        const publish = form.intent === 'publish';
        try {
          const page = await site.saveText(member, c.req.param('id') as string, {
            title: typeof form.title === 'string' ? form.title : '',
            values,
            publish,
          });
          const flash = publish ? 'Saved and published: your site shows it now.' : 'Draft saved.';
          return c.redirect(`/admin/pages/${page.id}?flash=${encodeURIComponent(flash)}`, 303);
        } catch (error) {
          if (!isAppError(error) || error.status >= 500) throw error;
          const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
          return editor(c, member, { error: Object.values(fields ?? {})[0] ?? error.message }, 400);
        }
      }),
    );
  },
});
