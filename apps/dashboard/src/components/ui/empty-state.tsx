import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
}

/** What a screen shows when there is nothing yet: what this place is for, and the next step. */
export function EmptyState({ icon: Icon, title, children, action, className }: EmptyStateProps) {
  return (
    <div
      className={cn(
        'flex flex-col items-center rounded-xl border border-dashed border-line-strong bg-surface px-6 py-14 text-center',
        className,
      )}
    >
      <div className="grid size-12 place-items-center rounded-xl bg-brand-soft text-brand ring-8 ring-brand-soft/40">
        <Icon className="size-6" aria-hidden="true" />
      </div>
      <h2 className="mt-5 text-lg font-semibold tracking-tight text-ink">{title}</h2>
      <div className="mt-2 max-w-sm text-sm text-ink-muted">{children}</div>
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
