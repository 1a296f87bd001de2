/** The project (from /api/meta) and the signed-in person (from /api/session), for every page. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api } from './api.js';

export interface NavItem {
  label: string;
  href: string;
  order: number;
  signedIn: boolean;
}

export interface User {
  id: string;
  name: string;
  email: string;
}

interface Meta {
  project: { name: string; title: string; theme: string; variant: string };
  nav: NavItem[];
  /** Development: the mailbox link is shown. */
  dev: boolean;
}

interface SessionValue {
  meta: Meta | null;
  user: User | null;
  loading: boolean;
  refresh(): Promise<void>;
}

const Session = createContext<SessionValue>({
  meta: null,
  user: null,
  loading: true,
  refresh: async () => {},
});

export function SessionProvider({ children }: { children: ReactNode }) {
  const [meta, setMeta] = useState<Meta | null>(null);
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    const session = await api<{ user: User | null }>('/api/session').catch(() => ({ user: null }));
    setUser(session.user);
  }, []);
  useEffect(() => {
    Promise.all([api<Meta>('/api/meta').then(setMeta), refresh()]).finally(() => setLoading(false));
  }, [refresh]);
  return <Session.Provider value={{ meta, user, loading, refresh }}>{children}</Session.Provider>;
}

export const useSession = () => useContext(Session);
