import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { PageProps, Route } from '../router.js';
import { Link, useLocation } from '../router.js';
import { Field, Flash } from '../ui.js';

export const route: Route = { path: '/sign-up', title: 'Create your account' };

export default function SignUp(_props: PageProps) {
  const { navigate } = useLocation();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [show, setShow] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email') ?? '')
      .trim()
      .toLowerCase();
    const name = String(form.get('name') ?? '').trim();
    if (!name) return setError('Tell us your name.');
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
      return setError('Enter an email address like you@example.com.');
    setBusy(true);
    setError('');
    try {
      await api('/api/auth/sign-up/email', {
        method: 'POST',
        json: { name, email, password: String(form.get('password') ?? ''), callbackURL: '/' },
      });
      navigate(`/check-email?email=${encodeURIComponent(email)}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page narrow" style={{ padding: 0 }}>
      <div className="card">
        <p className="eyebrow">Welcome</p>
        <h1>Create your account</h1>
        <p className="muted">It takes a minute. We will send a link to confirm your email.</p>
        <Flash kind="error">{error}</Flash>
        <form onSubmit={submit} noValidate>
          <Field id="name" label="Your name" type="text" autoComplete="name" required />
          <Field id="email" label="Email" type="email" autoComplete="email" required />
          <Field
            id="password"
            label="Password"
            type={show ? 'text' : 'password'}
            autoComplete="new-password"
            minLength={10}
            required
            hint={
              <>
                At least 10 characters; a phrase of a few words works well.{' '}
                <button type="button" className="link" onClick={() => setShow(!show)}>
                  {show ? 'Hide' : 'Show'}
                </button>
              </>
            }
          />
          <button className="full" type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create account'}
          </button>
        </form>
        <p className="muted" style={{ marginTop: 16 }}>
          Already have an account? <Link to="/sign-in">Sign in</Link>
        </p>
      </div>
    </div>
  );
}
