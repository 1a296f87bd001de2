import type { ReactNode } from 'react';
import { Card } from '../../components/ui/card';
import { cn } from '../../lib/cn';

interface SettingsSectionProps {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
  /** Right side of the title row, e.g. "Sign out everywhere else". */
  action?: ReactNode;
  tone?: 'default' | 'danger';
}

/** One block of the account screen: what it is on the left (above on a phone), the controls in a card. */
export function SettingsSection({ id, title, description, children, action, tone }: SettingsSectionProps) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="grid gap-4 border-t border-line py-8 first:border-t-0 first:pt-0 md:grid-cols-[15rem_1fr] md:gap-10"
    >
      <div>
        <h2
          id={`${id}-title`}
          className={cn('text-base font-semibold text-ink', tone === 'danger' && 'text-danger')}
        >
          {title}
        </h2>
        <div className="mt-1 text-sm text-ink-muted">{description}</div>
        {action && <div className="mt-4">{action}</div>}
      </div>
      <Card className={cn('min-w-0 p-5 sm:p-6', tone === 'danger' && 'border-danger/30')}>{children}</Card>
    </section>
  );
}

/** The row of buttons under a form, right-aligned on wide screens and full-width on a phone. */
export function FormActions({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div
      className={cn('mt-5 flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-end', className)}
    >
      {children}
    </div>
  );
}
