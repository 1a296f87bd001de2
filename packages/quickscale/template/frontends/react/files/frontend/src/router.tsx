/**
 * A small router over the History API. Pages are the modules in ./pages/: each exports a `route`
 * (`{ path: '/teams/:id', title, signedIn? }`) and a default component, so adding a page is adding
 * a file — the part that brings it needs no central list.
 */
import {
  type ComponentType,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useEffect,
  useState,
} from 'react';

export interface Route {
  path: string;
  title: string;
  /** Only for a signed-in person (others are sent to /sign-in). */
  signedIn?: boolean;
}

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

interface PageModule {
  route: Route;
  default: ComponentType<PageProps>;
}

const modules = import.meta.glob<PageModule>('./pages/**/*.tsx', { eager: true });
export const pages = Object.values(modules).sort(
  (a, b) => specificity(b.route.path) - specificity(a.route.path),
);

function specificity(path: string): number {
  if (path === '*') return -1;
  return path.split('/').reduce((n, s) => n + (s.startsWith(':') ? 1 : 3), 0);
}

export function match(path: string): { page: PageModule; params: Record<string, string> } | null {
  const parts = path.replace(/\/+$/, '').split('/');
  for (const page of pages) {
    if (page.route.path === '*') return { page, params: {} };
    const want = page.route.path.replace(/\/+$/, '').split('/');
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const fits = want.every((w, i) => {
      if (!w.startsWith(':')) return w === parts[i];
      params[w.slice(1)] = decodeURIComponent(parts[i] ?? '');
      return true;
    });
    if (fits) return { page, params };
  }
  return null;
}

const Location = createContext<{ path: string; search: string; navigate(to: string): void }>({
  path: '/',
  search: '',
  navigate: () => {},
});

export function RouterProvider({ children }: { children: ReactNode }) {
  const [where, setWhere] = useState({ path: window.location.pathname, search: window.location.search });
  useEffect(() => {
    const onPop = () => setWhere({ path: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (to: string) => {
    window.history.pushState(null, '', to);
    const url = new URL(to, window.location.origin);
    setWhere({ path: url.pathname, search: url.search });
    window.scrollTo(0, 0);
  };
  return <Location.Provider value={{ ...where, navigate }}>{children}</Location.Provider>;
}

export const useLocation = () => useContext(Location);

export function Link({ to, children, className }: { to: string; children: ReactNode; className?: string }) {
  const { navigate, path } = useLocation();
  const onClick = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} aria-current={path === to ? 'page' : undefined}>
      {children}
    </a>
  );
}
