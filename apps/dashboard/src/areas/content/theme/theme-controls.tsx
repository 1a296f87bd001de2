/** The design-system choice (radio cards) and a font select with the design system's default. */
import { Check } from 'lucide-react';
import { useId } from 'react';
import { cn } from '../../../lib/cn';
import type { DesignSystemInfo, FontInfo } from '../api';
import { DESIGN_SYSTEM_COLORS } from './colors';

interface DesignSystemPickerProps {
  systems: DesignSystemInfo[];
  value: string;
  readOnly: boolean;
  error?: string | undefined;
  onChange: (id: string) => void;
}

export function DesignSystemPicker({ systems, value, readOnly, error, onChange }: DesignSystemPickerProps) {
  const name = useId();
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-semibold">Design</legend>
      {systems.map((d) => {
        const c = DESIGN_SYSTEM_COLORS[d.id];
        const checked = d.id === value;
        return (
          <label
            key={d.id}
            className={cn(
              'flex cursor-pointer gap-3 rounded-lg border p-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand',
              checked ? 'border-brand bg-brand-soft/50' : 'border-line hover:border-line-strong',
              readOnly && 'cursor-default',
            )}
          >
            <input
              type="radio"
              name={name}
              value={d.id}
              checked={checked}
              disabled={readOnly && !checked}
              onChange={() => onChange(d.id)}
              className="sr-only"
            />
            {c && (
              <span
                aria-hidden="true"
                className="grid size-10 shrink-0 grid-cols-2 overflow-hidden rounded-md border border-line"
              >
                <Swatch color={c.background} />
                <Swatch color={c.primary} />
                <Swatch color={c.text} />
                <Swatch color={c.accent} />
              </span>
            )}
            <span className="min-w-0 flex-1">
              <span className="flex items-center gap-1.5 text-sm font-medium">
                {d.name}
                {checked && <Check className="size-4 text-brand" aria-hidden="true" />}
              </span>
              <span className="block text-[13px] text-ink-muted">{d.description}</span>
            </span>
          </label>
        );
      })}
      {error && <p className="text-[13px] font-medium text-danger">{error}</p>}
    </fieldset>
  );
}

/** A square of color (CSSOM style, which the CSP allows, unlike style attributes in HTML). */
function Swatch({ color }: { color: string }) {
  return <span ref={(el) => el?.style.setProperty('background-color', color)} />;
}

interface FontSelectProps {
  label: string;
  fonts: FontInfo[];
  value: string | null;
  defaultName: string;
  readOnly: boolean;
  error?: string | undefined;
  onChange: (font: string | null) => void;
}

export function FontSelect({ label, fonts, value, defaultName, readOnly, error, onChange }: FontSelectProps) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value || null)}
        className="block h-10 w-full rounded-lg border border-line-strong bg-surface px-3 text-[15px] shadow-xs focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15 disabled:bg-subtle sm:text-sm"
      >
        <option value="">{`Design default (${defaultName})`}</option>
        {['sans', 'serif', 'display'].map((kind) => {
          const list = fonts.filter((f) => f.kind === kind);
          return list.length ? (
            <optgroup
              key={kind}
              label={kind === 'sans' ? 'Sans serif' : kind === 'serif' ? 'Serif' : 'Display'}
            >
              {list.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </optgroup>
          ) : null;
        })}
        {fonts
          .filter((f) => !['sans', 'serif', 'display'].includes(f.kind))
          .map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
      </select>
      {error && <p className="text-[13px] font-medium text-danger">{error}</p>}
    </div>
  );
}
