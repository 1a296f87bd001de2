import { appInvitations } from '@qspace/auth';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer, waitFor } from './harness.js';

describe('invitations', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let appId: string;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
    owner = as(s, await signedInUser(s, 'boss@example.com'));
    appId = String(
      (await owner('POST', '/api/v1/apps', { name: 'Java House Kilimani', slug: 'java-kilimani' })).body?.id,
    );
  });
  afterAll(() => s?.stop());

  /** The token in the newest invitation mail to `email`. */
  async function tokenFor(email: string, after = 0): Promise<string> {
    const mail = await waitFor(async () => {
      const list = (await (await s.request(`/api/dev/mailbox?to=${encodeURIComponent(email)}`)).json()) as {
        messages: Array<{ template: string; links: string[]; subject: string }>;
      };
      const invites = list.messages.filter((m) => m.template === 'invitation');
      return invites.length > after ? invites[0] : undefined;
    });
    expect(mail.subject).toBe('boss invited you to Java House Kilimani');
    const link = mail.links[0] as string;
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    return link.split('/invite/')[1] as string;
  }

  it('invites a new address; the new account accepts once and gets the invited role', async () => {
    const invited = await owner('POST', `/api/v1/apps/${appId}/invitations`, {
      email: 'Barista@Example.com',
      role: 'editor',
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({ email: 'barista@example.com', role: 'editor', status: 'pending' });
    const token = await tokenFor('barista@example.com');

    const preview = await s.request(`/api/v1/invitations/${token}`);
    expect(await preview.json()).toMatchObject({
      appName: 'Java House Kilimani',
      role: 'editor',
      email: 'barista@example.com',
    });

    const barista = as(s, await signedInUser(s, 'barista@example.com'));
    const accepted = await barista('POST', `/api/v1/invitations/${token}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ appId, role: 'editor' });
    expect((await barista('GET', '/api/v1/apps')).body?.apps).toEqual([
      expect.objectContaining({ id: appId, role: 'editor' }),
    ]);
    // The editor cannot invite (admins can).
    expect(
      (await barista('POST', `/api/v1/apps/${appId}/invitations`, { email: 'x@example.com', role: 'viewer' }))
        .status,
    ).toBe(403);

    const again = await barista('POST', `/api/v1/invitations/${token}/accept`);
    expect(again.status).toBe(410);
    expect(again.body?.error?.code).toBe('apps.invitation_used');
  });

  it('works for an existing account too, but only for the invited address', async () => {
    const existing = as(s, await signedInUser(s, 'manager@example.com'));
    const other = as(s, await signedInUser(s, 'someone@example.com'));
    await owner('POST', `/api/v1/apps/${appId}/invitations`, { email: 'manager@example.com', role: 'admin' });
    const token = await tokenFor('manager@example.com');
    const wrong = await other('POST', `/api/v1/invitations/${token}/accept`);
    expect(wrong.status).toBe(403);
    expect(wrong.body?.error?.message).toMatch(/another email address/);
    expect((await existing('POST', `/api/v1/invitations/${token}/accept`)).body).toEqual({
      appId,
      role: 'admin',
    });
  });

  it('resend replaces the link; revoke and expiry end it — each with a clear answer', async () => {
    const created = await owner('POST', `/api/v1/apps/${appId}/invitations`, {
      email: 'cook@example.com',
      role: 'viewer',
    });
    const first = await tokenFor('cook@example.com');
    expect(
      (
        await owner('POST', `/api/v1/apps/${appId}/invitations`, {
          email: 'cook@example.com',
          role: 'viewer',
        })
      ).body?.error?.code,
    ).toBe('apps.already_invited');
    const resent = await owner('POST', `/api/v1/apps/${appId}/invitations/${created.body?.id}/resend`);
    expect(resent.status).toBe(200);
    const second = await tokenFor('cook@example.com', 1);
    expect(second).not.toBe(first);
    expect((await s.request(`/api/v1/invitations/${first}`)).status).toBe(404);
    expect((await s.request(`/api/v1/invitations/${second}`)).status).toBe(200);

    await s.database.db
      .update(appInvitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(appInvitations.id, String(created.body?.id)));
    const expired = await s.request(`/api/v1/invitations/${second}`);
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe(
      'apps.invitation_expired',
    );

    const other = await owner('POST', `/api/v1/apps/${appId}/invitations`, {
      email: 'waiter@example.com',
      role: 'viewer',
    });
    const token = await tokenFor('waiter@example.com');
    expect((await owner('DELETE', `/api/v1/apps/${appId}/invitations/${other.body?.id}`)).status).toBe(204);
    expect((await s.request(`/api/v1/invitations/${token}`)).status).toBe(410);
    expect((await s.request('/api/v1/invitations/not-a-real-token-at-all')).status).toBe(404);
  });

  it('refuses to invite someone who is already a member', async () => {
    const res = await owner('POST', `/api/v1/apps/${appId}/invitations`, {
      email: 'boss@example.com',
      role: 'viewer',
    });
    expect(res.body?.error?.code).toBe('apps.already_member');
    expect(res.status).toBe(409);
  });

  it('lists invitations and records them in the audit log', async () => {
    const list = await owner('GET', `/api/v1/apps/${appId}/invitations`);
    expect(((list.body?.invitations ?? []) as unknown[]).length).toBeGreaterThanOrEqual(4);
    const audit = await owner('GET', `/api/v1/apps/${appId}/audit?limit=200`);
    const actions = new Set(((audit.body?.events ?? []) as Array<{ action: string }>).map((e) => e.action));
    for (const a of ['invitation.created', 'invitation.accepted', 'invitation.resent', 'invitation.revoked'])
      expect(actions).toContain(a);
  });
});

describe('the invitation page (/invite/:token)', () => {
  let s: TestServer;
  let owner: ReturnType<typeof as>;
  let appId: string;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
    owner = as(s, await signedInUser(s, 'host@example.com'));
    appId = String(
      (await owner('POST', '/api/v1/apps', { name: 'Tamu Bakery', slug: 'tamu-bakery' })).body?.id,
    );
  });
  afterAll(() => s?.stop());

  it('explains the invitation, lets the invited account accept with one button, then refuses the used link', async () => {
    await owner('POST', `/api/v1/apps/${appId}/invitations`, { email: 'baker@example.com', role: 'editor' });
    const mail = await waitFor(async () => {
      const list = (await (await s.request('/api/dev/mailbox?to=baker@example.com')).json()) as {
        messages: Array<{ template: string; links: string[] }>;
      };
      return list.messages.find((m) => m.template === 'invitation');
    });
    const path = new URL(mail.links[0] as string).pathname;
    const anonymous = await s.request(path);
    expect(anonymous.status).toBe(200);
    const anonymousHtml = await anonymous.text();
    expect(anonymousHtml).toContain('Tamu Bakery');
    expect(anonymousHtml).toContain(
      'Sign in with <strong>baker@example.com</strong>, or create an account with that address',
    );
    expect(anonymousHtml).toContain('href="/sign-up?redirect=%2Finvite%2F');

    const cookie = await signedInUser(s, 'baker@example.com');
    const page = await s.request(path, { headers: { cookie } });
    expect(await page.text()).toContain('Accept invitation');
    const foreign = await s.request(path, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example.net' },
    });
    expect(foreign.status).toBe(403);
    const accepted = await s.request(path, { method: 'POST', headers: { cookie, origin: s.url } });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('You joined the App as an editor');
    const used = await s.request(path);
    expect(used.status).toBe(410);
    expect(await used.text()).toContain('already used');
  });
});
