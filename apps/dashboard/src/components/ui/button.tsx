import { Slot } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from '../../lib/cn';
import { Spinner } from './spinner';

const VARIANTS = {
  // Disabled: a faded brand on light. On dark a faded light fill still reads as enabled, so a
  // disabled (not busy) button turns grey there.
  primary: cn(
    'bg-brand text-on-brand shadow-xs hover:bg-brand-strong active:bg-brand-strong disabled:bg-brand/60',
    'dark:disabled:not-aria-busy:bg-line-strong dark:disabled:not-aria-busy:text-ink-muted dark:disabled:not-aria-busy:shadow-none',
  ),
  secondary:
    'bg-surface text-ink border border-line-strong shadow-xs hover:bg-subtle active:bg-subtle disabled:text-ink-faint',
  ghost: 'text-ink-muted hover:bg-subtle hover:text-ink',
  danger: 'bg-danger text-on-danger shadow-xs hover:bg-danger/90',
} as const;

const SIZES = {
  sm: 'h-8 px-3 text-[13px] gap-1.5',
  md: 'h-10 px-4 text-sm gap-2',
  lg: 'h-11 px-5 text-[15px] gap-2',
} as const;

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: keyof typeof VARIANTS;
  size?: keyof typeof SIZES;
  /** Shows a spinner, keeps the label for screen readers and blocks further clicks. */
  loading?: boolean;
  /** Render the child (e.g. a router Link) with the button's look. */
  asChild?: boolean;
}

export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  asChild = false,
  className,
  children,
  disabled,
  ...props
}: ButtonProps) {
  const Component = asChild ? Slot.Root : 'button';
  return (
    <Component
      className={cn(
        'inline-flex select-none items-center justify-center whitespace-nowrap rounded-lg font-medium transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand disabled:cursor-not-allowed',
        VARIANTS[variant],
        SIZES[size],
        className,
      )}
      disabled={asChild ? undefined : disabled || loading}
      aria-busy={loading || undefined}
      {...props}
    >
      {asChild ? (
        children
      ) : (
        <>
          {loading && <Spinner className="size-4" />}
          {children}
        </>
      )}
    </Component>
  );
}
