/**
 * Tasks — the todo theme's own table, service and JSON API. Every task belongs to one person and
 * every query is scoped by that person's id: another person's task id answers 404, never their data.
 * Tasks are personal (no `app_id` column), so they are not a tenant table under row-level security.
 *
 *   GET    /api/tasks?filter=all|active|done   the signed-in person's tasks, newest first, and counts
 *   POST   /api/tasks {title}                   add one
 *   PATCH  /api/tasks/:id {done?, title?}       complete, un-complete or rename it
 *   DELETE /api/tasks/:id                       delete it
 *   DELETE /api/tasks/completed                 delete every completed task; answers {deleted}
 */
import { fileURLToPath } from 'node:url';
import { users } from '@qspace/auth';
import { CoreErrors, type Database, isId, newId } from '@qspace/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { definePart } from '../kernel/part.js';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tasks = pgTable(
  'todo_tasks',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    done: boolean('done').notNull().default(false),
    createdAt: tz('created_at').notNull().defaultNow(),
    completedAt: tz('completed_at'),
  },
  (t) => [index('todo_tasks_user_created_idx').on(t.userId, t.createdAt)],
);

export type Task = typeof tasks.$inferSelect;
export type TaskView = Omit<Task, 'userId'>;

export const FILTERS = ['all', 'active', 'done'] as const;
export type TaskFilter = (typeof FILTERS)[number];

export interface TaskCounts {
  all: number;
  active: number;
  done: number;
}

export interface TaskService {
  /** The person's tasks, newest first. */
  list(userId: string, filter?: TaskFilter): Promise<TaskView[]>;
  /** How many tasks the person has in each filter. */
  counts(userId: string): Promise<TaskCounts>;
  /** One of the person's tasks, or throws 404. */
  get(userId: string, id: string): Promise<TaskView>;
  create(userId: string, title: string): Promise<TaskView>;
  setDone(userId: string, id: string, done: boolean): Promise<TaskView>;
  rename(userId: string, id: string, title: string): Promise<TaskView>;
  remove(userId: string, id: string): Promise<void>;
  /** Deletes the person's completed tasks; how many went. */
  clearDone(userId: string): Promise<number>;
}

declare module '../kernel/part.js' {
  interface Services {
    tasks: TaskService;
  }
}

export const TITLE_MAX = 200;
export const TaskTitle = z
  .string({ error: 'Give the task a title.' })
  .trim()
  .min(1, 'Give the task a title.')
  .max(TITLE_MAX, `Keep the title to at most ${TITLE_MAX} characters.`);
export const TaskFilterSchema = z.enum(FILTERS, { error: 'Use all, active or done as the filter.' });

/** Parses one field, or throws a 400 that names it and says what to change. */
function field<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw CoreErrors.validation_failed({ fields: { [name]: parsed.error.issues[0]?.message } });
  return parsed.data;
}

/** A filter from a query string value: absent or empty means all; anything else must be known. */
export function filterOf(value: string | undefined): TaskFilter {
  return value === undefined || value === '' ? 'all' : field(TaskFilterSchema, value, 'filter');
}

const view = ({ userId: _userId, ...task }: Task): TaskView => task;

