/**
 * The frame of every admin page: which site this is (GET /api/site), its tabs, and what a person
 * who is not the site's owner sees instead.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { Spinner } from '../ui.js';

export interface SiteInfo {
  id: string;
  name: string;
  slug: string;
  designSystem: string;
  designSystemName: string;
}

interface AdminValue {
  site: SiteInfo;
  modules: string[];
  unread: number;
  /** Re-reads the unread count (after marking messages). */
  refreshUnread(): Promise<void>;
}

const Admin = createContext<AdminValue | null>(null);

export function useAdmin(): AdminValue {
  const value = useContext(Admin);
  if (!value) throw new Error('useAdmin outside AdminShell');
  return value;
}

type Tab = 'inbox' | 'pages' | 'analytics';

export function AdminShell({ tab, children }: { tab: Tab; children: ReactNode }) {
  const { user } = useSession();
  const [state, setState] = useState<
    | { kind: 'loading' }
    | { kind: 'stranger' }
    | { kind: 'error'; message: string }
    | { kind: 'ready'; site: SiteInfo; modules: string[] }
  >({ kind: 'loading' });
  const [unread, setUnread] = useState(0);
  const refreshUnread = useCallback(async () => {
    if (state.kind !== 'ready') return;
    const inbox = await api<{ unread: number }>(`/api/apps/${state.site.id}/inbox?filter=unread`);
    setUnread(inbox.unread);
  }, [state]);

  useEffect(() => {
    api<{ site: SiteInfo; modules: string[] }>('/api/site')
      .then((r) => setState({ kind: 'ready', site: r.site, modules: r.modules }))
      .catch((e: unknown) =>
        setState(
          e instanceof ApiError && e.status === 404
            ? { kind: 'stranger' }
            : { kind: 'error', message: e instanceof Error ? e.message : 'Something went wrong.' },
        ),
      );
  }, []);
  useEffect(() => {
    void refreshUnread().catch(() => undefined);
  }, [refreshUnread]);

  if (state.kind === 'loading') return <Spinner label="Loading your site" />;
  if (state.kind === 'error')
    return (
      <div className="flash error" role="alert">
        {state.message}
      </div>
    );
  if (state.kind === 'stranger')
    return (
      <div className="page narrow" style={{ padding: 0 }}>
        <div className="card empty">
          <p className="eyebrow">Error 404</p>
          <h1>This admin is not yours</h1>
          <p className="muted">
            This site is managed by its owner. You are signed in as {user?.email}, which is not a member of
            this site.
          </p>
          <a className="button" href="/">
            Visit the site
          </a>
        </div>
      </div>
    );
  const { site, modules } = state;
  const tabs: Array<{ id: Tab; label: string; to: string }> = [
    { id: 'inbox', label: 'Inbox', to: '/admin' },
    { id: 'pages', label: 'Pages', to: '/admin/pages' },
    ...(modules.includes('analytics')
      ? [{ id: 'analytics' as const, label: 'Analytics', to: '/admin/analytics' }]
      : []),
  ];
  return (
    <Admin.Provider value={{ site, modules, unread, refreshUnread }}>
      <link rel="stylesheet" href="/static/admin.css" />
      <div className="admin-head">
        <div className="admin-site">
          <span className="mark" aria-hidden="true">
            {site.name.charAt(0).toUpperCase()}
          </span>
          <div>
            <p className="eyebrow">Your site · {site.designSystemName}</p>
            <h1>{site.name}</h1>
          </div>
        </div>
        <a className="button secondary" href="/" target="_blank" rel="noopener">
          View site <span aria-hidden="true">↗</span>
        </a>
      </div>
      <nav className="tabs" aria-label="Admin">
        {tabs.map((t) => (
          <TabLink key={t.id} to={t.to} current={t.id === tab}>
            {t.label}
            {t.id === 'inbox' && unread > 0 ? (
              <span className="count">
                {unread}
                <span className="visually-hidden"> unread</span>
              </span>
            ) : null}
          </TabLink>
        ))}
      </nav>
      {children}
    </Admin.Provider>
  );
}

function TabLink({ to, current, children }: { to: string; current: boolean; children: ReactNode }) {
  // Link marks aria-current on its exact path only; a tab is current for its sub-pages too.
  return (
    <Link to={to} className={current ? 'current' : ''}>
      {children}
    </Link>
  );
}

export function EmptyState({
  title,
  children,
  icon,
}: {
  title: string;
  children?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <div className="empty-state">
      {icon ? (
        <div className="icon" aria-hidden="true">
          {icon}
        </div>
      ) : null}
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/** "Today, 14:05", "Yesterday, 09:12" or "3 Mar 2026". */
export function when(iso: string): string {
  const at = new Date(iso);
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((day(new Date()) - day(at)) / 86_400_000);
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (days <= 0) return `Today, ${time}`;
  if (days === 1) return `Yesterday, ${time}`;
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export const STATUS_LABEL: Record<string, string> = {
  published: 'Published',
  changed: 'Unpublished changes',
  draft: 'Not published',
};
