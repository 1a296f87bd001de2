/**
 * Drop files here or choose them; each file gets its own progress bar. Used by the media library
 * and by the media picker (upload in place).
 */
import { CircleAlert, CircleCheck, UploadCloud, X } from 'lucide-react';
import { type DragEvent, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../lib/cn';
import { ACCEPTED_TYPES } from './upload';
import type { Upload } from './use-uploads';

interface UploadZoneProps {
  onFiles: (files: File[]) => void;
  compact?: boolean;
  multiple?: boolean;
}

export function UploadZone({ onFiles, compact = false, multiple = true }: UploadZoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the "Choose files" button inside does the same from the keyboard
    <div
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="upload-zone"
      className={cn(
        'flex flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed text-center transition-colors',
        compact ? 'px-4 py-5 sm:flex-row sm:text-left' : 'px-6 py-8',
        over ? 'border-brand bg-brand-soft' : 'border-line-strong bg-surface',
      )}
    >
      <UploadCloud className={cn('shrink-0 text-brand', compact ? 'size-6' : 'size-8')} aria-hidden="true" />
      <div className="min-w-0 flex-1 text-sm">
        {/* Touch screens have no dragging: they are told what the button does instead. */}
        <p className="font-medium text-ink">
          <span className="pointer-coarse:hidden">Drop images here to upload</span>
          <span className="hidden pointer-coarse:inline">Add photos and files from this device</span>
        </p>
        <p id={hintId} className="text-ink-muted">
          JPEG, PNG, WebP, AVIF, GIF, SVG or PDF. Photos get sizes for every screen.
        </p>
      </div>
      <Button type="button" variant="secondary" size="sm" onClick={() => input.current?.click()}>
        Choose files
      </Button>
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_TYPES}
        multiple={multiple}
        aria-label="Upload files"
        aria-describedby={hintId}
        className="sr-only"
        tabIndex={-1}
        onChange={(e) => {
          const files = e.target.files ? [...e.target.files] : [];
          if (files.length) onFiles(files);
          e.target.value = '';
        }}
      />
    </div>
  );
}

export function UploadList({ uploads, onCancel }: { uploads: Upload[]; onCancel: (key: string) => void }) {
  if (!uploads.length) return null;
  return (
    <ul aria-label="Uploads" className="space-y-2">
      {uploads.map((u) => (
        <li key={u.key} className="rounded-lg border border-line bg-surface px-3 py-2.5">
          <div className="flex items-center gap-2 text-sm">
            {u.state === 'done' && (
              <CircleCheck className="size-4 shrink-0 text-success" aria-hidden="true" />
            )}
            {u.state === 'failed' && (
              <CircleAlert className="size-4 shrink-0 text-danger" aria-hidden="true" />
            )}
            <span className="min-w-0 flex-1 truncate font-medium">{u.name}</span>
            <span className="shrink-0 tabular-nums text-xs text-ink-faint">
              {u.state === 'done'
                ? 'Uploaded'
                : u.state === 'failed'
                  ? 'Failed'
                  : u.state === 'queued'
                    ? 'Waiting'
                    : `${Math.round(u.progress * 100)}%`}
            </span>
            {u.state !== 'done' && (
              <button
                type="button"
                onClick={() => onCancel(u.key)}
                aria-label={u.state === 'failed' ? `Dismiss ${u.name}` : `Cancel upload of ${u.name}`}
                className="rounded p-0.5 text-ink-faint hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
              >
                <X className="size-4" aria-hidden="true" />
              </button>
            )}
          </div>
          {u.state !== 'failed' ? (
            <progress
              aria-label={`Upload progress of ${u.name}`}
              max={1}
              value={u.progress}
              className="mt-2 block h-1.5 w-full appearance-none overflow-hidden rounded-full bg-subtle [&::-webkit-progress-bar]:bg-subtle [&::-webkit-progress-value]:bg-brand [&::-webkit-progress-value]:transition-[width] [&::-moz-progress-bar]:bg-brand"
            />
          ) : (
            <p className="mt-1 text-[13px] text-danger">{u.error}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
