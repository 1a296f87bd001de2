import { CircleAlert, CircleCheck, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../../lib/cn';

const TONES = {
  info: { box: 'border-info/25 bg-info-soft text-ink', icon: Info, iconClass: 'text-info' },
  success: {
    box: 'border-success/25 bg-success-soft text-ink',
    icon: CircleCheck,
    iconClass: 'text-success',
  },
  warning: {
    box: 'border-warning/25 bg-warning-soft text-ink',
    icon: TriangleAlert,
    iconClass: 'text-warning',
  },
  error: { box: 'border-danger/25 bg-danger-soft text-ink', icon: CircleAlert, iconClass: 'text-danger' },
} as const;

interface AlertProps {
  tone?: keyof typeof TONES;
  title?: ReactNode;
  children?: ReactNode;
  /** Buttons or links under the message. */
  actions?: ReactNode;
  className?: string;
}

/** A message box. Errors are announced at once (role=alert), the rest politely (role=status). */
export function Alert({ tone = 'info', title, children, actions, className }: AlertProps) {
  const { box, icon: Icon, iconClass } = TONES[tone];
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn('flex gap-3 rounded-lg border px-4 py-3 text-sm', box, className)}
    >
      <Icon className={cn('mt-0.5 size-4 shrink-0', iconClass)} aria-hidden="true" />
      <div className="min-w-0 space-y-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="text-ink-muted">{children}</div>}
        {actions && <div className="flex flex-wrap gap-2 pt-2">{actions}</div>}
      </div>
    </div>
  );
}
