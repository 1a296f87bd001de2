import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationLink, PASSWORD } from './accounts.js';
import { type TestServer, testServer } from './helpers.js';

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('the pages (htmx frontend)', () => {
  it('walks a newcomer from the landing page to a team with an API key', async () => {
    const client = server.client();
    const home = await client.get('/');
    expect(await home.text()).toContain('Create your account');

    const bad = await client.form('/sign-up', { name: 'Wanjiru', email: 'not-an-email', password: PASSWORD });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Enter an email address');

    const signUp = await client.form('/sign-up', {
      name: 'Wanjiru',
      email: 'wanjiru@example.co.ke',
      password: PASSWORD,
    });
    expect(signUp.status).toBe(303);
    expect(signUp.headers.get('location')).toContain('/check-email');
    await client.get(await confirmationLink(client, 'wanjiru@example.co.ke'));
    await client.form('/sign-out', {});

    const wrong = await client.form('/sign-in', {
      email: 'wanjiru@example.co.ke',
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    const signIn = await client.form('/sign-in', { email: 'wanjiru@example.co.ke', password: PASSWORD });
    expect(signIn.status).toBe(303);

    const created = await client.form('/teams', { name: 'Duka Letu' });
    expect(created.status).toBe(303);
    const teamPage = await client.get(created.headers.get('location') as string);
    expect(await teamPage.text()).toContain('Duka Letu is ready.');

    const teamPath = (created.headers.get('location') as string).split('?')[0] as string;
    const key = await client.form(`${teamPath}/keys`, { name: 'Reports' });
    expect(key.status).toBe(201);
    expect(await key.text()).toMatch(/[A-Z0-9]{4}\.[A-Za-z0-9_-]{32}/);
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    const res = await server.client().get('/teams');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fteams');
  });

  it('escapes what people type', async () => {
    const res = await server
      .client()
      .form('/sign-up', { name: '<script>x</script>', email: 'bad', password: 'x' });
    const html = await res.text();
    expect(html).not.toContain('<script>x</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('refuses a form posted from another site', async () => {
    const res = await server.client().request('/sign-in', {
      method: 'POST',
      headers: { origin: 'https://evil.example' },
      body: new URLSearchParams({ email: 'a@b.co', password: 'x' }),
    });
    expect(res.status).toBe(403);
  });
});
