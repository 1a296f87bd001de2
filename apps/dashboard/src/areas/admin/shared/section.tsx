/** Building blocks shared by the admin screens: a titled card, list skeletons, a retryable error. */
import type { ReactNode } from 'react';
import { messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Skeleton } from '../../../components/ui/spinner';
import { cn } from '../../../lib/cn';

/** A card with a title row (title, one line of context, an action) over its body. */
export function Section({
  id,
  title,
  description,
  action,
  children,
  className,
}: {
  id?: string;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const headingId = id ? `${id}-title` : undefined;
  return (
    <section aria-labelledby={headingId} className={className}>
      <Card className="overflow-hidden">
        <div className="flex flex-col gap-3 border-b border-line px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0">
            <h2 id={headingId} className="font-semibold text-ink">
              {title}
            </h2>
            {description && <p className="mt-0.5 text-sm text-ink-muted">{description}</p>}
          </div>
          {action && <div className="shrink-0">{action}</div>}
        </div>
        {children}
      </Card>
    </section>
  );
}

/** Grey rows standing in for a list while it loads. */
export function ListSkeleton({ rows = 3, className }: { rows?: number; className?: string }) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label="Loading"
      className={cn('divide-y divide-line', className)}
    >
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
        <div key={i} className="flex items-center gap-4 px-5 py-4">
          <Skeleton className="size-9 rounded-full" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-3.5 w-2/5" />
            <Skeleton className="h-3 w-3/5" />
          </div>
          <Skeleton className="hidden h-6 w-20 sm:block" />
        </div>
      ))}
    </div>
  );
}

/** A failed load: what happened, and a button to try again. */
export function LoadError({
  title,
  error,
  onRetry,
  className,
}: {
  title: string;
  error: unknown;
  onRetry: () => unknown;
  className?: string;
}) {
  return (
    <Alert
      tone="error"
      title={title}
      className={className}
      actions={
        <Button size="sm" variant="secondary" onClick={() => onRetry()}>
          Try again
        </Button>
      }
    >
      {messageOf(error)}
    </Alert>
  );
}

/** A native select styled like the inputs. */
export function Select({ className, ...props }: React.ComponentProps<'select'>) {
  return (
    <select
      className={cn(
        'block h-10 w-full rounded-lg border border-line-strong bg-surface pr-8 pl-3 text-[15px] text-ink shadow-xs sm:text-sm',
        'focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15 disabled:cursor-not-allowed disabled:bg-subtle',
        'aria-invalid:border-danger',
        className,
      )}
      {...props}
    />
  );
}
