/**
 * An App's address field: the `/s/` prefix, the format rules, and live availability (GET
 * /api/v1/app-slugs/{slug}) with the reason a slug is not free. Used when creating an App and when
 * renaming one, where the App's own slug counts as "yours" and is not checked.
 */
import { useQuery } from '@tanstack/react-query';
import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { slugQuery } from '../../api/queries';
import { cn } from '../../lib/cn';
import { SLUG_RE } from '../../lib/forms';
import { Field } from '../ui/field';
import { Input } from '../ui/input';

const FORMAT = 'Use 3–40 lowercase letters, digits and single hyphens.';
const REASONS = {
  format: FORMAT,
  reserved: 'Reserved for the platform — pick another.',
  taken: 'Already taken by another App — pick another.',
} as const;

/** `unknown`: the check failed, so nothing is claimed either way. */
export type SlugState = 'current' | 'invalid' | 'checking' | 'available' | 'unavailable' | 'unknown';

/** The value after it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Where `slug` stands, checked against the server once typing pauses; `current` is never checked. */
function useSlugAvailability(slug: string, current: string | undefined) {
  const settled = useDebounced(slug, 300);
  const query = useQuery({ ...slugQuery(settled), enabled: SLUG_RE.test(settled) && settled !== current });
  let state: SlugState = 'checking';
  if (slug === current) state = 'current';
  else if (!SLUG_RE.test(slug)) state = 'invalid';
  else if (settled === slug && !query.isFetching) {
    if (query.data) state = query.data.available ? 'available' : 'unavailable';
    else if (query.isError) state = 'unknown';
  }
  return { state, reason: query.data?.reason };
}

/** One availability line: an icon and its words, coloured when it is a verdict. */
function Status({ tone, icon, children }: { tone?: string; icon: ReactNode; children: ReactNode }) {
  return (
    <span className={cn('inline-flex items-center gap-1.5', tone && `font-medium ${tone}`)}>
      {icon}
      {children}
    </span>
  );
}

interface SlugFieldProps {
  slug: string;
  error?: string | undefined;
  onChange: (value: string) => void;
  /** The App's slug today, when renaming: shown as is, not checked. */
  current?: string;
  /** Shown while there is nothing to report. */
  hint?: ReactNode;
  placeholder?: string;
  /** Told every state change, so the form can refuse an unavailable slug before sending it. */
  onState?: (state: SlugState) => void;
}

/** The address input with its availability line, announced politely as it changes. */
export function SlugField({
  slug,
  error,
  onChange,
  current,
  hint = 'Lowercase letters, digits and hyphens.',
  placeholder,
  onState,
}: SlugFieldProps) {
  const { state, reason } = useSlugAvailability(slug, current);
  useEffect(() => onState?.(state), [state, onState]);

  let status: ReactNode = hint;
  if (state === 'invalid' && slug) status = FORMAT;
  else if (state === 'checking')
    status = (
      <Status icon={<LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" />}> Checking…</Status>
    );
  else if (state === 'available')
    status = (
      <Status tone="text-success" icon={<Check className="size-3.5" aria-hidden="true" />}>
        {' '}
        Available
      </Status>
    );
  else if (state === 'unavailable')
    status = (
      <Status tone="text-warning" icon={<CircleAlert className="size-3.5" aria-hidden="true" />}>
        {REASONS[reason ?? 'taken']}
      </Status>
    );
  return (
    <Field label="Address" error={error} hint={<span aria-live="polite">{status}</span>}>
      {(control) => (
        <div className="flex rounded-lg shadow-xs">
          <span className="inline-flex items-center rounded-l-lg border border-r-0 border-line-strong bg-subtle px-3 font-mono text-[13px] text-ink-muted">
            /s/
          </span>
          <Input
            {...control}
            name="slug"
            value={slug}
            onChange={(e) => onChange(e.target.value.toLowerCase())}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            maxLength={40}
            className="rounded-l-none font-mono shadow-none"
            placeholder={placeholder}
          />
        </div>
      )}
    </Field>
  );
}
