import { type ReactNode, useId } from 'react';
import { cn } from '../../lib/cn';
import { Input } from './input';
import { Label } from './label';

export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the control while there is no error. */
  hint?: ReactNode;
  error?: string | null | undefined;
  /** Right side of the label row (e.g. a "Forgot password?" link). */
  aside?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A label, a control, and its hint or error — wired with ids so screen readers announce the error
 * with the field (the error itself is also live, so it is read when it appears).
 */
export function Field({ label, hint, error, aside, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('space-y-1.5', className)}>
      <div className="flex items-baseline justify-between gap-3">
        <Label htmlFor={id}>{label}</Label>
        {aside}
      </div>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <div id={hintId} className="text-[13px] text-ink-muted">
          {hint}
        </div>
      )}
      <p
        id={errorId}
        aria-live="polite"
        className={cn('text-[13px] font-medium text-danger', !error && 'sr-only')}
      >
        {error}
      </p>
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> & Omit<React.ComponentProps<'input'>, 'id'>;

/** The common case: a Field around an Input. */
export function TextField({ label, hint, error, aside, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} aside={aside} className={className}>
      {(control) => <Input {...input} {...control} />}
    </Field>
  );
}
