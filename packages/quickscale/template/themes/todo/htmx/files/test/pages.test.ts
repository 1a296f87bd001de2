import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp } from './accounts.js';
import { type Client, type TestServer, testServer } from './helpers.js';

const HTMX = { 'hx-request': 'true' };

/** The id of the task with this title, from the page's toggle form. */
function idOf(html: string, title: string): string {
  const row = html
    .split('<li id="task-')
    .slice(1)
    .find((r) => r.includes(`>${title}</span>`));
  const id = row?.split('"')[0];
  expect(id, `no task "${title}" on the page`).toMatch(/^[0-9a-f-]{36}$/);
  return id as string;
}

/** The hidden fields of the page's form that posts to `action`, as a browser would send them. */
function fieldsOf(html: string, action: string): Record<string, string> {
  const start = html.indexOf(`action="${action}"`);
  expect(start, `no form posting to ${action}`).toBeGreaterThan(-1);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[name as string] = value as string;
  return fields;
}

/** Submits the page's form that posts to `action`, with its hidden fields and `typed`. */
const submit = (client: Client, html: string, action: string, typed: Record<string, string> = {}) =>
  client.form(action, { ...fieldsOf(html, action), ...typed });

const page = async (client: Client, path = '/tasks') => {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return res.text();
};

const htmxPost = (client: Client, path: string, fields: Record<string, string>) =>
  client.request(path, { method: 'POST', headers: HTMX, body: new URLSearchParams(fields) });

