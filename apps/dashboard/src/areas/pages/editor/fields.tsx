/**
 * The section registry's field kinds (GET /api/v1/sections) as Puck fields. Kinds Puck has
 * (text, textarea, number, select, array) map directly; the others are custom fields: money (KES
 * shillings in the form, cents in the props), boolean, color, an image from the media library, a
 * link (page, address, email, phone, section) and rich text (the blog's Tiptap editor).
 */
import { type Field, FieldLabel } from '@puckeditor/core';
import type { RegistryField } from '../queries';
import { ImagePropField, inputClass, LinkPropField, RichTextPropField } from './field-widgets';

export function toPuckField(field: RegistryField): Field {
  const label = field.label;
  switch (field.kind) {
    case 'text':
      return { type: 'text', label, ...(field.placeholder ? { placeholder: field.placeholder } : {}) };
    case 'link':
      return {
        type: 'custom',
        label,
        render: ({ value, onChange, id, readOnly }) => (
          <LinkPropField label={label} value={value} onChange={onChange} readOnly={readOnly} id={id} />
        ),
      };
    case 'textarea':
      return { type: 'textarea', label };
    case 'number':
      return {
        type: 'number',
        label,
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
      };
    case 'select':
      return { type: 'select', label, options: field.options ?? [] };
    case 'image':
      return {
        type: 'custom',
        label,
        render: ({ value, onChange, readOnly }) => (
          <ImagePropField label={label} value={value} onChange={onChange} readOnly={readOnly} />
        ),
      };
    case 'list':
      return listField(field);
    case 'money':
      return {
        type: 'custom',
        label,
        render: ({ value, onChange, id, readOnly }) => (
          <FieldLabel label={`${label} (${field.currency ?? 'KES'})`} el="div">
            <input
              id={id}
              type="number"
              min={0}
              step="1"
              className={inputClass}
              readOnly={readOnly}
              value={typeof value === 'number' ? value / 100 : ''}
              onChange={(e) => onChange(Math.round(Number(e.target.value || 0) * 100))}
            />
          </FieldLabel>
        ),
      };
    case 'boolean':
      return {
        type: 'radio',
        label,
        options: [
          { label: 'Yes', value: true },
          { label: 'No', value: false },
        ],
      };
    case 'color':
      return {
        type: 'custom',
        label,
        render: ({ value, onChange, id, readOnly }) => (
          <FieldLabel label={label} el="div">
            <div className="flex items-center gap-2">
              <input
                id={id}
                type="color"
                disabled={readOnly}
                value={typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value) ? value : '#000000'}
                onChange={(e) => onChange(e.target.value)}
                className="h-8 w-10 rounded border border-line-strong"
              />
              <input
                aria-label={`${label} (hex)`}
                className={inputClass}
                readOnly={readOnly}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => onChange(e.target.value)}
              />
            </div>
          </FieldLabel>
        ),
      };
    case 'richtext':
      return {
        type: 'custom',
        label,
        render: ({ value, onChange, readOnly }) => (
          <RichTextPropField label={label} value={value} onChange={onChange} readOnly={readOnly} />
        ),
      };
  }
}

function listField(field: RegistryField): Field {
  const itemFields = field.fields ?? {};
  const arrayFields: Record<string, Field> = {};
  for (const [name, f] of Object.entries(itemFields)) arrayFields[name] = toPuckField(f);
  const summaryKey = Object.entries(itemFields).find(([, f]) => f.kind === 'text')?.[0];
  return {
    type: 'array',
    label: field.label,
    arrayFields,
    defaultItemProps: defaultsOf(itemFields),
    getItemSummary: (item: Record<string, unknown>, index?: number) => {
      const text = summaryKey ? item[summaryKey] : undefined;
      return typeof text === 'string' && text ? text : `${field.itemLabel ?? 'Item'} ${(index ?? 0) + 1}`;
    },
    ...(field.max !== undefined ? { max: field.max } : {}),
    ...(field.min !== undefined ? { min: field.min } : {}),
  };
}

/** An empty value of each field kind, for new list items. */
export function defaultsOf(fields: Record<string, RegistryField>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(fields)) {
    out[name] =
      f.kind === 'boolean'
        ? false
        : f.kind === 'number' || f.kind === 'money'
          ? (f.min ?? 0)
          : f.kind === 'select'
            ? (f.options?.[0]?.value ?? '')
            : f.kind === 'image'
              ? { src: '', alt: '' }
              : f.kind === 'list'
                ? []
                : f.kind === 'richtext'
                  ? { type: 'doc', content: [{ type: 'paragraph' }] }
                  : '';
  }
  return out;
}
