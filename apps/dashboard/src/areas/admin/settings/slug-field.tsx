/** The App's address, checked as you type (GET /api/v1/app-slugs/{slug}); its current slug is "yours". */
import { useQuery } from '@tanstack/react-query';
import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { slugQuery } from '../../../api/queries';
import { Field } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { SLUG_RE } from '../../../lib/forms';

export type SlugState = 'current' | 'invalid' | 'checking' | 'available' | 'unavailable';

export function SlugField({
  slug,
  current,
  error,
  onChange,
  onState,
}: {
  slug: string;
  current: string;
  error?: string | undefined;
  onChange: (value: string) => void;
  onState?: (state: SlugState) => void;
}) {
  const [debounced, setDebounced] = useState(slug);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(slug), 300);
    return () => clearTimeout(timer);
  }, [slug]);
  const checkable = SLUG_RE.test(debounced) && debounced !== current;
  const availability = useQuery({ ...slugQuery(debounced), enabled: checkable });
  const settled = debounced === slug;

  let state: SlugState = 'checking';
  if (slug === current) state = 'current';
  else if (!SLUG_RE.test(slug)) state = 'invalid';
  else if (settled && availability.data) state = availability.data.available ? 'available' : 'unavailable';
  useEffect(() => onState?.(state), [state, onState]);

  let status: ReactNode = <>Lowercase letters, digits and hyphens.</>;
  if (state === 'invalid') status = <>Use 3–40 lowercase letters, digits and single hyphens.</>;
  else if (state === 'checking')
    status = (
      <span className="inline-flex items-center gap-1.5">
        <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" /> Checking…
      </span>
    );
  else if (state === 'available')
    status = (
      <span className="inline-flex items-center gap-1.5 font-medium text-success">
        <Check className="size-3.5" aria-hidden="true" /> Available
      </span>
    );
  else if (state === 'unavailable')
    status = (
      <span className="inline-flex items-center gap-1.5 font-medium text-warning">
        <CircleAlert className="size-3.5" aria-hidden="true" />
        {availability.data?.reason === 'reserved'
          ? 'Reserved for the platform — pick another.'
          : 'Already taken — pick another.'}
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
          />
        </div>
      )}
    </Field>
  );
}
