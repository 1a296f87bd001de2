/**
 * The pages theme: this project is one business's website. On first start it creates the site — an
 * App of @qspace/auth holding a @qspace/content site — from the site-kit starter of the design
 * system chosen in quickscale.yml (`frontend.variant`; `default` is Meridian). Nobody owns it yet:
 * the first account that confirms its email address becomes its owner, the moment anyone opens the
 * admin. Everyone else who signs in is not a member and sees nothing of it.
 *
 *   GET /api/site                       the site the signed-in owner manages (404 for anyone else)
 *   GET /api/site/pages/:pageId/text    a page's words as a simple form
 *   PUT /api/site/pages/:pageId/text    {title?, values?, publish?}: save them (and publish)
 */
import { AppErrors, addMember, appMembers, apps, users } from '@qspace/auth';
import { applyStarter, getPage, type PageSummary, publishPage, savePage, sites } from '@qspace/content';
import { CoreErrors, type Database, defineEnv, newId, systemContext, type TenantContext } from '@qspace/core';
import { designSystemById, STARTERS } from '@qspace/site-kit';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { project } from '../composition.js';
import { definePart } from '../kernel/part.js';
import { type PageText, pageText, withText } from './page-text.js';

export const env = defineEnv({
  SITE_NAME: {
    schema: z.string().trim().max(80).optional(),
    description:
      "The business name the site is created with on first start (default: the project's title). Change it later in the site's own content.",
    hint: 'A name of up to 80 characters, e.g. "Duka Letu".',
  },
});

export interface SiteInfo {
  id: string;
  name: string;
  slug: string;
  designSystem: string;
  designSystemName: string;
}

export interface SiteService {
  readonly info: SiteInfo;
  /** The person's context in the site (making the first confirmed account its owner), or 404. */
  access(userId: string): Promise<TenantContext>;
  /** A page's words as a simple form. */
  text(ctx: TenantContext, pageId: string): Promise<PageText>;
  /** Saves a page's title and words as a new draft version; publishes it when asked. */
  saveText(
    ctx: TenantContext,
    pageId: string,
    input: { title?: string; values?: Record<string, unknown>; publish?: boolean },
  ): Promise<PageSummary>;
}

declare module '../kernel/part.js' {
  interface Services {
    site: SiteService;
  }
}

/** The starter of the chosen design system (Meridian for `default` or an unknown name). */
export function starterFor(variant: string) {
  const fallback = STARTERS.find((s) => s.designSystem === 'meridian') ?? STARTERS[0];
  return STARTERS.find((s) => s.designSystem === variant) ?? fallback;
}

async function existingSite(database: Database): Promise<string | null> {
  const [row] = await database.system((tx) => tx.select({ appId: sites.appId }).from(sites).limit(1));
  return row?.appId ?? null;
}

/** Creates the site once: the App and its starter content in one transaction. */
async function bootstrap(database: Database, name: string): Promise<string> {
  const found = await existingSite(database);
  if (found) return found;
  const starter = starterFor(project.variant);
  if (!starter) throw new Error('site-kit has no starters');
  const id = newId();
  const ctx = systemContext(id, 'site set-up');
  const created = await database.tenant(ctx, async (tx) => {
    const [app] = await tx
      .insert(apps)
      .values({ id, name, slug: project.name })
      .onConflictDoNothing({ target: apps.slug })
      .returning();
    if (!app) return false; // another process created it first
    await applyStarter(tx, ctx, starter.id);
    return true;
  });
  if (created) return id;
  const other = await existingSite(database);
  if (!other) throw new Error(`an App with the slug "${project.name}" exists but has no site`);
  return other;
}

export function siteService(database: Database, info: SiteInfo): SiteService {
  let owned = false;
  /** Makes the first account with a confirmed address the owner, if the site has none yet. */
  const claim = async () => {
    const [owner] = await database.db
      .select({ id: appMembers.id })
      .from(appMembers)
      .where(and(eq(appMembers.organizationId, info.id), eq(appMembers.role, 'owner')))
      .limit(1);
    if (owner) {
      owned = true;
      return;
    }
    const [first] = await database.db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.emailVerified, true))
      .orderBy(asc(users.createdAt))
      .limit(1);
    if (!first) return;
    try {
      await addMember(database, systemContext(info.id, 'first confirmed account'), {
        email: first.email,
        role: 'owner',
      });
    } catch (error) {
      if (!AppErrors.already_member.is(error)) throw error;
    }
    owned = true;
  };
  return {
    info,
    async access(userId) {
      if (!owned) await claim();
      const [member] = await database.db
        .select({ role: appMembers.role })
        .from(appMembers)
        .where(and(eq(appMembers.organizationId, info.id), eq(appMembers.userId, userId)));
      if (!member) throw AppErrors.not_found({ appId: info.id });
      return { appId: info.id, actor: { type: 'user', id: userId }, role: member.role };
    },
    text: async (ctx, pageId) => pageText(await getPage(database, ctx, pageId)),
    async saveText(ctx, pageId, input) {
      const current = await getPage(database, ctx, pageId);
      const saved = await savePage(database, ctx, pageId, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        sections: withText(current.sections, input.values ?? {}),
        message: 'Words edited in the admin',
      });
      return input.publish ? publishPage(database, ctx, saved.id) : saved;
    },
  };
}

export default definePart({
  name: 'pages',
  async setup(ctx) {
    const id = await bootstrap(ctx.database, ctx.config.SITE_NAME || project.title);
    const [app] = await ctx.database.db.select().from(apps).where(eq(apps.id, id));
    const [site] = await ctx.database.system((tx) => tx.select().from(sites).where(eq(sites.appId, id)));
    const designSystem = site?.designSystem ?? 'meridian';
    ctx.services.site = siteService(ctx.database, {
      id,
      name: app?.name ?? project.title,
      slug: app?.slug ?? project.name,
      designSystem,
      designSystemName: designSystemById(designSystem)?.name ?? designSystem,
    });
    ctx.services.content.publicSite = () => id;
  },
  routes(app, ctx) {
    const { auth, site } = ctx.services;
    app.get('/api/site', async (c) => {
      const user = auth.requireUser(c);
      const member = await site.access(user.id);
      return c.json({ site: site.info, role: member.role, modules: project.modules });
    });
    app.get('/api/site/pages/:pageId/text', async (c) => {
      const member = await site.access(auth.requireUser(c).id);
      return c.json(await site.text(member, c.req.param('pageId')));
    });
    app.put('/api/site/pages/:pageId/text', async (c) => {
      const member = await site.access(auth.requireUser(c).id);
      const body = (await c.req.json().catch(() => null)) as {
        title?: unknown;
        values?: unknown;
        publish?: unknown;
      } | null;
      if (!body || typeof body !== 'object') throw CoreErrors.malformed_json();
      const page = await site.saveText(member, c.req.param('pageId'), {
        ...(typeof body.title === 'string' ? { title: body.title } : {}),
        ...(body.values && typeof body.values === 'object'
          ? { values: body.values as Record<string, unknown> }
          : {}),
        publish: body.publish === true,
      });
      return c.json({ page });
    });
  },
});
