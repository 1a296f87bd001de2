import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return (
    <input
      className={cn(
        'block h-10 w-full rounded-lg border border-line-strong bg-surface px-3 text-[15px] text-ink shadow-xs sm:text-sm',
        'placeholder:text-ink-faint transition-[border-color,box-shadow]',
        'focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15',
        'aria-invalid:border-danger aria-invalid:focus:ring-danger/15',
        'disabled:cursor-not-allowed disabled:bg-subtle disabled:text-ink-muted',
        className,
      )}
      {...props}
    />
  );
}
