import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUp } from './accounts.js';
import { type Client, type TestServer, testServer } from './helpers.js';
import { sendContactForm } from './site-helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer({ SITE_NAME: 'Duka Letu' });
});
afterAll(() => server?.stop());

const siteOf = async (client: Client) =>
  (await (await client.get('/api/site')).json()) as { site: { id: string; name: string }; role: string };

describe('the public site', () => {
  it('serves the published home page with the site’s own name, in site-kit’s fonts', async () => {
    const res = await server.client().get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    expect(html).toContain('Duka Letu');
    expect(html).toMatch(/<h1[\s>]/);
    expect(html).toContain('<style');
    const font = /<link rel="preload" href="(\/_site\/[^"]+\.woff2)"/.exec(html)?.[1];
    expect(font, 'the page preloads its design system’s font').toBeTruthy();
    const res2 = await server.client().get(font as string);
    expect(res2.status).toBe(200);
    expect(res2.headers.get('cache-control')).toContain('immutable');
  });

  it('serves the other published pages by slug, and sign-in still answers', async () => {
    const client = server.client();
    expect((await client.get('/contact')).status).toBe(200);
    expect((await client.get('/sitemap.xml')).status).toBe(200);
    const signIn = await client.get('/sign-in');
    expect([200, 503]).toContain(signIn.status); // 503: a React build not made in tests
  });
});

describe('the contact form and the inbox', () => {
  it('lands a visitor’s message in the owner’s inbox, and nobody else’s', async () => {
    const visitor = server.client();
    const sent = await sendContactForm(visitor, 'Do you deliver to Kisumu on Saturdays?');
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toMatch(/\?sent=/);
    const thanks = await visitor.get(sent.headers.get('location') as string);
    expect(thanks.status).toBe(200);

    // The first account to confirm its address owns the site.
    const owner = server.client();
    await signedUp(owner, 'owner@example.co.ke', 'Wanjiku Mwangi');
    const { site, role } = await siteOf(owner);
    expect(role).toBe('owner');
    expect(site.name).toBe('Duka Letu');
    const inbox = (await (await owner.get(`/api/apps/${site.id}/inbox`)).json()) as {
      submissions: Array<{ id: string; read: boolean; fields: Array<{ value: string }> }>;
      unread: number;
    };
    expect(inbox.unread).toBe(1);
    const message = inbox.submissions[0];
    expect(message?.fields.map((f) => f.value)).toContain('Do you deliver to Kisumu on Saturdays?');

    const read = await owner.json(`/api/apps/${site.id}/inbox/read`, { ids: [message?.id] });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { unread: number }).unread).toBe(0);

    // Someone else with an account sees neither the site nor its inbox.
    const other = server.client();
    await signedUp(other, 'someone@example.co.ke', 'Someone Else');
    expect((await other.get('/api/site')).status).toBe(404);
    expect((await other.get(`/api/apps/${site.id}/inbox`)).status).toBe(404);
    expect((await server.client().get(`/api/apps/${site.id}/inbox`)).status).toBe(401);
  });

  it('refuses a message without its required fields and stores nothing', async () => {
    const visitor = server.client();
    const html = await (await visitor.get('/contact')).text();
    const action = /action="(\/_forms\/[^"]+)"/.exec(html)?.[1] as string;
    const res = await visitor.request(action, {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ name: '' }),
    });
    expect(res.status).toBe(400);
  });
});

describe('pages', () => {
  it('lets the owner edit, unpublish and publish a page', async () => {
    const owner = server.client();
    await owner.json('/api/auth/sign-in/email', {
      email: 'owner@example.co.ke',
      password: 'a long enough passphrase 42',
    });
    const { site } = await siteOf(owner);
    const { pages } = (await (await owner.get(`/api/apps/${site.id}/pages`)).json()) as {
      pages: Array<{ id: string; slug: string; status: string }>;
    };
    const contact = pages.find((p) => p.slug === 'contact');
    expect(contact?.status).toBe('published');
    const base = `/api/apps/${site.id}/pages/${contact?.id}`;

    const saved = await owner.json(base, { title: 'Talk to us' }, 'PUT');
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { page: { status: string } }).page.status).toBe('changed');

    expect((await owner.json(`${base}/unpublish`, {})).status).toBe(200);
    expect(await (await server.client().get('/contact')).text()).not.toContain('/_forms/');
    expect((await owner.json(`${base}/publish`, {})).status).toBe(200);
    const again = await server.client().get('/contact');
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('Talk to us');
  });
});
