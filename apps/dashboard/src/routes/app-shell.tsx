import { Link, Outlet } from '@tanstack/react-router';
import { AppSwitcher } from '../components/app/app-switcher';
import { UserMenu } from '../components/app/user-menu';
import { Logo } from '../components/ui/logo';
import { Toaster } from '../components/ui/toast';

/** The signed-in frame: a slim header (mark, App switcher, account) over the page, and the one toaster. */
export function AppShell() {
  return (
    <div className="min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-surface px-3 py-2 text-sm font-medium shadow-pop focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b border-line bg-surface/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-6">
          <Link
            to="/"
            aria-label="Q-Space home"
            className="rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
          >
            <Logo withName={false} />
          </Link>
          <span className="mx-1 h-5 w-px rotate-12 bg-line-strong" aria-hidden="true" />
          <AppSwitcher />
          <div className="ml-auto">
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 pb-16 pt-8 sm:px-6 sm:pt-10">
        <Outlet />
      </main>
      <Toaster />
    </div>
  );
}

/** A page's title row: heading, one line of context, and its main action. */
export function PageHeader({
  title,
  description,
  action,
}: {
  title: string;
  description?: string;
  action?: React.ReactNode;
}) {
  return (
    <div className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
        {description && <p className="mt-1 text-sm text-ink-muted">{description}</p>}
      </div>
      {action}
    </div>
  );
}
