import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, signedUp } from './accounts.js';
import { type Client, type TestServer, testServer } from './helpers.js';

const sessionOf = async (client: Client) =>
  ((await (await client.get('/api/session')).json()) as { user: { email: string } | null }).user;

let server: TestServer;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server?.stop());

describe('accounts', () => {
  it('signs up, confirms the address from the mailed link, signs out and in again', async () => {
    const client = server.client();
    await signedUp(client, 'amina@example.co.ke');
    await client.json('/api/auth/sign-out', {});
    expect(await sessionOf(client)).toBeNull();
    const again = await client.json('/api/auth/sign-in/email', {
      email: 'amina@example.co.ke',
      password: PASSWORD,
    });
    expect(again.status).toBe(200);
    expect((await sessionOf(client))?.email).toBe('amina@example.co.ke');
  });

  it('refuses a wrong password and, after ten tries, limits the address', async () => {
    const client = server.client();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await client.json('/api/auth/sign-in/email', {
        email: 'amina@example.co.ke',
        password: 'wrong password here',
      });
      statuses.push(res.status);
    }
    expect(statuses[0]).toBe(401);
    expect(statuses.at(-1)).toBe(429);
  });

  it('keeps the API closed to anyone signed out', async () => {
    const res = await server.client().get('/api/teams');
    expect(res.status).toBe(401);
  });
});

describe('teams and API keys', () => {
  it('creates a team, a key shown once, and revokes it', async () => {
    const client = server.client();
    await signedUp(client, 'otieno@example.co.ke', 'Otieno Odhiambo');
    const created = await client.json('/api/teams', { name: 'Acme Kenya' });
    expect(created.status).toBe(201);
    const { team } = (await created.json()) as { team: { id: string; name: string; role: string } };
    expect(team).toMatchObject({ name: 'Acme Kenya', role: 'owner' });
    const teams = (await (await client.get('/api/teams')).json()) as { teams: Array<{ id: string }> };
    expect(teams.teams.map((t) => t.id)).toContain(team.id);

    const key = await client.json(`/api/teams/${team.id}/keys`, { name: 'Billing export' });
    expect(key.status).toBe(201);
    const { key: secret, apiKey } = (await key.json()) as { key: string; apiKey: { id: string } };
    expect(secret).toMatch(/^[A-Z0-9]{4}\.[A-Za-z0-9_-]{32}$/);
    const listed = (await (await client.get(`/api/teams/${team.id}/keys`)).json()) as { keys: unknown[] };
    expect(JSON.stringify(listed)).not.toContain(secret.split('.')[1]);
    expect(
      (await client.request(`/api/teams/${team.id}/keys/${apiKey.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
  });

  it('answers a bad team name with the field and what to change', async () => {
    const client = server.client();
    await signedUp(client, 'njeri@example.co.ke', 'Njeri');
    const res = await client.json('/api/teams', { name: 'x' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('at least 2 characters');
  });

  it('does not show one person’s team to another', async () => {
    const owner = server.client();
    await signedUp(owner, 'kamau@example.co.ke', 'Kamau');
    const { team } = (await (await owner.json('/api/teams', { name: 'Private Co' })).json()) as {
      team: { id: string };
    };
    const other = server.client();
    await signedUp(other, 'achieng@example.co.ke', 'Achieng');
    expect((await other.get(`/api/teams/${team.id}/keys`)).status).toBe(404);
    const theirs = (await (await other.get('/api/teams')).json()) as { teams: Array<{ id: string }> };
    expect(theirs.teams.map((t) => t.id)).not.toContain(team.id);
  });
});
