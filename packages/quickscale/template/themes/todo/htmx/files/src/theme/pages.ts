/**
 * The todo theme's pages (htmx frontend). Signed out, `/` introduces the product; signed in it goes
 * to your tasks. Every action is a plain form post that redirects back (post/redirect/get), so the
 * page works without JavaScript; with htmx the same forms swap only the task panel (`#tasks`) in
 * place. A mistake re-renders the panel with the person's input and a message.
 */
import { isAppError } from '@qspace/core';
import type { Context } from 'hono';
import { definePart } from '../kernel/part.js';
import { FILTERS, type TaskFilter, TITLE_MAX } from './tasks.js';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const filterFrom = (v: unknown): TaskFilter =>
  (FILTERS as readonly unknown[]).includes(v) ? (v as TaskFilter) : 'all';
const tasksUrl = (filter: TaskFilter) => (filter === 'all' ? '/tasks' : `/tasks?filter=${filter}`);

/** The message a person can act on (a field's problem first), or rethrows what is not theirs. */
function problemOf(error: unknown): string {
  if (isAppError(error) && error.status < 500) {
    const fields = (error.details as { fields?: Record<string, string> } | undefined)?.fields;
    return Object.values(fields ?? {})[0] ?? error.message;
  }
  throw error;
}

const isNotFound = (error: unknown) => isAppError(error) && error.status === 404;

/** "just now", "5 min ago", "yesterday", "12 Mar 2025" — relative, so no time zone is needed. */
export function ago(date: Date, now = Date.now()): string {
  const minutes = Math.floor((now - date.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days < 2) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

interface PanelState {
  /** The task being renamed. */
  edit?: string | null;
  /** A problem with the add form (its value is kept). */
  error?: string;
  form?: { title?: string };
  /** A problem with the rename form. */
  editError?: string;
  editTitle?: string;
  /** A short note above the list (e.g. the task no longer exists). */
  notice?: string;
  /** Focus the add field when the panel arrives (after adding). */
  focusAdd?: boolean;
}

export default definePart({
  name: 'todo-pages',
  routes(app, ctx) {
    const { views, tasks } = ctx.services;

    /** Signed out: to the sign-in page (for htmx, a full-page redirect rather than a swap). */
    const signIn = (c: Context) => {
      const to = `/sign-in?next=${encodeURIComponent('/tasks')}`;
      return views.isHtmx(c) ? c.body(null, 204, { 'HX-Redirect': to }) : c.redirect(to);
    };

    /** The task panel, whole page or fragment (htmx history restores want the page). */
    const render = async (
      c: Context,
      userId: string,
      filter: TaskFilter,
      state: PanelState = {},
      status = 200,
    ) => {
      const [list, counts] = await Promise.all([tasks.list(userId, filter), tasks.counts(userId)]);
      const data = {
        title: 'Tasks',
        filter,
        filters: FILTERS,
        tasks: list,
        counts,
        edit: null,
        form: {},
        max: TITLE_MAX,
        url: tasksUrl,
        ago,
        ...state,
      };
      c.header('Vary', 'HX-Request');
      if (views.isHtmx(c) && c.req.header('hx-history-restore-request') !== 'true') {
        // After a change the address follows the view shown (adding from "done" shows all).
        if (c.req.method === 'POST') c.header('HX-Replace-Url', tasksUrl(filter));
        // htmx swaps only 2xx answers: a problem is shown in the panel, with 200.
        return views.fragment(c, 'todo/panel', data, 200);
      }
      return views.page(c, 'todo/tasks', data, status);
    };

    /** After a change: htmx gets the fresh panel; a plain form post is redirected back (303). */
    const done = (c: Context, userId: string, filter: TaskFilter, state: PanelState = {}) =>
      views.isHtmx(c) ? render(c, userId, filter, state) : c.redirect(tasksUrl(filter), 303);

    app.get('/', (c) => (c.get('user') ? c.redirect('/tasks') : views.page(c, 'todo/home', { title: '' })));

    app.get('/tasks', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const edit = c.req.query('edit');
      return render(c, user.id, filterFrom(c.req.query('filter')), { edit: edit ?? null });
    });

    app.post('/tasks', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const body = await c.req.parseBody();
      const title = str(body.title);
      let filter = filterFrom(body.filter);
      try {
        await tasks.create(user.id, title);
      } catch (error) {
        return render(c, user.id, filter, { error: problemOf(error), form: { title }, focusAdd: true }, 400);
      }
      // A new task is active: from the "done" view, show everything so it can be seen.
      if (filter === 'done') filter = 'all';
      return done(c, user.id, filter, { focusAdd: true });
    });

    app.post('/tasks/:id/toggle', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const body = await c.req.parseBody();
      const filter = filterFrom(body.filter);
      try {
        await tasks.setDone(user.id, c.req.param('id'), str(body.done) === 'true');
      } catch (error) {
        if (!isNotFound(error)) throw error;
        return render(c, user.id, filter, { notice: 'That task no longer exists.' }, 404);
      }
      return done(c, user.id, filter);
    });

    app.post('/tasks/:id/rename', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const body = await c.req.parseBody();
      const filter = filterFrom(body.filter);
      const id = c.req.param('id');
      const title = str(body.title);
      try {
        await tasks.rename(user.id, id, title);
      } catch (error) {
        if (isNotFound(error))
          return render(c, user.id, filter, { notice: 'That task no longer exists.' }, 404);
        return render(c, user.id, filter, { edit: id, editTitle: title, editError: problemOf(error) }, 400);
      }
      return done(c, user.id, filter);
    });

    app.post('/tasks/:id/delete', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const filter = filterFrom((await c.req.parseBody()).filter);
      try {
        await tasks.remove(user.id, c.req.param('id'));
      } catch (error) {
        if (!isNotFound(error)) throw error;
        // Already gone (another tab): the list without it is the right answer.
      }
      return done(c, user.id, filter);
    });

    app.post('/tasks/clear-completed', async (c) => {
      const user = c.get('user');
      if (!user) return signIn(c);
      const filter = filterFrom((await c.req.parseBody()).filter);
      await tasks.clearDone(user.id);
      return done(c, user.id, filter);
    });
  },
});
