import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { PageProps, Route } from '../router.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { Field, Flash } from '../ui.js';

export const route: Route = { path: '/sign-in', title: 'Sign in' };

export default function SignIn({ query }: PageProps) {
  const { navigate } = useLocation();
  const { refresh } = useSession();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const next = query.get('next') ?? '/';
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError('');
    try {
      await api('/api/auth/sign-in/email', {
        method: 'POST',
        json: {
          email: String(form.get('email') ?? '')
            .trim()
            .toLowerCase(),
          password: String(form.get('password') ?? ''),
          rememberMe: form.get('remember') === 'on',
        },
      });
      await refresh();
      navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(
        status === 403
          ? 'Confirm your email address first: open the link we sent you.'
          : status === 429
            ? 'Too many attempts. Wait a minute and try again.'
            : status === 0
              ? (err as Error).message
              : 'That email and password do not match an account.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page narrow" style={{ padding: 0 }}>
      <div className="card">
        <h1>Sign in</h1>
        <Flash kind="error">{error}</Flash>
        <form onSubmit={submit} noValidate>
          <Field id="email" label="Email" type="email" autoComplete="email" required />
          <Field id="password" label="Password" type="password" autoComplete="current-password" required />
          <div className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: 8 }}>
            <input id="remember" name="remember" type="checkbox" />
            <label htmlFor="remember" style={{ fontWeight: 500 }}>
              Keep me signed in
            </label>
          </div>
          <button className="full" type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="muted" style={{ marginTop: 16 }}>
          New here? <Link to="/sign-up">Create an account</Link>
        </p>
      </div>
    </div>
  );
}
