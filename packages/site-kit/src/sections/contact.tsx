/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Contact: a form that posts to the App's inbox, optionally beside the business's details.
 * The form works without JavaScript (normal POST, the server redirects back with `?sent=<id>`);
 * the 'form' client script enhances it to send in place. The props and the posted field names are
 * a contract with the forms/inbox module: `fields[].name` are the posted names, `_section` names
 * the section, and `company_website` is the honeypot a person never fills in.
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { list, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, INTRO_FIELD, TITLE_FIELD } from './common.js';
import { HeadingBlock, SectionBand } from './parts.js';

/** Posted names the form itself uses; an owner's field must not shadow them. */
export const HONEYPOT_NAME = 'company_website';
export const SECTION_FIELD = '_section';
/** Shown by the client script when sending fails; the inbox's own message wins when it sends one. */
const SEND_ERROR = 'Sorry, your message could not be sent. Please check the form and try again.';

const VARIANTS = [
  { id: 'form-with-details', label: 'Form with contact details' },
  { id: 'form-only', label: 'Form only' },
] as const;

const FormField = z
  .object({
    name: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use lowercase letters, digits and _, starting with a letter.'),
    label: text(80),
    type: z.enum(['text', 'email', 'tel', 'textarea', 'select']),
    required: z.boolean(),
    options: list(text(80), 20),
  })
  .strict();

const PHONE = /^[+0-9 ()-]{0,30}$/;
const EMAIL = /^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const schema = z
  .object({
    ...baseShape(VARIANTS),
    heading: text(140),
    intro: longText(400),
    formName: text(80),
    submitLabel: text(40),
    successMessage: text(300),
    fields: list(FormField, 12),
    phone: z.string().regex(PHONE, 'Use digits, spaces, +, ( ) and - only, e.g. +254 712 345 678.'),
    email: z.string().max(120).regex(EMAIL, 'Use an email address like hello@example.co.ke.'),
    address: longText(300),
    hours: longText(300),
    whatsapp: z.string().regex(PHONE, 'Use the full number with country code, e.g. +254 712 345 678.'),
  })
  .strict()
  // Posted names must be unique (a second field would overwrite the first in the inbox) and must
  // not be the honeypot's, or every real submission would be dropped as spam.
  .superRefine((props, ctx) => {
    const seen = new Set<string>([HONEYPOT_NAME]);
    props.fields.forEach((field, i) => {
      if (seen.has(field.name)) {
        const message = `The name "${field.name}" is already used on this form; pick a different one.`;
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'name'], message });
      }
      if (field.type === 'select' && field.options.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'options'], message: 'Add at least one choice.' });
      }
      seen.add(field.name);
    });
  });

type Props = z.infer<typeof schema>;
type FieldProps = z.infer<typeof FormField>;

