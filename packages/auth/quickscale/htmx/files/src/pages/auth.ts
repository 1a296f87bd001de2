/**
 * Account pages (htmx frontend): sign up → "check your email" → the mailed link confirms the address
 * and signs in → sign out. Forms post here; this calls Better Auth's API server-side and passes its
 * session cookie on. Errors re-render the form with the person's input and a message they can act on.
 */
import type { Context } from 'hono';
import { definePart } from '../kernel/part.js';

interface AuthAnswer {
  ok: boolean;
  status: number;
  message: string;
  cookies: string[];
}

/** Better Auth's answer (asResponse) as what a page needs: ok, a message, cookies to pass on. */
async function answerOf(res: Response): Promise<AuthAnswer> {
  const body = (await res.json().catch(() => ({}))) as { message?: string; code?: string };
  return {
    ok: res.ok,
    status: res.status,
    message: body.message ?? 'That did not work.',
    cookies: res.headers.getSetCookie(),
  };
}

function redirect(to: string, cookies: string[] = []): Response {
  const headers = new Headers({ Location: to });
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export default definePart({
  name: 'auth-pages',
  routes(app, ctx) {
    const { views, auth } = ctx.services;
    const next = (c: Context) => {
      const to = c.req.query('next') ?? '/';
      return to.startsWith('/') && !to.startsWith('//') ? to : '/';
    };

    app.get('/sign-up', (c) =>
      c.get('user')
        ? c.redirect('/')
        : views.page(c, 'auth/sign-up', { title: 'Create your account', narrow: true, form: {} }),
    );
    app.post('/sign-up', async (c) => {
      const form = await c.req.parseBody();
      const values = { name: str(form.name), email: str(form.email).toLowerCase() };
      const again = (message: string, status = 400) =>
        views.page(
          c,
          'auth/sign-up',
          { title: 'Create your account', narrow: true, form: values, error: message },
          status,
        );
      if (!values.name) return again('Tell us your name.');
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email))
        return again('Enter an email address like you@example.com.');
      const allowed = auth.allow('sign-up', c);
      if (!allowed.ok)
        return again(
          `Too many sign-ups from your address. Try again in ${allowed.retryAfterSeconds} s.`,
          429,
        );
      const answer = await answerOf(
        await auth.auth.api.signUpEmail({
          body: { name: values.name, email: values.email, password: str(form.password), callbackURL: '/' },
          headers: c.req.raw.headers,
          asResponse: true,
        }),
      );
      if (!answer.ok) return again(answer.message, answer.status === 429 ? 429 : 400);
      return redirect(`/check-email?email=${encodeURIComponent(values.email)}`);
    });

    app.get('/check-email', (c) =>
      views.page(c, 'auth/check-email', {
        title: 'Check your email',
        narrow: true,
        email: c.req.query('email') ?? '',
      }),
    );

    app.get('/sign-in', (c) =>
      c.get('user')
        ? c.redirect(next(c))
        : views.page(c, 'auth/sign-in', { title: 'Sign in', narrow: true, form: {}, next: next(c) }),
    );
    app.post('/sign-in', async (c) => {
      const form = await c.req.parseBody();
      const email = str(form.email).toLowerCase();
      const again = (message: string, status = 400) =>
        views.page(
          c,
          'auth/sign-in',
          { title: 'Sign in', narrow: true, form: { email }, next: next(c), error: message },
          status,
        );
      const allowed = auth.allow('sign-in', c);
      if (!allowed.ok) return again(`Too many attempts. Try again in ${allowed.retryAfterSeconds} s.`, 429);
      const answer = await answerOf(
        await auth.auth.api.signInEmail({
          body: { email, password: str(form.password), rememberMe: form.remember === 'on' },
          headers: c.req.raw.headers,
          asResponse: true,
        }),
      );
      if (answer.status === 403)
        return again('Confirm your email address first: open the link we sent you.', 403);
      if (!answer.ok) return again('That email and password do not match an account.', 401);
      return redirect(next(c), answer.cookies);
    });

    app.post('/sign-out', async (c) => {
      const res = await auth.auth.api.signOut({ headers: c.req.raw.headers, asResponse: true });
      return redirect('/', res.headers.getSetCookie());
    });
  },
});
