/** A form field holding one image reference (`media:<id>`): preview, choose from the library, remove. */
import { ImagePlus } from 'lucide-react';
import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../lib/cn';
import { mediaRef } from '../api';
import { MediaPicker } from './media-picker';
import { MediaThumb } from './media-thumb';

interface ImageFieldProps {
  appId: string;
  label: string;
  value: string;
  onChange: (src: string, alt: string) => void;
  hint?: string;
  error?: string | undefined;
  readOnly?: boolean;
  /** Shape of the preview: wide for covers, square for logos and icons. */
  shape?: 'wide' | 'square';
}

export function ImageField({
  appId,
  label,
  value,
  onChange,
  hint,
  error,
  readOnly,
  shape = 'wide',
}: ImageFieldProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <fieldset className="space-y-1.5">
      <legend id={id} className="text-sm font-medium text-ink">
        {label}
      </legend>
      <div className={cn('flex gap-3', shape === 'wide' ? 'flex-col' : 'items-center')}>
        {value ? (
          <MediaThumb
            appId={appId}
            src={value}
            alt=""
            className={cn(
              'rounded-lg border border-line',
              shape === 'wide' ? 'aspect-[16/9] w-full' : 'size-16 object-contain',
            )}
          />
        ) : readOnly ? (
          <p className="text-sm text-ink-muted">None</p>
        ) : (
          <span
            className={cn(
              'grid place-items-center rounded-lg border border-dashed border-line-strong bg-canvas text-ink-faint',
              shape === 'wide' ? 'aspect-[16/9] w-full' : 'size-16',
            )}
          >
            <ImagePlus className="size-6" aria-hidden="true" />
          </span>
        )}
        {!readOnly && (
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" size="sm" onClick={() => setOpen(true)}>
              {value ? 'Replace' : 'Choose image'}
            </Button>
            {value && (
              <Button type="button" variant="ghost" size="sm" onClick={() => onChange('', '')}>
                Remove
              </Button>
            )}
          </div>
        )}
      </div>
      {hint && !error && <p className="text-[13px] text-ink-muted">{hint}</p>}
      {error && <p className="text-[13px] font-medium text-danger">{error}</p>}
      {!readOnly && (
        <MediaPicker
          appId={appId}
          open={open}
          onClose={() => setOpen(false)}
          title={`Choose ${label.toLowerCase()}`}
          onPick={(item) => onChange(mediaRef(item.id), item.alt)}
        />
      )}
    </fieldset>
  );
}
