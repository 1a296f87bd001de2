/**
 * Modal dialogs on the native <dialog> element: the browser traps and restores focus, Escape closes
 * it and the page behind is inert. Radix's modal Dialog is not used because it injects a <style>
 * element, which the server's CSP (`style-src 'self'`) refuses.
 */
import { X } from 'lucide-react';
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { cn } from '../../lib/cn';
import { Alert } from './alert';
import { Button } from './button';

/** Widths by name; `cn` does not merge classes, so widths are chosen here rather than overridden. */
const WIDTHS = {
  md: 'max-w-md',
  lg: 'max-w-lg',
  '2xl': 'max-w-2xl',
  '3xl': 'max-w-3xl',
  '4xl': 'max-w-4xl',
} as const;

interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** The dialog's accessible name. */
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Actions, right-aligned under the body. */
  footer?: ReactNode;
  size?: keyof typeof WIDTHS;
  /** When given, body and footer form one <form>, so Enter submits and footer buttons can be `submit`. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}

/** A titled modal with a close button, a scrolling body and an optional footer. */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  footer,
  size = 'md',
  onSubmit,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  const body = (
    <>
      <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4">{children}</div>
      {footer && (
        <div className="flex flex-wrap justify-end gap-2 border-t border-line bg-canvas px-5 py-3">
          {footer}
        </div>
      )}
    </>
  );
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => {
        // The parent owns `open`; closing goes through it so state and element never disagree.
        e.preventDefault();
        onClose();
      }}
      className={cn(
        'm-auto max-h-[min(90dvh,860px)] w-[calc(100vw-1.5rem)] flex-col overflow-hidden rounded-2xl border border-line bg-surface p-0 text-ink shadow-pop backdrop:bg-scrim open:flex',
        WIDTHS[size],
      )}
    >
      {open && (
        <>
          <div className="flex items-start gap-3 border-b border-line px-5 py-4">
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="text-base font-semibold tracking-tight">
                {title}
              </h2>
              {description && <div className="mt-0.5 text-sm text-ink-muted">{description}</div>}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-m-1 rounded-md p-1 text-ink-faint hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
            >
              <X className="size-5" aria-hidden="true" />
            </button>
          </div>
          {onSubmit ? (
            <form onSubmit={onSubmit} className="flex min-h-0 flex-1 flex-col">
              {body}
            </form>
          ) : (
            body
          )}
        </>
      )}
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** What will happen, in words; what cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  loading?: boolean;
  /** The server's answer when the action failed; the dialog stays open. */
  error?: string | null;
  confirmDisabled?: boolean;
  onConfirm: () => void;
}

/** A confirmation for a destructive or weighty action: Cancel, or the named action (Enter confirms). */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  tone = 'danger',
  loading = false,
  error,
  confirmDisabled = false,
  onConfirm,
}: ConfirmDialogProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirmDisabled && !loading) onConfirm();
  };
  return (
    <Dialog
      open={open}
      onClose={() => onOpenChange(false)}
      title={title}
      onSubmit={submit}
      footer={
        <>
          <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant={tone === 'danger' ? 'danger' : 'primary'}
            loading={loading}
            disabled={confirmDisabled}
            className="disabled:opacity-50"
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="space-y-3 text-sm text-ink-muted">{children}</div>
      {error && (
        <Alert tone="error" className="mt-4">
          {error}
        </Alert>
      )}
    </Dialog>
  );
}
