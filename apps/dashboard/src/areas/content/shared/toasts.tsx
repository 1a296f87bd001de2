/**
 * Short notices for results that happen in the background ("Saved", "Deleted"). A tiny store and a
 * polite live region: sonner would inject a <style> element, which the server's CSP refuses.
 * Each content screen renders <Toasts /> once.
 */
import { CircleAlert, CircleCheck } from 'lucide-react';
import { useSyncExternalStore } from 'react';
import { cn } from '../../../lib/cn';

interface Toast {
  id: number;
  tone: 'success' | 'error';
  message: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

/** Shows a notice for a few seconds (errors stay longer). */
export function notify(message: string, tone: Toast['tone'] = 'success'): void {
  const id = nextId++;
  toasts = [...toasts.slice(-2), { id, tone, message }];
  emit();
  setTimeout(
    () => {
      toasts = toasts.filter((t) => t.id !== id);
      emit();
    },
    tone === 'error' ? 8000 : 3500,
  );
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function Toasts() {
  const list = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 sm:items-end sm:px-6"
    >
      {list.map((t) => {
        const Icon = t.tone === 'error' ? CircleAlert : CircleCheck;
        return (
          <div
            key={t.id}
            role={t.tone === 'error' ? 'alert' : 'status'}
            className="pointer-events-auto flex max-w-sm items-start gap-2.5 rounded-xl border border-line bg-surface px-4 py-3 text-sm shadow-pop"
          >
            <Icon
              className={cn('mt-0.5 size-4 shrink-0', t.tone === 'error' ? 'text-danger' : 'text-success')}
              aria-hidden="true"
            />
            <span>{t.message}</span>
          </div>
        );
      })}
    </div>
  );
}
