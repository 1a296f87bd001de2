/**
 * Toasts for results that happen in the background ("Saved.", "Key revoked"). A tiny store rather
 * than a library: toast libraries inject a <style> element, which the server's CSP (`style-src
 * 'self'`) refuses. The app shell renders the one <Toaster />; screens only call `toast`.
 */
import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import { cn } from '../../lib/cn';

interface Toast {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

function dismiss(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

function push(tone: Toast['tone'], message: string): void {
  const id = nextId++;
  // At most three at once: the oldest makes room.
  toasts = [...toasts.slice(-2), { id, tone, message }];
  emit();
  // Errors stay longer: they usually ask the reader to do something.
  setTimeout(() => dismiss(id), tone === 'error' ? 8000 : 4500);
}

/** Shows a notice for a few seconds; it survives navigation, since the toaster lives in the shell. */
export const toast = {
  success: (message: string) => push('success', message),
  error: (message: string) => push('error', message),
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The stack of toasts, bottom right (bottom centre on phones), announced politely. Render once. */
export function Toaster() {
  const items = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  );
  return (
    <section
      aria-label="Notifications"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex flex-col items-center gap-2 sm:inset-x-auto sm:right-6 sm:bottom-6 sm:items-end"
    >
      {items.map((t) => {
        const Icon = t.tone === 'success' ? CircleCheck : CircleAlert;
        return (
          <div
            key={t.id}
            role={t.tone === 'error' ? 'alert' : 'status'}
            className="pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-xl border border-line bg-surface px-4 py-3 text-sm text-ink shadow-pop"
          >
            <Icon
              className={cn('mt-0.5 size-4 shrink-0', t.tone === 'success' ? 'text-success' : 'text-danger')}
              aria-hidden="true"
            />
            <p className="min-w-0 flex-1">{t.message}</p>
            <button
              type="button"
              onClick={() => dismiss(t.id)}
              aria-label="Dismiss"
              className="-m-1 rounded p-1 text-ink-faint hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
            >
              <X className="size-4" aria-hidden="true" />
            </button>
          </div>
        );
      })}
    </section>
  );
}
