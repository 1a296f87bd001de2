import { Check } from 'lucide-react';
import { cn } from '../../../lib/cn';

export const STEPS = ['Category', 'Design', 'Name & address'] as const;

/** Where you are in the wizard; steps already done are buttons back to them (choices are kept). */
export function Stepper({ step, onGo }: { step: number; onGo: (step: number) => void }) {
  return (
    <nav aria-label="Steps">
      <ol className="flex items-center gap-2 text-sm sm:gap-3">
        {STEPS.map((label, index) => {
          const done = index < step;
          const current = index === step;
          const marker = (
            <>
              <span
                aria-hidden="true"
                className={cn(
                  'grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold',
                  done && 'bg-brand text-on-brand',
                  current && 'bg-brand-soft text-brand-strong ring-2 ring-brand',
                  !done && !current && 'bg-subtle text-ink-faint ring-1 ring-line-strong',
                )}
              >
                {done ? <Check className="size-3.5" strokeWidth={3} /> : index + 1}
              </span>
              <span
                className={cn(
                  current ? 'inline' : 'hidden sm:inline',
                  current || done ? 'text-ink' : 'text-ink-faint',
                )}
              >
                {label}
              </span>
              <span className="sr-only">{done ? ' (done)' : current ? ' (current step)' : ''}</span>
            </>
          );
          return (
            <li
              key={label}
              className="flex items-center gap-2 sm:gap-3"
              aria-current={current ? 'step' : undefined}
            >
              {done ? (
                <button
                  type="button"
                  onClick={() => onGo(index)}
                  className="flex items-center gap-2 rounded-md font-medium hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
                >
                  {marker}
                </button>
              ) : (
                <span className="flex items-center gap-2 font-medium">{marker}</span>
              )}
              {index < STEPS.length - 1 && (
                <span aria-hidden="true" className="h-px w-4 bg-line-strong sm:w-8" />
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
