import { Check } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '../../../lib/cn';

interface ChoiceCardProps {
  name: string;
  value: string;
  checked: boolean;
  onChange: (value: string) => void;
  children: ReactNode;
  className?: string;
}

/**
 * A card that is a radio button: a real (visually hidden) radio inside a label, so arrow keys move
 * through the group, Space picks, Enter submits the step, and screen readers hear "radio, 1 of 3".
 */
export function ChoiceCard({ name, value, checked, onChange, children, className }: ChoiceCardProps) {
  return (
    <label
      className={cn(
        'relative flex h-full cursor-pointer flex-col overflow-hidden rounded-xl border bg-surface shadow-xs transition-[border-color,box-shadow]',
        'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand',
        checked ? 'border-brand ring-2 ring-brand' : 'border-line hover:border-line-strong hover:shadow-card',
        className,
      )}
    >
      <input
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className="sr-only"
      />
      <span
        aria-hidden="true"
        className={cn(
          'absolute right-3 top-3 z-10 grid size-5 place-items-center rounded-full border shadow-xs',
          checked ? 'border-brand bg-brand text-on-brand' : 'border-line-strong bg-surface',
        )}
      >
        {checked && <Check className="size-3" strokeWidth={3} />}
      </span>
      {children}
    </label>
  );
}