function Control({ field, inputId }: { field: FieldProps; inputId: string }) {
  const common = { id: inputId, name: field.name, required: field.required, className: 'qs-input' };
  if (field.type === 'textarea') return <textarea {...common} rows={5} />;
  if (field.type === 'select') {
    return (
      <select {...common} defaultValue="">
        <option value="" disabled={field.required}>
          Choose…
        </option>
        {field.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  }
  const autoComplete = { email: 'email', tel: 'tel', text: field.name === 'name' ? 'name' : undefined }[
    field.type
  ];
  return <input {...common} type={field.type} autoComplete={autoComplete} />;
}

function ContactForm({ props, ctx, id }: SectionProps<Props>) {
  return (
    <form
      className="qs-contact__form"
      method="post"
      action={ctx.formAction(id)}
      data-qs-form=""
      data-qs-success={props.successMessage}
      data-qs-error={SEND_ERROR}
      aria-label={props.formName || undefined}
    >
      <input type="hidden" name={SECTION_FIELD} value={id} />
      <div className="qs-hp" aria-hidden="true">
        <label htmlFor={`${id}-${HONEYPOT_NAME}`}>Leave this empty</label>
        <input
          id={`${id}-${HONEYPOT_NAME}`}
          type="text"
          name={HONEYPOT_NAME}
          tabIndex={-1}
          autoComplete="off"
        />
      </div>
      {props.fields.map((field) => (
        <div className="qs-field" key={field.name}>
          <label htmlFor={`${id}-${field.name}`}>
            {field.label}
            {!field.required && <span className="qs-contact__optional"> (optional)</span>}
          </label>
          <Control field={field} inputId={`${id}-${field.name}`} />
        </div>
      ))}
      <button type="submit" className="qs-button qs-contact__submit">
        {props.submitLabel || 'Send'}
      </button>
    </form>
  );
}

interface DetailRow {
  term: string;
  text: string;
  href?: string;
}

/** Contact details for the 'form-with-details' layout; numbers become tap-to-call/chat links. */
function detailRows(props: Props): DetailRow[] {
  const digits = (n: string) => n.replace(/[^0-9+]/g, '');
  const rows: DetailRow[] = [];
  if (props.phone) rows.push({ term: 'Phone', text: props.phone, href: `tel:${digits(props.phone)}` });
  if (props.whatsapp) {
    const wa = `https://wa.me/${digits(props.whatsapp).replace('+', '')}`;
    rows.push({ term: 'WhatsApp', text: props.whatsapp, href: wa });
  }
  if (props.email) rows.push({ term: 'Email', text: props.email, href: `mailto:${props.email}` });
  if (props.address) rows.push({ term: 'Visit us', text: props.address });
  if (props.hours) rows.push({ term: 'Opening hours', text: props.hours });
  return rows;
}

function Details({ props, ctx }: { props: Props; ctx: RenderContext }) {
  const rows = detailRows(props);
  if (rows.length === 0) return null;
  return (
    <dl className="qs-contact__details">
      {rows.map((row) => (
        <div className="qs-contact__detail" key={row.term}>
          <dt>{row.term}</dt>
          <dd>{row.href ? <a href={ctx.href(row.href)}>{row.text}</a> : row.text}</dd>
        </div>
      ))}
    </dl>
  );
}

function Contact({ props, ctx, id }: SectionProps<Props>): ReactElement {
  const sent = ctx.formSent === id;
  return (
    <SectionBand type="contact" props={props} id={id} title={props.heading}>
      <div className="qs-container qs-contact__inner">
        <div className="qs-contact__aside">
          <HeadingBlock className="qs-heading" id={id} title={props.heading} intro={props.intro} />
          {props.variant === 'form-with-details' && <Details props={props} ctx={ctx} />}
        </div>
        <div className="qs-contact__panel">
          {sent ? (
            <p className="qs-notice qs-contact__sent" role="status">
              {props.successMessage}
            </p>
          ) : (
            <ContactForm props={props} ctx={ctx} id={id} />
          )}
        </div>
      </div>
    </SectionBand>
  );
}

const field = (name: string, label: string, type: FieldProps['type'], required: boolean): FieldProps => ({
  name,
  label,
  type,
  required,
  options: [],
});

export const contact = defineSection({
  type: 'contact',
  label: 'Contact form',
  description: 'A contact form that sends messages to your inbox, with your phone, email and address.',
  group: 'conversion',
  schema,
  defaults: {
    variant: 'form-with-details',
    anchor: 'contact',
    tone: 'default',
    heading: 'Get in touch',
    intro: 'Tell us what you need and we will get back to you within one working day.',
    formName: 'Contact',
    submitLabel: 'Send message',
    successMessage: 'Asante! Your message has been sent. We will get back to you within one working day.',
    fields: [
      field('name', 'Your name', 'text', true),
      field('phone', 'Phone number', 'tel', true),
      field('email', 'Email', 'email', false),
      field('message', 'How can we help?', 'textarea', true),
    ],
    phone: '+254 712 345 678',
    email: 'hello@example.co.ke',
    address: 'Westlands Business Centre, 2nd floor\nNairobi, Kenya',
    hours: 'Mon–Fri 8:00–18:00\nSat 9:00–14:00',
    whatsapp: '+254 712 345 678',
  },
  fields: {
    ...baseFields(VARIANTS, 'contact', 'terse'),
    heading: TITLE_FIELD,
    intro: INTRO_FIELD,
    formName: { kind: 'text', label: 'Form name (shown in your inbox)', placeholder: 'Contact' },
    submitLabel: { kind: 'text', label: 'Button text' },
    successMessage: { kind: 'textarea', label: 'Message after sending' },
    fields: {
      kind: 'list',
      label: 'Form fields',
      itemLabel: 'Field',
      max: 12,
      fields: {
        name: { kind: 'text', label: 'Name (lowercase, used in your inbox)', placeholder: 'message' },
        label: { kind: 'text', label: 'Label' },
        type: {
          kind: 'select',
          label: 'Type',
          options: [
            { value: 'text', label: 'Short text' },
            { value: 'email', label: 'Email' },
            { value: 'tel', label: 'Phone' },
            { value: 'textarea', label: 'Long text' },
            { value: 'select', label: 'Choice' },
          ],
        },
        required: { kind: 'boolean', label: 'Required' },
        // Items are plain strings: an empty `fields` record means "one text per item".
        options: {
          kind: 'list',
          label: 'Choices (for Choice fields)',
          itemLabel: 'Choice',
          max: 20,
          fields: {},
        },
      },
    },
    phone: { kind: 'text', label: 'Phone', placeholder: '+254 712 345 678' },
    email: { kind: 'text', label: 'Email', placeholder: 'hello@example.co.ke' },
    address: { kind: 'textarea', label: 'Address' },
    hours: { kind: 'textarea', label: 'Opening hours' },
    whatsapp: { kind: 'text', label: 'WhatsApp number', placeholder: '+254 712 345 678' },
  },
  variants: VARIANTS,
  clientFeatures: ['form'],
  css: readCss(import.meta.url, './contact.css'),
  Component: Contact,
});
