/** Tags as chips: type and press Enter or comma to add, Backspace on an empty box removes the last. */
import { X } from 'lucide-react';
import { useState } from 'react';
import type { FieldControlProps } from '../../../components/ui/field';
import { cn } from '../../../lib/cn';

export const MAX_TAGS = 10;

interface TagsInputProps extends FieldControlProps {
  value: string[];
  onChange: (tags: string[]) => void;
  readOnly?: boolean;
}

export function TagsInput({ value, onChange, readOnly, ...control }: TagsInputProps) {
  const [text, setText] = useState('');
  const add = (raw: string) => {
    const tag = raw.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 40);
    if (tag && !value.includes(tag) && value.length < MAX_TAGS) onChange([...value, tag]);
    setText('');
  };
  return (
    <div
      className={cn(
        'flex min-h-10 flex-wrap items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-2 py-1.5 shadow-xs',
        'focus-within:border-brand focus-within:ring-4 focus-within:ring-brand/15',
        control['aria-invalid'] && 'border-danger',
        readOnly && 'bg-subtle',
      )}
    >
      {value.map((tag) => (
        <span
          key={tag}
          className="inline-flex items-center gap-1 rounded-md bg-brand-soft px-2 py-0.5 text-xs font-medium text-brand-strong"
        >
          {tag}
          {!readOnly && (
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(value.filter((t) => t !== tag))}
              className="rounded hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
            >
              <X className="size-3" aria-hidden="true" />
            </button>
          )}
        </span>
      ))}
      {!readOnly && value.length < MAX_TAGS && (
        <input
          {...control}
          value={text}
          placeholder={value.length ? 'Add another' : 'e.g. recipes, news'}
          onChange={(e) => {
            const v = e.target.value;
            if (v.endsWith(',')) add(v.slice(0, -1));
            else setText(v);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(text);
            } else if (e.key === 'Backspace' && !text && value.length) onChange(value.slice(0, -1));
          }}
          onBlur={() => text && add(text)}
          className="min-w-24 flex-1 bg-transparent px-1 text-[15px] outline-none placeholder:text-ink-faint sm:text-sm"
        />
      )}
    </div>
  );
}
