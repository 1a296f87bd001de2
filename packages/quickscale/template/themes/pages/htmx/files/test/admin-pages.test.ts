import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationLink, PASSWORD } from './accounts.js';
import { type Client, type TestServer, testServer } from './helpers.js';
import { sendContactForm } from './site-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ SITE_NAME: 'Duka Letu' });
});
afterAll(() => server?.stop());

async function signUpWithForms(client: Client, email: string, name: string) {
  const res = await client.form('/sign-up', { name, email, password: PASSWORD });
  expect(res.status).toBe(303);
  await client.get(await confirmationLink(client, email));
}

describe('the site admin (htmx frontend)', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const res = await server.client().get('/admin');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fadmin');
  });

  it('shows the owner an empty inbox, then the visitor’s message, and marks it read', async () => {
    const owner = server.client();
    await signUpWithForms(owner, 'owner@example.co.ke', 'Wanjiku Mwangi');
    const empty = await owner.get('/admin');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('No messages yet');

    const sent = await sendContactForm(server.client(), 'Can I book a table for <b>twelve</b>?');
    expect(sent.status).toBe(303);

    const inbox = await (await owner.get('/admin')).text();
    expect(inbox).toContain('Achieng Otieno');
    expect(inbox).toContain('Can I book a table for &lt;b&gt;twelve&lt;/b&gt;?');
    const id = /id="m-([0-9a-f-]+)"/.exec(inbox)?.[1] as string;
    expect(id).toBeTruthy();

    const fragment = await owner.request(`/admin/inbox/${id}/read`, {
      method: 'POST',
      headers: { 'hx-request': 'true' },
    });
    expect(fragment.status).toBe(200);
    const html = await fragment.text();
    expect(html).toContain('Mark unread');
    expect(html).not.toContain('<html');
    const unread = await (await owner.get('/admin?filter=unread')).text();
    expect(unread).toContain('Nothing unread here');
  });

  it('lists the pages and saves a page’s words, published at once', async () => {
    const owner = server.client();
    await owner.form('/sign-in', { email: 'owner@example.co.ke', password: PASSWORD });
    const list = await (await owner.get('/admin/pages')).text();
    expect(list).toContain('Published');
    const contactId = /href="\/admin\/pages\/([0-9a-f-]+)"[^>]*>[^<]*<\/a>[\s\S]*?\/contact</.exec(list)?.[1];
    const editId = contactId ?? (/href="\/admin\/pages\/([0-9a-f-]+)"/.exec(list)?.[1] as string);
    const editor = await (await owner.get(`/admin/pages/${editId}`)).text();
    const heading = /name="(f:[^"]+\.heading)"/.exec(editor)?.[1];
    expect(heading, 'the editor offers the section headings').toBeTruthy();
    const saved = await owner.form(`/admin/pages/${editId}`, {
      title: 'Talk to us',
      [heading as string]: 'Karibu — we reply within a day',
      intent: 'publish',
    });
    expect(saved.status).toBe(303);
    const path = /<code>(\/[a-z0-9-]*)<\/code>/.exec(
      await (await owner.get(saved.headers.get('location') as string)).text(),
    )?.[1];
    const live = await (await server.client().get(path ?? '/')).text();
    expect(live).toContain('Karibu — we reply within a day');
  });

  it('shows someone else who signs in that the admin is not theirs', async () => {
    const other = server.client();
    await signUpWithForms(other, 'someone@example.co.ke', 'Someone Else');
    const res = await other.get('/admin');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('This admin is not yours');
    expect(html).not.toContain('Achieng Otieno');
    expect((await other.get('/admin/pages')).status).toBe(404);
  });
});
