import { Link, Outlet, useLocation, useParams } from '@tanstack/react-router';
import {
  BarChart3,
  FileText,
  Image,
  Inbox,
  LayoutDashboard,
  Newspaper,
  Palette,
  Settings,
  Users,
} from 'lucide-react';
import { type ComponentType, useEffect, useRef } from 'react';
import { InboxUnreadCount } from '../areas/admin/inbox/unread-count';

interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ className?: string; 'aria-hidden'?: boolean }>;
  exact?: boolean;
}

/** The sections of one App, in the order a business owner reaches for them. */
export const APP_NAV: readonly NavItem[] = [
  { to: '/apps/$appId', label: 'Overview', icon: LayoutDashboard, exact: true },
  { to: '/apps/$appId/pages', label: 'Pages', icon: FileText },
  { to: '/apps/$appId/blog', label: 'Blog', icon: Newspaper },
  { to: '/apps/$appId/media', label: 'Media', icon: Image },
  { to: '/apps/$appId/inbox', label: 'Inbox', icon: Inbox },
  { to: '/apps/$appId/analytics', label: 'Analytics', icon: BarChart3 },
  { to: '/apps/$appId/theme', label: 'Theme', icon: Palette },
  { to: '/apps/$appId/team', label: 'Team', icon: Users },
  { to: '/apps/$appId/settings', label: 'Settings', icon: Settings },
];

/** One App: its navigation (a sidebar on wide screens, a scrolling tab bar on phones) and the screen. */
export function AppLayout() {
  const { appId } = useParams({ from: '/_app/apps/$appId' });
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the navigation is a row wider than the screen: keep the current section in view.
  useEffect(() => {
    const bar = nav.current;
    const active = bar?.querySelector<HTMLElement>('[data-status="active"]');
    if (!bar || !active || bar.scrollWidth <= bar.clientWidth || !pathname) return;
    const [item, box] = [active.getBoundingClientRect(), bar.getBoundingClientRect()];
    bar.scrollLeft += item.left - box.left - (box.width - item.width) / 2;
  }, [pathname]);
  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:gap-10">
      <nav
        ref={nav}
        aria-label="App"
        className="relative -mx-4 overflow-x-auto px-4 lg:mx-0 lg:w-48 lg:shrink-0 lg:overflow-visible lg:px-0"
      >
        <ul className="flex gap-1 lg:flex-col">
          {APP_NAV.map((item) => (
            <li key={item.to}>
              <Link
                to={item.to}
                params={{ appId }}
                activeOptions={{ exact: item.exact ?? false }}
                className="flex items-center gap-2.5 whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium text-ink-muted hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand data-[status=active]:bg-brand-soft data-[status=active]:text-brand-strong"
              >
                <item.icon className="size-4" aria-hidden />
                {item.label}
                {item.label === 'Inbox' ? <InboxUnreadCount appId={appId} /> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">
        <Outlet />
      </div>
    </div>
  );
}
