import { useEffect } from 'react';
import type { PageProps, Route } from '../router.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session.js';

export const route: Route = { path: '/', title: '' };

export default function Home(_props: PageProps) {
  const { user, meta } = useSession();
  const { navigate } = useLocation();
  useEffect(() => {
    if (user) navigate('/teams');
  }, [user, navigate]);
  return (
    <>
      <section className="hero">
        <p className="eyebrow">{meta?.project.title}</p>
        <h1>Everything your team needs to get started.</h1>
        <p>
          Create an account, bring your team together and connect your tools with API keys — in a couple of
          minutes.
        </p>
        <p style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          <Link to="/sign-up" className="button">
            Create your account
          </Link>
          <Link to="/sign-in" className="button secondary">
            Sign in
          </Link>
        </p>
      </section>
      <div className="grid">
        <div className="card">
          <h2>Accounts</h2>
          <p className="muted">
            Email and password with a confirmation link, sessions you can trust, limits against guessing.
          </p>
        </div>
        <div className="card">
          <h2>Teams</h2>
          <p className="muted">
            Everyone can own or join several teams, each with its own members and roles.
          </p>
        </div>
        <div className="card">
          <h2>API keys</h2>
          <p className="muted">Keys per team, shown once and stored hashed, revocable at any time.</p>
        </div>
      </div>
    </>
  );
}
