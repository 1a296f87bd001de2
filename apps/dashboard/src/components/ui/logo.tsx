import { cn } from '../../lib/cn';

/** The Q-Space mark and name. */
export function Logo({ className, withName = true }: { className?: string; withName?: boolean }) {
  return (
    <span className={cn('inline-flex items-center gap-2.5 font-semibold tracking-tight text-ink', className)}>
      <span
        className="grid size-8 place-items-center rounded-lg bg-brand text-[17px] font-bold text-on-brand shadow-xs"
        aria-hidden="true"
      >
        Q
      </span>
      {withName && <span className="text-[17px]">Q-Space</span>}
    </span>
  );
}
