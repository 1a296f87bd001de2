/**
 * The starter theme's pages (htmx frontend). Signed out, `/` introduces the product; signed in it
 * goes to your teams. Forms post here and redirect (post/redirect/get), so a refresh never repeats
 * an action; problems re-render the form with a message.
 */
import { isAppError } from '@qspace/core';
import type { Context } from 'hono';
import { definePart } from '../kernel/part.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function problemOf(error: unknown): string {
  if (isAppError(error)) {
    const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
    return Object.values(fields ?? {})[0] ?? error.message;
  }
  throw error;
}

export default definePart({
  name: 'starter-pages',
  routes(app, ctx) {
    const { views, teams } = ctx.services;
    const signIn = (c: Context) => c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`);

    app.get('/', (c) =>
      c.get('user') ? c.redirect('/teams') : views.page(c, 'starter/home', { title: '' }),
    );

    app.get('/teams', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      return views.page(c, 'starter/teams', { title: 'Teams', teams: await teams.list(user.id), form: {} });
    });
    app.post('/teams', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const name = str((await c.req.parseBody()).name);
      try {
        const team = await teams.create(user.id, name);
        return c.redirect(`/teams/${team.id}?flash=${encodeURIComponent(`${team.name} is ready.`)}`, 303);
      } catch (error) {
        const list = await teams.list(user.id);
        return views.page(
          c,
          'starter/teams',
          { title: 'Teams', teams: list, form: { name }, error: problemOf(error) },
          400,
        );
      }
    });

    const teamPage = async (
      c: Context,
      userId: string,
      extra: Record<string, unknown> = {},
      status = 200,
    ) => {
      const team = await teams.get(userId, c.req.param('id') as string);
      const keys = (await teams.keys(userId, team.id)).filter((k) => !k.revokedAt);
      return views.page(c, 'starter/team', { title: team.name, team, keys, ...extra }, status);
    };
    app.get('/teams/:id', async (c) => {
      const user = c.get('user');
      return user ? teamPage(c, user.id) : signIn(c);
    });
    app.post('/teams/:id/keys', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const name = str((await c.req.parseBody()).name);
      try {
        const created = await teams.createKey(user.id, c.req.param('id'), name);
        // The key is shown once, on this page, and never stored in clear.
        return teamPage(c, user.id, { created: created.key }, 201);
      } catch (error) {
        return teamPage(c, user.id, { error: problemOf(error), form: { name } }, 400);
      }
    });
    app.post('/teams/:id/keys/:keyId/revoke', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      await teams.revokeKey(user.id, c.req.param('id'), c.req.param('keyId'));
      return c.redirect(
        `/teams/${c.req.param('id')}?flash=${encodeURIComponent('The key was revoked.')}`,
        303,
      );
    });
  },
});
