/**
 * The editor's richer prop fields, rendered by Puck as custom fields: an image from the media
 * library (with upload in place), a link to a page / address / email / phone / section, and rich
 * text edited with the same Tiptap editor as blog posts. They read the App from EditorFieldContext.
 */
import { FieldLabel } from '@puckeditor/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useId, useState } from 'react';
import { pagesQuery } from '../../../api/queries';
import { cn } from '../../../lib/cn';
import { ImageField, type RichTextDoc, RichTextEditor } from '../../content';
import { inputOf, type LinkMode, linkFor, MODES, modeOf } from './rules';

export interface EditorFieldContextValue {
  appId: string;
  canUpload: boolean;
}

export const EditorFieldContext = createContext<EditorFieldContextValue | null>(null);

function useFieldContext(): EditorFieldContextValue {
  const ctx = useContext(EditorFieldContext);
  if (!ctx) throw new Error('Editor fields need an EditorFieldContext');
  return ctx;
}

export const inputClass =
  'block h-10 w-full rounded-md border border-line-strong bg-surface px-3 text-sm text-ink focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/20 aria-invalid:border-danger';

interface WidgetProps<T> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  readOnly?: boolean | undefined;
  id?: string | undefined;
}

/* ---------------------------------- image ---------------------------------- */

interface ImageValue {
  src: string;
  alt: string;
}

export function ImagePropField({ label, value, onChange, readOnly }: WidgetProps<ImageValue | undefined>) {
  const { appId, canUpload } = useFieldContext();
  const current = value ?? { src: '', alt: '' };
  const altId = useId();
  return (
    <div className="space-y-3" data-field-kind="image">
      <ImageField
        appId={appId}
        label={label}
        value={current.src}
        readOnly={readOnly || !canUpload}
        onChange={(src, alt) => onChange({ src, alt: alt || current.alt })}
      />
      {current.src && (
        <div className="space-y-1">
          <label htmlFor={altId} className="block text-[13px] font-medium text-ink">
            Alt text
          </label>
          <input
            id={altId}
            className={inputClass}
            readOnly={readOnly}
            value={current.alt}
            placeholder="What the image shows (empty if decorative)"
            onChange={(e) => onChange({ ...current, alt: e.target.value })}
          />
        </div>
      )}
    </div>
  );
}

/* ---------------------------------- links ---------------------------------- */

export function LinkPropField({ label, value, onChange, readOnly, id }: WidgetProps<string | undefined>) {
  const { appId } = useFieldContext();
  const href = value ?? '';
  const [mode, setMode] = useState<LinkMode>(() => modeOf(href));
  const [text, setText] = useState(() => inputOf(href));
  const [error, setError] = useState<string | null>(null);
  const pages = useQuery({ ...pagesQuery(appId), enabled: mode === 'page' });
  const errorId = useId();
  const radioName = useId();

  // A change from outside (undo, restore) shows in the field; a change typed here already does.
  const [seen, setSeen] = useState(href);
  if (href !== seen) {
    setSeen(href);
    const typed = linkFor(mode, text);
    if (!('href' in typed) || typed.href !== href) {
      setMode(modeOf(href));
      setText(inputOf(href));
      setError(null);
    }
  }

  const commit = (nextMode: LinkMode, nextText: string) => {
    const result = linkFor(nextMode, nextText);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    if (result.href !== href) onChange(result.href);
  };

  return (
    <FieldLabel label={label} el="div">
      <div className="space-y-2" data-field-kind="link">
        <fieldset className="flex flex-wrap gap-1" disabled={readOnly}>
          <legend className="sr-only">{label}: link to</legend>
          {MODES.map((m) => (
            <label
              key={m.id}
              className={cn(
                'cursor-pointer rounded-full border px-2.5 py-0.5 text-xs font-medium has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-brand',
                mode === m.id
                  ? 'border-brand bg-brand-soft text-brand-strong'
                  : 'border-line-strong bg-surface text-ink-muted hover:text-ink',
              )}
            >
              <input
                type="radio"
                className="sr-only"
                name={`${radioName}-mode`}
                checked={mode === m.id}
                onChange={() => {
                  setMode(m.id);
                  setText('');
                  setError(null);
                }}
              />
              {m.label}
            </label>
          ))}
        </fieldset>
        {mode === 'page' ? (
          <select
            id={id}
            aria-label={`${label}: page`}
            className={inputClass}
            disabled={readOnly}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              commit('page', e.target.value);
            }}
          >
            <option value="">Choose a page…</option>
            {(pages.data ?? []).map((p) => (
              <option key={p.id} value={p.slug}>
                {p.title} {p.isHome ? '(home)' : `— /${p.slug}`}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            aria-label={`${label}: ${MODES.find((m) => m.id === mode)?.label.toLowerCase()}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className={inputClass}
            readOnly={readOnly}
            type={mode === 'email' ? 'email' : mode === 'phone' ? 'tel' : 'text'}
            inputMode={mode === 'phone' ? 'tel' : mode === 'email' ? 'email' : 'url'}
            placeholder={
              mode === 'email'
                ? 'hello@example.co.ke'
                : mode === 'phone'
                  ? '+254 712 345 678'
                  : mode === 'anchor'
                    ? 'contact'
                    : 'https://… or /menu'
            }
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
            onBlur={() => commit(mode, text)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit(mode, text);
            }}
          />
        )}
        {error && (
          <p id={errorId} className="text-xs font-medium text-danger">
            {error}
          </p>
        )}
      </div>
    </FieldLabel>
  );
}

/* -------------------------------- rich text -------------------------------- */

export function RichTextPropField({ label, value, onChange, readOnly }: WidgetProps<unknown>) {
  const { appId } = useFieldContext();
  const labelId = useId();
  const doc = (value && typeof value === 'object' ? value : { type: 'doc', content: [] }) as RichTextDoc;
  return (
    <div className="space-y-1.5" data-field-kind="richtext">
      <span id={labelId} className="block text-sm font-medium text-ink">
        {label}
      </span>
      <RichTextEditor
        appId={appId}
        value={doc}
        onChange={(next) => onChange(next)}
        editable={!readOnly}
        labelledBy={labelId}
        compact
      />
    </div>
  );
}
