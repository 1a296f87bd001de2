import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp } from './accounts.js';
import { type Client, type TestServer, testServer } from './helpers.js';

interface Task {
  id: string;
  title: string;
  done: boolean;
  createdAt: string;
  completedAt: string | null;
}
interface Listing {
  filter: string;
  tasks: Task[];
  counts: { all: number; active: number; done: number };
}

const listOf = async (client: Client, filter = 'all') =>
  (await (await client.get(`/api/tasks?filter=${filter}`)).json()) as Listing;

const add = async (client: Client, title: string) => {
  const res = await client.json('/api/tasks', { title });
  expect(res.status).toBe(201);
  return ((await res.json()) as { task: Task }).task;
};

const problem = async (res: Response) => JSON.stringify(await res.json());

// Sign-up allows five attempts per address in ten minutes: this file signs up five people.
let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('the tasks API', () => {
  it('creates tasks and lists them newest first, with counts', async () => {
    const client = server.client();
    await signedUp(client, 'amina@example.co.ke', 'Amina');
    const first = await add(client, '  Buy maize flour  ');
    expect(first).toMatchObject({ title: 'Buy maize flour', done: false, completedAt: null });
    expect(first).not.toHaveProperty('userId');
    await add(client, 'Call the plumber');
    const listing = await listOf(client);
    expect(listing.tasks.map((t) => t.title)).toEqual(['Call the plumber', 'Buy maize flour']);
    expect(listing.counts).toEqual({ all: 2, active: 2, done: 0 });
  });

  it('completes, un-completes, filters, renames and deletes', async () => {
    const client = server.client();
    await signedUp(client, 'baraka@example.co.ke', 'Baraka');
    const rent = await add(client, 'Pay the rent');
    await add(client, 'Water the garden');

    const done = await client.json(`/api/tasks/${rent.id}`, { done: true }, 'PATCH');
    expect(done.status).toBe(200);
    const { task } = (await done.json()) as { task: Task };
    expect(task.done).toBe(true);
    expect(task.completedAt).not.toBeNull();

    expect((await listOf(client, 'done')).tasks.map((t) => t.title)).toEqual(['Pay the rent']);
    expect((await listOf(client, 'active')).tasks.map((t) => t.title)).toEqual(['Water the garden']);
    expect((await listOf(client)).counts).toEqual({ all: 2, active: 1, done: 1 });

    const undone = await client.json(`/api/tasks/${rent.id}`, { done: false }, 'PATCH');
    expect(((await undone.json()) as { task: Task }).task).toMatchObject({ done: false, completedAt: null });
    expect((await listOf(client, 'done')).tasks).toEqual([]);

    const renamed = await client.json(`/api/tasks/${rent.id}`, { title: 'Pay the rent for June' }, 'PATCH');
    expect(((await renamed.json()) as { task: Task }).task.title).toBe('Pay the rent for June');

    const removed = await client.request(`/api/tasks/${rent.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect((await listOf(client)).tasks.map((t) => t.title)).toEqual(['Water the garden']);
    expect((await client.request(`/api/tasks/${rent.id}`, { method: 'DELETE' })).status).toBe(404);

    const seeds = await add(client, 'Buy seeds');
    await client.json(`/api/tasks/${seeds.id}`, { done: true }, 'PATCH');
    const cleared = await client.request('/api/tasks/completed', { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toEqual({ deleted: 1 });
    const left = await listOf(client);
    expect(left.tasks.map((t) => t.title)).toEqual(['Water the garden']);
    expect(left.counts).toEqual({ all: 1, active: 1, done: 0 });
  });

  it('says what to change about a bad title, filter or change', async () => {
    const client = server.client();
    await signedUp(client, 'chebet@example.co.ke', 'Chebet');
    const empty = await client.json('/api/tasks', { title: '   ' });
    expect(empty.status).toBe(400);
    expect(await problem(empty)).toContain('Give the task a title');

    const long = await client.json('/api/tasks', { title: 'x'.repeat(201) });
    expect(long.status).toBe(400);
    expect(await problem(long)).toContain('at most 200 characters');
    expect((await client.json('/api/tasks', { title: 'x'.repeat(200) })).status).toBe(201);

    expect((await client.json('/api/tasks', { name: 'no title' })).status).toBe(400);
    expect((await client.json('/api/tasks', 'just a string')).status).toBe(400);

    const filter = await client.get('/api/tasks?filter=later');
    expect(filter.status).toBe(400);
    expect(await problem(filter)).toContain('all, active or done');

    const task = await add(client, 'Fix the gate');
    const notBoolean = await client.json(`/api/tasks/${task.id}`, { done: 'yes' }, 'PATCH');
    expect(notBoolean.status).toBe(400);
    expect(await problem(notBoolean)).toContain('true or false');
    expect((await client.json(`/api/tasks/${task.id}`, {}, 'PATCH')).status).toBe(400);
    expect((await client.json(`/api/tasks/${task.id}`, { title: '' }, 'PATCH')).status).toBe(400);
    expect((await client.json('/api/tasks/not-an-id', { done: true }, 'PATCH')).status).toBe(404);
  });

  it('keeps the API closed to anyone signed out', async () => {
    const client = server.client();
    expect((await client.get('/api/tasks')).status).toBe(401);
    expect((await client.json('/api/tasks', { title: 'Sneaky' })).status).toBe(401);
  });

  it('never shows or changes one person’s tasks for another', async () => {
    const owner = server.client();
    await signedUp(owner, 'esther@example.co.ke', 'Esther');
    const secret = await add(owner, 'Plan the surprise party');

    const other = server.client();
    await signedUp(other, 'faraji@example.co.ke', 'Faraji');
    expect((await listOf(other)).tasks).toEqual([]);
    expect((await listOf(other)).counts.all).toBe(0);

    const patch = await other.json(`/api/tasks/${secret.id}`, { done: true }, 'PATCH');
    expect(patch.status).toBe(404);
    expect(await problem(patch)).not.toContain('surprise');
    expect((await other.json(`/api/tasks/${secret.id}`, { title: 'Mine now' }, 'PATCH')).status).toBe(404);
    expect((await other.request(`/api/tasks/${secret.id}`, { method: 'DELETE' })).status).toBe(404);

    const cake = await add(owner, 'Order the cake');
    await owner.json(`/api/tasks/${cake.id}`, { done: true }, 'PATCH');
    const cleared = await other.request('/api/tasks/completed', { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ deleted: 0 });

    const still = await listOf(owner);
    expect(still.tasks).toEqual([
      expect.objectContaining({ title: 'Order the cake', done: true }),
      expect.objectContaining({ title: 'Plan the surprise party', done: false }),
    ]);
  });
});
