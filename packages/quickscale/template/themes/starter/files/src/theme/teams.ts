/**
 * Teams and API keys — the starter theme's own service and JSON API. A team is an App of
 * @qspace/auth: people belong to it with a role (owner, admin, editor, viewer), and its data is
 * isolated by row-level security. API keys are shown once, stored hashed, and scoped to one team.
 *
 *   GET    /api/teams                    the signed-in person's teams
 *   POST   /api/teams {name}             create one (you are its owner)
 *   GET    /api/teams/:id/keys           its API keys (never the secret)
 *   POST   /api/teams/:id/keys {name}    create one; the answer holds the key, once
 *   DELETE /api/teams/:id/keys/:keyId    revoke it
 */
import {
  type ApiKeyView,
  type AppSummary,
  createApiKey,
  createApp,
  listApiKeys,
  listMyApps,
  membershipContext,
  revokeApiKey,
  slugAvailability,
  slugify,
} from '@qspace/auth';
import { CoreErrors, type Database, newId } from '@qspace/core';
import { z } from 'zod';
import { definePart } from '../kernel/part.js';

export interface TeamService {
  list(userId: string): Promise<AppSummary[]>;
  create(userId: string, name: string): Promise<AppSummary>;
  get(userId: string, teamId: string): Promise<AppSummary>;
  keys(userId: string, teamId: string): Promise<ApiKeyView[]>;
  createKey(userId: string, teamId: string, name: string): Promise<{ key: string; apiKey: ApiKeyView }>;
  revokeKey(userId: string, teamId: string, keyId: string): Promise<void>;
}

declare module '../kernel/part.js' {
  interface Services {
    teams: TeamService;
  }
}

export const TeamName = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters.')
  .max(60, 'Use at most 60 characters.');
const KeyName = z.string().trim().min(1, 'Name the key.').max(60, 'Use at most 60 characters.');

/** Parses one field, or throws a 400 that names it and says what to change. */
function field<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw CoreErrors.validation_failed({ fields: { [name]: parsed.error.issues[0]?.message } });
  return parsed.data;
}

/** A slug from the name that is free (a short suffix when the plain one is taken). */
async function freeSlug(database: Database, name: string): Promise<string> {
  const base = (slugify(name) || 'team').slice(0, 40).replace(/-+$/, '') || 'team';
  const plain = base.length >= 3 ? base : `${base}-team`;
  const first = await slugAvailability(database, plain);
  if (first.available) return plain;
  return `${plain.slice(0, 33)}-${newId().slice(-6)}`;
}

export function teamService(database: Database): TeamService {
  const ctxOf = (userId: string, teamId: string) => membershipContext(database, userId, teamId);
  return {
    list: (userId) => listMyApps(database, userId),
    async create(userId, name) {
      const clean = field(TeamName, name, 'name');
      return createApp(database, userId, { name: clean, slug: await freeSlug(database, clean) });
    },
    async get(userId, teamId) {
      const team = (await listMyApps(database, userId)).find((t) => t.id === teamId);
      if (!team) throw CoreErrors.not_found({ teamId });
      return team;
    },
    keys: async (userId, teamId) => listApiKeys(database, await ctxOf(userId, teamId)),
    async createKey(userId, teamId, name) {
      const clean = field(KeyName, name, 'name');
      return createApiKey(database, await ctxOf(userId, teamId), { name: clean, scopes: ['read', 'write'] });
    },
    async revokeKey(userId, teamId, keyId) {
      await revokeApiKey(database, await ctxOf(userId, teamId), keyId);
    },
  };
}

/** Reads `{ name }` from a JSON body, answering 400 with the field's problem. */
async function nameFrom(req: { json(): Promise<unknown> }): Promise<string> {
  const body = (await req.json().catch(() => null)) as { name?: unknown } | null;
  const parsed = z.object({ name: z.string() }).safeParse(body);
  if (!parsed.success) throw CoreErrors.validation_failed({ fields: { name: 'Give a name.' } });
  return parsed.data.name;
}

export default definePart({
  name: 'starter',
  setup(ctx) {
    ctx.services.teams = teamService(ctx.database);
  },
  routes(app, ctx) {
    const { teams, auth } = ctx.services;
    app.get('/api/teams', async (c) => c.json({ teams: await teams.list(auth.requireUser(c).id) }));
    app.post('/api/teams', async (c) => {
      const user = auth.requireUser(c);
      return c.json({ team: await teams.create(user.id, await nameFrom(c.req)) }, 201);
    });
    app.get('/api/teams/:id/keys', async (c) =>
      c.json({ keys: await teams.keys(auth.requireUser(c).id, c.req.param('id')) }),
    );
    app.post('/api/teams/:id/keys', async (c) => {
      const user = auth.requireUser(c);
      const created = await teams.createKey(user.id, c.req.param('id'), await nameFrom(c.req));
      return c.json(created, 201);
    });
    app.delete('/api/teams/:id/keys/:keyId', async (c) => {
      await teams.revokeKey(auth.requireUser(c).id, c.req.param('id'), c.req.param('keyId'));
      return c.body(null, 204);
    });
  },
});