// Sign-up allows five attempts per address in ten minutes: this file signs up five people.
let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('the pages (htmx frontend)', () => {
  it('introduces the product to a visitor and sends a signed-in person to their tasks', async () => {
    const client = server.client();
    const home = await client.get('/');
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toContain('Create your account');
    expect(html).toContain('href="/sign-up"');
    expect(html).not.toContain('href="/tasks"');

    await signedUp(client, 'akinyi@example.co.ke', 'Akinyi');
    const again = await client.get('/');
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toBe('/tasks');
  });

  it('sends a signed-out visitor to sign in and back (a full-page redirect for htmx)', async () => {
    const res = await server.client().get('/tasks');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Ftasks');

    const posted = await server.client().form('/tasks', { title: 'Sneaky' });
    expect(posted.status).toBe(302);

    const swap = await htmxPost(server.client(), '/tasks', { title: 'Sneaky' });
    expect(swap.status).toBe(204);
    expect(swap.headers.get('hx-redirect')).toBe('/sign-in?next=%2Ftasks');
  });

  it('adds, completes, filters, renames and deletes with plain form posts', async () => {
    const client = server.client();
    await signedUp(client, 'baraka@example.co.ke', 'Baraka Otieno');

    const empty = await page(client);
    expect(empty).toContain('Signed in as Baraka Otieno');
    expect(empty).toContain('Nothing on your list yet');
    expect(empty).toContain('action="/tasks"');

    const added = await submit(client, empty, '/tasks', { title: 'Buy maize flour' });
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/tasks');
    await submit(client, await page(client), '/tasks', { title: 'Call the plumber' });

    let html = await page(client);
    expect(html).not.toContain('Nothing on your list yet');
    expect(html.indexOf('Call the plumber')).toBeLessThan(html.indexOf('Buy maize flour'));
    expect(html).toContain('<strong>0</strong> of 2 done');
    const flour = idOf(html, 'Buy maize flour');
    expect(fieldsOf(html, `/tasks/${flour}/toggle`)).toEqual({ done: 'true', filter: 'all' });

    const completed = await submit(client, html, `/tasks/${flour}/toggle`);
    expect(completed.status).toBe(303);
    expect(completed.headers.get('location')).toBe('/tasks');
    html = await page(client);
    expect(html).toContain('<strong>1</strong> of 2 done');
    expect(html).toMatch(new RegExp(`id="task-${flour}" class="done"`));
    expect(html).toMatch(/Active<span class="todo-count">1<\/span>/);
    expect(html).toMatch(/Done<span class="todo-count">1<\/span>/);
    // The completed task's form now un-completes it.
    expect(fieldsOf(html, `/tasks/${flour}/toggle`)).toEqual({ done: 'false', filter: 'all' });

    const done = await page(client, '/tasks?filter=done');
    expect(done).toContain('Buy maize flour');
    expect(done).not.toContain('Call the plumber');
    expect(done).toMatch(/href="\/tasks\?filter=done"[^>]*aria-current="page"/);
    const active = await page(client, '/tasks?filter=active');
    expect(active).toContain('Call the plumber');
    expect(active).not.toContain('Buy maize flour');

    // From a filtered view the redirect keeps the filter.
    const undone = await submit(client, done, `/tasks/${flour}/toggle`);
    expect(undone.headers.get('location')).toBe('/tasks?filter=done');
    expect(await page(client, '/tasks?filter=done')).toContain('Nothing done yet');

    const editing = await page(client, `/tasks?edit=${flour}`);
    expect(editing).toContain('value="Buy maize flour"');
    const blank = await submit(client, editing, `/tasks/${flour}/rename`, { title: '   ' });
    expect(blank.status).toBe(400);
    const blankPage = await blank.text();
    expect(blankPage).toContain('Give the task a title.');
    const renamed = await submit(client, blankPage, `/tasks/${flour}/rename`, {
      title: 'Buy 2 kg of maize flour',
    });
    expect(renamed.status).toBe(303);
    html = await page(client);
    expect(html).toContain('Buy 2 kg of maize flour');
    expect(html).not.toContain(`action="/tasks/${flour}/rename"`);

    await submit(client, html, `/tasks/${idOf(html, 'Call the plumber')}/toggle`);
    html = await page(client, '/tasks?filter=active');
    expect(html).toContain('Buy 2 kg of maize flour');
    await submit(client, html, `/tasks/${flour}/toggle`);
    html = await page(client, '/tasks?filter=active');
    expect(html).toContain('All done!');
    expect(html).toContain('<strong>2</strong> of 2 done');

    const deleted = await submit(client, await page(client), `/tasks/${flour}/delete`);
    expect(deleted.status).toBe(303);
    html = await page(client, '/tasks?filter=done');
    expect(html).not.toContain('Buy 2 kg of maize flour');
    expect(html).toContain('Call the plumber');

    const cleared = await submit(client, html, '/tasks/clear-completed');
    expect(cleared.headers.get('location')).toBe('/tasks?filter=done');
    expect(await page(client)).toContain('Nothing on your list yet');
  });

  it('swaps only the task panel for htmx, and says what to change about a bad title', async () => {
    const client = server.client();
    await signedUp(client, 'chebet@example.co.ke', 'Chebet');

    const added = await htmxPost(client, '/tasks', { title: 'Water the sukuma', filter: 'done' });
    expect(added.status).toBe(200);
    // Adding from "done" shows everything, so the new task can be seen; the address follows.
    expect(added.headers.get('hx-replace-url')).toBe('/tasks');
    const fragment = await added.text();
    expect(fragment).not.toContain('<html');
    expect(fragment).toMatch(/^<div id="tasks"/);
    expect(fragment).toContain('Water the sukuma');
    expect(fragment).toContain('autofocus');

    const id = idOf(fragment, 'Water the sukuma');
    const toggled = await htmxPost(client, `/tasks/${id}/toggle`, { done: 'true', filter: 'all' });
    expect(toggled.status).toBe(200);
    expect(await toggled.text()).toContain('<strong>1</strong> of 1 done');

    const filtered = await client.request('/tasks?filter=active', { headers: HTMX });
    const activeFragment = await filtered.text();
    expect(activeFragment).not.toContain('<html');
    expect(activeFragment).toContain('All done!');

    // htmx swaps only 2xx answers: the problem comes back in the panel, the input kept.
    const blank = await htmxPost(client, '/tasks', { title: ' ', filter: 'all' });
    expect(blank.status).toBe(200);
    expect(await blank.text()).toContain('Give the task a title.');
    const long = await client.form('/tasks', { title: 'x'.repeat(201) });
    expect(long.status).toBe(400);
    const longPage = await long.text();
    expect(longPage).toContain('at most 200 characters');
    expect(longPage).toContain(`value="${'x'.repeat(201)}"`);

    // A history restore wants the whole page.
    const restore = await client.request('/tasks', {
      headers: { ...HTMX, 'hx-history-restore-request': 'true' },
    });
    expect(await restore.text()).toContain('<html');
  });

  it('escapes titles and never touches another person’s task', async () => {
    const owner = server.client();
    await signedUp(owner, 'daudi@example.co.ke', 'Daudi');
    await owner.form('/tasks', { title: '<script>alert(1)</script>' });
    const html = await page(owner);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const id = idOf(html, '&lt;script&gt;alert(1)&lt;/script&gt;');

    const other = server.client();
    await signedUp(other, 'esther@example.co.ke', 'Esther');
    const toggle = await other.form(`/tasks/${id}/toggle`, { done: 'true' });
    expect(toggle.status).toBe(404);
    expect(await toggle.text()).toContain('That task no longer exists.');
    expect((await other.form(`/tasks/${id}/rename`, { title: 'Mine now' })).status).toBe(404);
    expect((await other.form(`/tasks/${id}/delete`, {})).status).toBe(303);
    expect((await other.form('/tasks/clear-completed', {})).status).toBe(303);

    const still = await page(owner);
    expect(still).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(still).toContain('<strong>0</strong> of 1 done');
  });

  it('refuses a form posted from another site', async () => {
    const client = server.client();
    const res = await client.request('/tasks', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new URLSearchParams({ title: 'Forged' }),
    });
    expect(res.status).toBe(403);
  });
});
