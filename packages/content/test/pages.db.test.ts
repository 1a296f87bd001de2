import { JobWorker, ManualClock, queryRows, silentLogger } from '@qspace/core';
import type { TestDatabase } from '@qspace/core/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareVersions,
  createPage,
  createPublishPageHandler,
  deletePage,
  getPage,
  listPages,
  listVersions,
  PUBLISH_PAGE_JOB,
  publishPage,
  restoreVersion,
  savePage,
  schedulePublish,
  unpublishPage,
  updatePageSettings,
} from '../src/index.js';
import { as, contentTestDatabase, createOwnedApp } from './helpers.js';

async function errorOf(
  p: Promise<unknown>,
): Promise<{ code: string; status: number; details: unknown; message: string }> {
  try {
    await p;
  } catch (error) {
    return error as { code: string; status: number; details: unknown; message: string };
  }
  throw new Error('expected the call to fail');
}

describe('pages and versions', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await contentTestDatabase();
  });
  afterAll(() => t?.close());

  async function heroProps(): Promise<Record<string, unknown>> {
    const { SECTIONS } = await import('@qspace/site-kit');
    const def = SECTIONS.find((s) => s.type === 'hero');
    return structuredClone(def?.defaults ?? {}) as Record<string, unknown>;
  }

  it('creates a page, saves drafts as versions, publishes, diffs and restores', async () => {
    const { ctx } = await createOwnedApp(t);
    const base = await heroProps();
    const page = await createPage(t, ctx, {
      title: 'Menu',
      slug: 'menu',
      sections: [{ type: 'hero', props: { ...base, heading: 'Our menu' } }],
    });
    expect(page).toMatchObject({ slug: 'menu', status: 'draft', version: 1 });
    const sectionId = page.sections[0]?.id as string;

    await publishPage(t, ctx, page.id);
    const v2 = await savePage(t, ctx, page.id, {
      sections: [{ id: sectionId, type: 'hero', props: { ...base, heading: 'Our new menu' } }],
      message: 'New headline',
    });
    expect(v2).toMatchObject({ version: 2, status: 'changed' });

    const versions = await listVersions(t, ctx, page.id);
    expect(versions.map((v) => [v.number, v.published, v.draft])).toEqual([
      [2, false, true],
      [1, true, false],
    ]);
    const [newest, oldest] = versions;
    const diff = await compareVersions(t, ctx, page.id, oldest?.id as string, newest?.id as string);
    expect(diff.sections).toEqual([
      { kind: 'changed', id: sectionId, type: 'hero', index: 0, props: ['heading'] },
    ]);

    const restored = await restoreVersion(t, ctx, page.id, oldest?.id as string);
    expect(restored.version).toBe(3);
    expect(restored.sections[0]?.props.heading).toBe('Our menu');
    expect((await listVersions(t, ctx, page.id))[0]?.message).toBe('Restored version 1');
  });

  it('refuses an unknown section type and an unknown prop, naming the path, and keeps the stored draft', async () => {
    const { ctx } = await createOwnedApp(t);
    const base = await heroProps();
    const page = await createPage(t, ctx, {
      title: 'About',
      slug: 'about',
      sections: [{ type: 'hero', props: base }],
    });

    const unknownType = await errorOf(
      savePage(t, ctx, page.id, { sections: [{ type: 'carousel3d', props: {} }] }),
    );
    expect(unknownType).toMatchObject({ code: 'pages.invalid_content', status: 422 });
    expect(JSON.stringify(unknownType.details)).toContain('sections[0].type');

    const unknownProp = await errorOf(
      savePage(t, ctx, page.id, { sections: [{ type: 'hero', props: { ...base, onclick: 'x' } }] }),
    );
    expect(JSON.stringify(unknownProp.details)).toContain('sections[0].props');
    expect(unknownProp.message).toContain('onclick');

    const badLink = await errorOf(
      savePage(t, ctx, page.id, {
        sections: [
          { type: 'hero', props: { ...base, actions: [{ label: 'Go', href: 'javascript:alert(1)' }] } },
        ],
      }),
    );
    expect(JSON.stringify(badLink.details)).toContain('sections[0].props.actions[0].href');

    expect((await getPage(t, ctx, page.id)).version).toBe(1);
  });

  it('refuses slugs with path tricks and duplicate slugs', async () => {
    const { ctx } = await createOwnedApp(t);
    expect(await errorOf(createPage(t, ctx, { title: 'X', slug: '../admin' }))).toMatchObject({
      code: 'pages.slug_invalid',
    });
    expect(await errorOf(createPage(t, ctx, { title: 'X', slug: 'blog' }))).toMatchObject({
      code: 'pages.slug_invalid',
    });
    await createPage(t, ctx, { title: 'Team', slug: 'team' });
    expect(await errorOf(createPage(t, ctx, { title: 'Team 2', slug: 'team' }))).toMatchObject({
      code: 'pages.slug_taken',
    });
  });

  it('applies the role matrix: viewers read, editors edit, admins publish', async () => {
    const { ctx } = await createOwnedApp(t);
    const page = await createPage(t, ctx, { title: 'Roles', slug: 'roles' });
    expect((await listPages(t, as(ctx, 'viewer'))).map((p) => p.slug)).toContain('roles');
    expect(await errorOf(savePage(t, as(ctx, 'viewer'), page.id, { title: 'No' }))).toMatchObject({
      status: 403,
    });
    await savePage(t, as(ctx, 'editor'), page.id, { title: 'Yes' });
    expect(await errorOf(publishPage(t, as(ctx, 'editor'), page.id))).toMatchObject({ status: 403 });
    await publishPage(t, as(ctx, 'admin'), page.id);
  });

  it("never shows one App's pages to another", async () => {
    const a = await createOwnedApp(t);
    const b = await createOwnedApp(t);
    const page = await createPage(t, a.ctx, { title: 'Secret', slug: 'secret' });
    expect((await listPages(t, b.ctx)).map((p) => p.id)).not.toContain(page.id);
    expect(await errorOf(getPage(t, b.ctx, page.id))).toMatchObject({ code: 'pages.not_found', status: 404 });
    expect(await errorOf(deletePage(t, b.ctx, page.id))).toMatchObject({ status: 404 });
  });

  it('publishes at the scheduled time through the durable job, and a cancelled or replaced schedule does nothing', async () => {
    const { ctx } = await createOwnedApp(t);
    const clock = new ManualClock(new Date('2030-01-01T08:00:00Z'));
    const page = await createPage(t, ctx, { title: 'Offers', slug: 'offers' });
    const at = new Date('2030-01-01T09:00:00Z');
    expect(
      await errorOf(schedulePublish(t, ctx, page.id, new Date('2029-01-01T00:00:00Z'), { clock })),
    ).toMatchObject({
      code: 'pages.schedule_in_past',
    });
    const scheduled = await schedulePublish(t, ctx, page.id, at, { clock });
    expect(scheduled.scheduledAt).toBe(at.toISOString());

    const jobs = await queryRows<{ id: string; payload: unknown }>(
      t.db,
      sql`select id, payload from qspace_jobs where name = ${PUBLISH_PAGE_JOB} and payload->>'pageId' = ${page.id}`,
    );
    expect(jobs).toHaveLength(1);
    const handler = createPublishPageHandler(clock);
    const job = {
      id: jobs[0]?.id as string,
      name: PUBLISH_PAGE_JOB,
      payload: jobs[0]?.payload,
      attempt: 1,
      maxAttempts: 20,
    };
    await handler(job, { database: t, logger: silentLogger(), signal: new AbortController().signal });
    const after = (await listPages(t, ctx)).find((p) => p.id === page.id);
    expect(after).toMatchObject({ status: 'published', scheduledAt: null });

    // A second run (a retry) changes nothing.
    await unpublishPage(t, ctx, page.id);
    await handler(job, { database: t, logger: silentLogger(), signal: new AbortController().signal });
    expect((await getPage(t, ctx, page.id)).status).toBe('draft');
  });

  it('runs the scheduled publish in a real worker when it is due', async () => {
    const { ctx } = await createOwnedApp(t);
    const page = await createPage(t, ctx, { title: 'Soon', slug: 'soon' });
    await schedulePublish(t, ctx, page.id, new Date(Date.now() + 300));
    const worker = new JobWorker({
      database: t,
      handlers: { [PUBLISH_PAGE_JOB]: createPublishPageHandler() },
      pollIntervalMs: 50,
      logger: silentLogger(),
    });
    await worker.start();
    try {
      const deadline = Date.now() + 10_000;
      while ((await getPage(t, ctx, page.id)).status !== 'published') {
        if (Date.now() > deadline) throw new Error('not published in time');
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await worker.stop(5_000);
    }
  });

  it("starts a blank page with the site's navigation and footer", async () => {
    const { ctx } = await createOwnedApp(t);
    const { SECTIONS } = await import('@qspace/site-kit');
    const def = (type: string) =>
      structuredClone(SECTIONS.find((s) => s.type === type)?.defaults ?? {}) as Record<string, unknown>;
    const home = await createPage(t, ctx, {
      title: 'Home',
      slug: 'start',
      sections: [
        { type: 'navigation', props: def('navigation') },
        { type: 'hero', props: def('hero') },
        { type: 'footer', props: def('footer') },
      ],
    });
    await updatePageSettings(t, ctx, home.id, { isHome: true });
    const blank = await createPage(t, ctx, { title: 'Gallery', slug: 'gallery' });
    expect(blank.sections.map((s) => s.type)).toEqual(['navigation', 'footer']);
    expect(blank.sections[0]?.id).not.toBe(home.sections[0]?.id);

    // A template puts its sections between that navigation and footer, each valid and with its tone.
    const about = await createPage(t, ctx, { title: 'About us', slug: 'about', template: 'about' });
    expect(about.sections.map((s) => s.type)).toEqual([
      'navigation',
      'image-text',
      'stats',
      'team',
      'testimonials',
      'cta',
      'footer',
    ]);
    expect(about.sections.find((s) => s.type === 'stats')?.props.tone).toBe('alt');
    expect(new Set(about.sections.map((s) => s.id)).size).toBe(about.sections.length);
    await expect(createPage(t, ctx, { title: 'X', slug: 'x', template: 'nope' })).rejects.toMatchObject({
      code: 'pages.template_not_found',
      status: 400,
    });
    expect((await listPages(t, ctx)).map((p) => p.slug)).not.toContain('x');
  });

  it('moves the home flag and gives the old home a slug', async () => {
    const { ctx } = await createOwnedApp(t);
    const first = await createPage(t, ctx, { title: 'First', slug: 'first' });
    await updatePageSettings(t, ctx, first.id, { isHome: true });
    const second = await createPage(t, ctx, { title: 'Second', slug: 'second' });
    await updatePageSettings(t, ctx, second.id, { isHome: true });
    const pages = await listPages(t, ctx);
    expect(pages[0]).toMatchObject({ id: second.id, isHome: true, slug: '' });
    expect(pages.find((p) => p.id === first.id)).toMatchObject({ isHome: false, slug: 'home' });
    expect(await errorOf(deletePage(t, ctx, second.id))).toMatchObject({ code: 'pages.home_required' });
  });
});
