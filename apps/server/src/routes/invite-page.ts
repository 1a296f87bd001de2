/**
 * The page an invitation email links to (`/invite/<token>`). It says what the invitation is for and,
 * when the visitor is signed in with the invited address, accepts it with one button; everyone else
 * is led to the dashboard's sign-in or sign-up, which come back here.
 */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { acceptInvitation, previewInvitation, resolveSession } from '@qspace/auth';
import { type Database, isAppError } from '@qspace/core';
import type { Context } from 'hono';
import { esc } from '../http/html.js';
import { renderMessagePage } from '../http/pages.js';
import type { AppEnv } from '../http/types.js';

function sameOrigin(c: Context, publicUrl: string): boolean {
  const origin = c.req.header('origin');
  const host = c.req.header('host');
  return (
    origin === new URL(publicUrl).origin ||
    (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
  );
}

/** What someone not (yet) signed in as the invitee does next: sign in, or create the account. */
function invitationSteps(token: string, email: string, signedInAs: string | null): string {
  const back = encodeURIComponent(`/invite/${token}`);
  const note = signedInAs
    ? `You are signed in as ${esc(signedInAs)}; this invitation is for <strong>${esc(email)}</strong>. Sign in with that address to accept it.`
    : `Sign in with <strong>${esc(email)}</strong>, or create an account with that address (after confirming it, open this link again).`;
  return [
    `<p class="fine">${note}</p>`,
    '<div class="actions">',
    `<a class="btn primary" href="/sign-in?redirect=${back}&amp;email=${encodeURIComponent(email)}">Sign in to accept</a> `,
    signedInAs ? '' : `<a class="btn" href="/sign-up?redirect=${back}">Create an account</a>`,
    '</div>',
  ].join('');
}

export function invitePage(
  app: OpenAPIHono<AppEnv>,
  database: Database,
  settings: { secret: string; publicUrl: string },
): void {
  app.get('/invite/:token', async (c) => {
    const token = c.req.param('token');
    try {
      const invite = await previewInvitation(database, token);
      const session = await resolveSession(database, settings.secret, c.req.header('cookie'));
      const signedInAsInvitee = session?.user.email === invite.email;
      const action = signedInAsInvitee
        ? `<form method="post" action="/invite/${esc(token)}"><button class="btn primary" type="submit">Accept invitation</button></form>`
        : invitationSteps(token, invite.email, session?.user.email ?? null);
      return c.html(
        renderMessagePage(
          `Join ${invite.appName}`,
          `${esc(invite.inviterName || 'A teammate')} invited you to join <strong>${esc(invite.appName)}</strong> as ${/^[aeiou]/.test(invite.role) ? 'an' : 'a'} ${esc(invite.role)}. The invitation is for ${esc(invite.email)} and expires on ${esc(new Intl.DateTimeFormat('en-KE', { dateStyle: 'long' }).format(invite.expiresAt))}.`,
          action,
        ),
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      return c.html(
        renderMessagePage('This invitation cannot be used', esc(error.message), ''),
        error.status as 404 | 410,
      );
    }
  });

  app.post('/invite/:token', async (c) => {
    if (!sameOrigin(c, settings.publicUrl))
      return c.html(
        renderMessagePage('Request refused', 'This form must be sent from Q-Space itself.', ''),
        403,
      );
    const session = await resolveSession(database, settings.secret, c.req.header('cookie'));
    if (!session)
      return c.html(
        renderMessagePage('Sign in first', 'Sign in with the invited address, then open the link again.', ''),
        401,
      );
    try {
      const { role } = await acceptInvitation(database, session.user, c.req.param('token'));
      return c.html(
        renderMessagePage(
          'You are in',
          `You joined the App as ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${esc(role)}.`,
          '<a class="btn primary" href="/">Continue</a>',
        ),
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      return c.html(
        renderMessagePage('This invitation cannot be used', esc(error.message), ''),
        error.status as 403 | 404 | 409 | 410,
      );
    }
  });
}
