import { Link, Outlet } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { Logo } from '../components/ui/logo';

/** The account screens' frame: the mark, one centred card, a quiet footer. */
export function AuthShell() {
  return (
    <div className="auth-backdrop flex min-h-dvh flex-col">
      <header className="px-5 pt-6 sm:px-8 sm:pt-8">
        <Link
          to="/"
          className="inline-flex rounded-lg focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand"
        >
          <Logo />
        </Link>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-10 pt-8 sm:items-center sm:pt-4">
        <div className="w-full max-w-[420px]">
          <Outlet />
        </div>
      </main>
      <footer className="px-6 pb-6 text-center text-xs text-ink-faint">
        Q-Space · Your business online, from one place
      </footer>
    </div>
  );
}

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  children: ReactNode;
  /** Under the card: e.g. "New here? Create an account". */
  footer?: ReactNode;
}

export function AuthCard({ title, description, icon, children, footer }: AuthCardProps) {
  return (
    <>
      <section
        className="rounded-2xl border border-line bg-surface px-6 py-8 shadow-card sm:px-8"
        aria-labelledby="auth-title"
      >
        {icon && <div className="mb-5">{icon}</div>}
        <h1 id="auth-title" className="text-[22px] font-semibold tracking-tight text-ink">
          {title}
        </h1>
        {description && <div className="mt-1.5 text-sm text-ink-muted">{description}</div>}
        <div className="mt-7">{children}</div>
      </section>
      {footer && <p className="mt-6 text-center text-sm text-ink-muted">{footer}</p>}
    </>
  );
}

/** A round icon badge for status screens (mail sent, verified, link expired). */
export function StatusIcon({
  tone,
  children,
}: {
  tone: 'brand' | 'success' | 'danger';
  children: ReactNode;
}) {
  const tones = {
    brand: 'bg-brand-soft text-brand',
    success: 'bg-success-soft text-success',
    danger: 'bg-danger-soft text-danger',
  } as const;
  return <div className={`grid size-12 place-items-center rounded-full ${tones[tone]}`}>{children}</div>;
}

export const linkClass =
  'font-medium text-brand underline-offset-4 hover:underline focus-visible:rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand';
