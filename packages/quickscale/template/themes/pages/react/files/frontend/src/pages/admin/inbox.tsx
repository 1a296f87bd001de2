import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api.js';
import type { PageProps, Route } from '../../router.js';
import { Link, useLocation } from '../../router.js';
import { AdminShell, EmptyState, useAdmin, when } from '../../site-admin/shell.js';
import { Flash, Spinner } from '../../ui.js';

export const route: Route = { path: '/admin', title: 'Inbox', signedIn: true };

interface Submission {
  id: string;
  formName: string;
  fields: Array<{ label: string; value: string }>;
  name: string;
  email: string;
  meta: { path: string };
  read: boolean;
  createdAt: string;
}

interface InboxPage {
  submissions: Submission[];
  total: number;
  unread: number;
}

type Filter = 'all' | 'unread' | 'read';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('') || '?';

const InboxIcon = (
  <svg
    aria-hidden="true"
    width="26"
    height="26"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="M22 12h-6l-2 3h-4l-2-3H2" />
    <path d="M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z" />
  </svg>
);

function Inbox({ filter }: { filter: Filter }) {
  const { site, refreshUnread } = useAdmin();
  const { navigate } = useLocation();
  const [inbox, setInbox] = useState<InboxPage | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      setInbox(await api<InboxPage>(`/api/apps/${site.id}/inbox?filter=${filter}`));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The inbox could not be loaded.');
    }
  }, [site.id, filter]);
  useEffect(() => {
    void load();
  }, [load]);

  const toggle = async (m: Submission) => {
    setError('');
    try {
      await api(`/api/apps/${site.id}/inbox/read`, { method: 'POST', json: { ids: [m.id], read: !m.read } });
      setInbox((prev) =>
        prev
          ? {
              ...prev,
              submissions: prev.submissions.map((s) => (s.id === m.id ? { ...s, read: !m.read } : s)),
            }
          : prev,
      );
      await refreshUnread();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'That did not work.');
    }
  };

  if (!inbox) return error ? <Flash kind="error">{error}</Flash> : <Spinner label="Loading messages" />;
  return (
    <>
      <div className="toolbar">
        <nav className="chips" aria-label="Show">
          {(['all', 'unread', 'read'] as const).map((f) => (
            <a
              key={f}
              href={f === 'all' ? '/admin' : `/admin?filter=${f}`}
              aria-current={f === filter ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                navigate(e.currentTarget.getAttribute('href') as string);
              }}
            >
              {f === 'all' ? 'All' : f === 'unread' ? 'Unread' : 'Read'}
            </a>
          ))}
        </nav>
        <span className="muted">
          {inbox.total} message{inbox.total === 1 ? '' : 's'}
        </span>
      </div>
      <Flash kind="error">{error}</Flash>
      {inbox.submissions.length === 0 ? (
        filter === 'all' ? (
          <EmptyState title="No messages yet" icon={InboxIcon}>
            <p>
              When someone sends the contact form on your site, their message lands here — and you get an
              email too.
            </p>
            <a className="button" href="/contact" target="_blank" rel="noopener">
              Open your contact page
            </a>
          </EmptyState>
        ) : (
          <EmptyState title={`Nothing ${filter} here`} icon={InboxIcon}>
            <p>You are all caught up.</p>
            <Link to="/admin" className="button secondary">
              Show all messages
            </Link>
          </EmptyState>
        )
      ) : (
        <div className="messages">
          {inbox.submissions.map((m) => {
            const sender = m.name || m.email || 'Someone';
            return (
              <article key={m.id} className={m.read ? 'message' : 'message unread'}>
                <header>
                  <span className="avatar" aria-hidden="true">
                    {initials(sender)}
                  </span>
                  <div className="who">
                    <strong>{sender}</strong>
                    {m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : null}
                  </div>
                  <time dateTime={m.createdAt}>{when(m.createdAt)}</time>
                </header>
                <dl className="answers">
                  {m.fields.map((f) => (
                    <div key={f.label} style={{ display: 'contents' }}>
                      <dt>{f.label}</dt>
                      <dd>{f.value || '—'}</dd>
                    </div>
                  ))}
                </dl>
                <footer>
                  <span>
                    {m.formName}
                    {m.meta.path ? (
                      <>
                        {' · from '}
                        <code>{m.meta.path}</code>
                      </>
                    ) : null}
                  </span>
                  <span style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                    {m.email ? (
                      <a
                        className="button secondary small"
                        href={`mailto:${m.email}?subject=${encodeURIComponent(`Re: ${m.formName}`)}`}
                      >
                        Reply
                      </a>
                    ) : null}
                    <button
                      type="button"
                      className={m.read ? 'secondary small' : 'small'}
                      onClick={() => toggle(m)}
                    >
                      {m.read ? 'Mark unread' : 'Mark read'}
                    </button>
                  </span>
                </footer>
              </article>
            );
          })}
        </div>
      )}
    </>
  );
}

export default function InboxPage({ query }: PageProps) {
  const asked = query.get('filter');
  const filter: Filter = asked === 'unread' || asked === 'read' ? asked : 'all';
  return (
    <AdminShell tab="inbox">
      <Inbox filter={filter} />
    </AdminShell>
  );
}
