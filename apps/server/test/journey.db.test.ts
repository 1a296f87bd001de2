/**
 * The first journey of the accounts issue, end to end over HTTP as a new user takes it: sign up → read
 * the verification mail in the dev mailbox → verify → sign in → create an App → invite a second address
 * → accept from the mail as a new account → the second user sees the App with the invited role and
 * cannot do what the role forbids. (The dashboard will put screens on top of exactly these calls.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, signedInUser, startTestServer, type TestServer, waitFor } from './harness.js';

describe('a new user’s first journey', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ config: { JOBS_POLL_INTERVAL_MS: 20 } });
  });
  afterAll(() => s?.stop());

  const signInAgain = (email: string, password: string) =>
    s.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: s.url },
      body: JSON.stringify({ email, password }),
    });

  it('sign up, verify, sign in, create an App, invite, accept as a new account, act within the role', async () => {
    const wanjiru = as(s, await signedInUser(s, 'wanjiru@kilimani-cafe.co.ke', 'chai na mandazi asubuhi'));
    const created = await wanjiru('POST', '/api/v1/apps', { name: 'Kilimani Café', slug: 'kilimani-cafe' });
    expect(created.status).toBe(201);
    const appId = String(created.body?.id);
    expect(
      (
        await wanjiru('POST', `/api/v1/apps/${appId}/invitations`, {
          email: 'otieno@example.com',
          role: 'viewer',
        })
      ).status,
    ).toBe(201);

    const invite = await waitFor(async () => {
      const list = (await (await s.request('/api/dev/mailbox?to=otieno@example.com')).json()) as {
        messages: Array<{ template: string; status: string; links: string[]; subject: string }>;
      };
      return list.messages.find((m) => m.template === 'invitation' && m.status === 'sent');
    });
    expect(invite.subject).toBe('wanjiru invited you to Kilimani Café');
    const token = (invite.links[0] as string).split('/invite/')[1] as string;

    // Otieno has no account yet: he signs up with the invited address, verifies, signs in, accepts.
    const otieno = as(s, await signedInUser(s, 'otieno@example.com', 'nyama choma jumamosi'));
    expect((await otieno('POST', `/api/v1/invitations/${token}/accept`)).body).toEqual({
      appId,
      role: 'viewer',
    });
    expect((await otieno('GET', '/api/v1/apps')).body?.apps).toEqual([
      expect.objectContaining({ name: 'Kilimani Café', role: 'viewer' }),
    ]);
    expect((await otieno('GET', `/api/v1/apps/${appId}/members`)).status).toBe(200);
    const forbidden = await otieno('PATCH', `/api/v1/apps/${appId}`, { name: 'Otieno’s Café' });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body?.error?.message).toMatch(/viewer/);
    expect(
      (await otieno('POST', `/api/v1/apps/${appId}/invitations`, { email: 'x@example.com', role: 'viewer' }))
        .status,
    ).toBe(403);
    expect((await wanjiru('GET', `/api/v1/apps/${appId}`)).body?.name).toBe('Kilimani Café');

    // Signing in again is recorded in the App's audit log, with the role changes and invitations.
    await signInAgain('wanjiru@kilimani-cafe.co.ke', 'chai na mandazi asubuhi');
    const audit = await wanjiru('GET', `/api/v1/apps/${appId}/audit`);
    const actions = ((audit.body?.events ?? []) as Array<{ action: string }>).map((e) => e.action);
    expect(actions).toEqual(['member.signed_in', 'invitation.accepted', 'invitation.created', 'app.created']);
  });
});
