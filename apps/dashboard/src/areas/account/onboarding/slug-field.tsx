import { useQuery } from '@tanstack/react-query';
import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { slugQuery } from '../../../api/queries';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { SLUG_RE } from '../../../lib/forms';

const FORMAT = 'Use 3–40 lowercase letters, digits and single hyphens.';
const REASONS = {
  format: FORMAT,
  reserved: 'Reserved for the platform — pick another.',
  taken: 'Already taken by another App — pick another.',
} as const;

/** The value after it has stopped changing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Availability of a slug, checked against the server once typing pauses; `null` until known. */
export function useSlugAvailability(slug: string) {
  const settled = useDebounced(slug, 300);
  const checkable = SLUG_RE.test(settled);
  const query = useQuery({ ...slugQuery(settled), enabled: checkable });
  const current = settled === slug && checkable;
  return {
    checking: current ? query.isFetching : SLUG_RE.test(slug),
    result: current && !query.isFetching ? (query.data ?? null) : null,
  };
}

/** The address field: `/s/` prefix, format rules, and live availability with the reason it is not free. */
export function SlugField({
  slug,
  error,
  onChange,
}: {
  slug: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const { checking, result } = useSlugAvailability(slug);
  let status: ReactNode = 'Your site’s address. Lowercase letters, digits and hyphens.';
  if (slug && !SLUG_RE.test(slug)) status = FORMAT;
  else if (checking)
    status = (
      <span className="inline-flex items-center gap-1.5">
        <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" /> Checking…
      </span>
    );
  else if (result?.available)
    status = (
      <span className="inline-flex items-center gap-1.5 font-medium text-success">
        <Check className="size-3.5" aria-hidden="true" /> Available
      </span>
    );
  else if (result)
    status = (
      <span className="inline-flex items-center gap-1.5 font-medium text-warning">
        <CircleAlert className="size-3.5" aria-hidden="true" />
        {REASONS[result.reason ?? 'taken']}
      </span>
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
            placeholder="mama-oliech"
          />
        </div>
      )}
    </Field>
  );
}
