/** Test helpers for accounts: sign up through the API and confirm the address from the mailbox. */
import { expect } from 'vitest';
import type { Client } from './helpers.js';

export const PASSWORD = 'a long enough passphrase 42';

/** The confirmation link of the latest mail to `email`, from the development mailbox. */
export async function confirmationLink(client: Client, email: string): Promise<string> {
  const res = await client.get(`/api/dev/mailbox?to=${encodeURIComponent(email)}`);
  const { messages } = (await res.json()) as { messages: Array<{ text: string; subject: string }> };
  const link = messages.map((m) => /https?:\/\/\S*verify-email\S*/.exec(m.text)?.[0]).find(Boolean);
  expect(link, `no confirmation mail to ${email}`).toBeTruthy();
  return link as string;
}

/** A confirmed, signed-in account (the client keeps its session cookie). */
export async function signedUp(client: Client, email: string, name = 'Wanjiru Kamau'): Promise<void> {
  const res = await client.json('/api/auth/sign-up/email', {
    name,
    email,
    password: PASSWORD,
    callbackURL: '/',
  });
  expect(res.status).toBe(200);
  const confirmed = await client.get(await confirmationLink(client, email));
  expect([200, 302, 303]).toContain(confirmed.status);
  const session = (await (await client.get('/api/session')).json()) as { user: { email: string } | null };
  expect(session.user?.email).toBe(email);
}
