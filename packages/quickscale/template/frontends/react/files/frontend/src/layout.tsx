import type { ReactNode } from 'react';
import { api } from './api.js';
import { Link, useLocation } from './router.js';
import { useSession } from './session.js';

export function Layout({ children }: { children: ReactNode }) {
  const { meta, user, refresh } = useSession();
  const { navigate } = useLocation();
  const title = meta?.project.title ?? '';
  const signOut = async () => {
    await api('/api/auth/sign-out', { method: 'POST', json: {} });
    await refresh();
    navigate('/');
  };
  return (
    <>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              {title.charAt(0)}
            </span>
            {title}
          </Link>
          <nav className="nav" aria-label="Main">
            {(meta?.nav ?? [])
              .filter((n) => !n.signedIn || user)
              .map((n) => (
                <Link key={n.href} to={n.href}>
                  {n.label}
                </Link>
              ))}
          </nav>
          <div className="account">
            {user ? (
              <>
                <span>{user.email}</span>
                <button type="button" className="secondary" onClick={signOut}>
                  Sign out
                </button>
              </>
            ) : (
              <>
                <Link to="/sign-in">Sign in</Link>
                <Link to="/sign-up" className="button">
                  Create account
                </Link>
              </>
            )}
          </div>
        </div>
      </header>
      <main className="page" id="main">
        {children}
      </main>
      <footer className="footer">
        {title} · composed with QuickScale
        {meta?.dev ? (
          <>
            {' · '}
            <a href="/dev/mailbox">development mailbox</a>
          </>
        ) : null}
      </footer>
    </>
  );
}
