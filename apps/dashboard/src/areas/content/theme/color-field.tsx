/** A color with its hex code, a reset to the design system's own color, and a live contrast warning. */
import { TriangleAlert } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { Input } from '../../../components/ui/input';
import { contrastRatio, contrastWarning, normalizeHex } from './colors';

interface ColorFieldProps {
  label: string;
  /** The chosen color; null = the design system's. */
  value: string | null;
  fallback: string;
  background: string;
  onChange: (color: string | null) => void;
  readOnly: boolean;
  error?: string | undefined;
}

export function ColorField({
  label,
  value,
  fallback,
  background,
  onChange,
  readOnly,
  error,
}: ColorFieldProps) {
  const id = useId();
  const color = value ?? fallback;
  const [text, setText] = useState(color);
  useEffect(() => setText(color), [color]);
  const warning = contrastWarning(label.toLowerCase(), color, background);
  const describedBy = [warning || error ? `${id}-msg` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {value && !readOnly && (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="text-[13px] font-medium text-brand hover:underline"
          >
            Use the design’s color
          </button>
        )}
      </div>
      <div className="flex items-center gap-2">
        <input
          type="color"
          value={color}
          disabled={readOnly}
          aria-label={`${label} color picker`}
          onChange={(e) => onChange(e.target.value.toLowerCase())}
          className="h-10 w-12 shrink-0 cursor-pointer rounded-lg border border-line-strong bg-surface p-1 disabled:cursor-not-allowed"
        />
        <Input
          id={id}
          value={text}
          readOnly={readOnly}
          spellCheck={false}
          maxLength={7}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            const hex = normalizeHex(e.target.value);
            if (hex) onChange(hex);
          }}
          onBlur={() => setText(color)}
          className="font-mono uppercase"
        />
        <span
          className="shrink-0 rounded-md bg-subtle px-2 py-1 text-xs tabular-nums text-ink-muted"
          title="Contrast against the page background"
        >
          {contrastRatio(color, background).toFixed(1)}:1
        </span>
      </div>
      <p id={`${id}-hint`} className="text-[13px] text-ink-muted">
        {value ? 'Your color.' : 'The design system’s color.'}
      </p>
      {(warning || error) && (
        <p id={`${id}-msg`} role="status" className="flex gap-1.5 text-[13px] font-medium text-warning">
          <TriangleAlert className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
          {error ?? warning}
        </p>
      )}
    </div>
  );
}
