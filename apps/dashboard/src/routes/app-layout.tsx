import { Link, Outlet, useParams } from '@tanstack/react-router';
import { FileText, Image, Inbox, LayoutDashboard, Newspaper, Palette, Settings, Users } from 'lucide-react';
import type { ComponentType } from 'react';
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
  { to: '/apps/$appId/theme', label: 'Theme', icon: Palette },
  { to: '/apps/$appId/team', label: 'Team', icon: Users },
  { to: '/apps/$appId/settings', label: 'Settings', icon: Settings },
];

/** One App: its navigation (a sidebar on wide screens, a scrolling tab bar on phones) and the screen. */
export function AppLayout() {
  const { appId } = useParams({ from: '/_app/apps/$appId' });
  return (
    <div className="flex flex-col gap-6 lg:flex-row lg:gap-10">
      <nav
        aria-label="App"
        className="-mx-4 overflow-x-auto px-4 lg:mx-0 lg:w-48 lg:shrink-0 lg:overflow-visible lg:px-0"
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