export function taskService(database: Database): TaskService {
  const { db } = database;
  const mine = (userId: string, id: string) => and(eq(tasks.userId, userId), eq(tasks.id, id));
  const found = (task: Task | undefined, id: string): TaskView => {
    if (!task) throw CoreErrors.not_found({ taskId: id });
    return view(task);
  };
  // A malformed id cannot name any task: answer 404 before the database rejects the cast.
  const known = (id: string) => {
    if (!isId(id)) throw CoreErrors.not_found({ taskId: id });
  };
  return {
    async list(userId, filter = 'all') {
      const where =
        filter === 'all'
          ? eq(tasks.userId, userId)
          : and(eq(tasks.userId, userId), eq(tasks.done, filter === 'done'));
      const rows = await db.select().from(tasks).where(where).orderBy(desc(tasks.createdAt), desc(tasks.id));
      return rows.map(view);
    },
    async counts(userId) {
      const [row] = await db
        .select({
          all: sql<number>`count(*)::int`,
          done: sql<number>`count(*) filter (where ${tasks.done})::int`,
        })
        .from(tasks)
        .where(eq(tasks.userId, userId));
      const all = row?.all ?? 0;
      const done = row?.done ?? 0;
      return { all, active: all - done, done };
    },
    async get(userId, id) {
      known(id);
      const [task] = await db.select().from(tasks).where(mine(userId, id));
      return found(task, id);
    },
    async create(userId, title) {
      const clean = field(TaskTitle, title, 'title');
      const [task] = await db.insert(tasks).values({ id: newId(), userId, title: clean }).returning();
      return view(task as Task);
    },
    async setDone(userId, id, done) {
      known(id);
      const [task] = await db
        .update(tasks)
        .set({ done, completedAt: done ? sql`coalesce(${tasks.completedAt}, now())` : null })
        .where(mine(userId, id))
        .returning();
      return found(task, id);
    },
    async rename(userId, id, title) {
      known(id);
      const clean = field(TaskTitle, title, 'title');
      const [task] = await db.update(tasks).set({ title: clean }).where(mine(userId, id)).returning();
      return found(task, id);
    },
    async remove(userId, id) {
      known(id);
      const [task] = await db.delete(tasks).where(mine(userId, id)).returning({ id: tasks.id });
      if (!task) throw CoreErrors.not_found({ taskId: id });
    },
    async clearDone(userId) {
      const gone = await db
        .delete(tasks)
        .where(and(eq(tasks.userId, userId), eq(tasks.done, true)))
        .returning({ id: tasks.id });
      return gone.length;
    },
  };
}

/** A JSON object body, or a 400 that says so. */
async function bodyOf(req: { json(): Promise<unknown> }): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw CoreErrors.validation_failed({
      fields: { body: 'Send a JSON object, e.g. {"title": "Buy milk"}.' },
    });
  return body as Record<string, unknown>;
}

const Change = z
  .object({
    done: z.boolean({ error: 'Use true or false for done.' }).optional(),
    title: z.unknown().optional(),
  })
  .refine((c) => c.done !== undefined || c.title !== undefined, {
    error: 'Send done (true or false) or a new title.',
    path: ['done'],
  });

export default definePart({
  name: 'todo',
  migrations: [
    {
      module: 'todo',
      dir: fileURLToPath(new URL('./migrations', import.meta.url)),
      dependsOn: ['core', 'auth'],
    },
  ],
  setup(ctx) {
    ctx.services.tasks = taskService(ctx.database);
  },
  routes(app, ctx) {
    const { tasks: service, auth } = ctx.services;
    app.get('/api/tasks', async (c) => {
      const user = auth.requireUser(c);
      const filter = filterOf(c.req.query('filter'));
      const [list, counts] = await Promise.all([service.list(user.id, filter), service.counts(user.id)]);
      return c.json({ filter, tasks: list, counts });
    });
    app.post('/api/tasks', async (c) => {
      const user = auth.requireUser(c);
      const { title } = await bodyOf(c.req);
      return c.json({ task: await service.create(user.id, title as string) }, 201);
    });
    app.patch('/api/tasks/:id', async (c) => {
      const user = auth.requireUser(c);
      const id = c.req.param('id');
      const parsed = Change.safeParse(await bodyOf(c.req));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw CoreErrors.validation_failed({
          fields: { [String(issue?.path[0] ?? 'done')]: issue?.message },
        });
      }
      const { done, title } = parsed.data;
      let task: TaskView | undefined;
      if (title !== undefined) task = await service.rename(user.id, id, title as string);
      if (done !== undefined) task = await service.setDone(user.id, id, done);
      return c.json({ task });
    });
    // Before `/api/tasks/:id`, which would otherwise take "completed" for an id.
    app.delete('/api/tasks/completed', async (c) =>
      c.json({ deleted: await service.clearDone(auth.requireUser(c).id) }),
    );
    app.delete('/api/tasks/:id', async (c) => {
      await service.remove(auth.requireUser(c).id, c.req.param('id'));
      return c.body(null, 204);
    });
  },
});
