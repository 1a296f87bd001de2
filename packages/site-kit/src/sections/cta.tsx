/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Call to action: one headline, a sentence of reassurance and up to two buttons. Usually the
 * last push before the contact form or footer, so it defaults to the inverse (dark) band.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import { anchorId, link, list, longText, text } from '../schema/primitives.js';

const VARIANTS = [
  { id: 'banner', label: 'Banner (centred)' },
  { id: 'split', label: 'Split (text left, buttons right)' },
  { id: 'boxed', label: 'Boxed panel' },
] as const;

const TONE_CLASS = { default: '', alt: ' qs-section--alt', inverse: ' qs-section--inverse' } as const;

const schema = z
  .object({
    variant: z.enum(['banner', 'split', 'boxed']),
    anchor: anchorId(),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(60),
    title: text(120),
    body: longText(400),
    actions: list(link(), 2),
  })
  .strict();

type Props = z.infer<typeof schema>;

function Actions({ props, ctx }: { props: Props; ctx: SectionProps<Props>['ctx'] }) {
  // A button with an empty label or target is an unfinished edit: leave it out rather than print a dead link.
  const buttons = props.actions.filter((b) => b.label !== '' && b.href !== '');
  if (buttons.length === 0) return null;
  return (
    <div className="qs-actions qs-cta__actions">
      {buttons.map((b, i) => (
        <a
          key={i === 0 ? 'primary' : 'secondary'}
          className={i === 0 ? 'qs-button' : 'qs-button qs-button--secondary'}
          href={ctx.href(b.href)}
        >
          {b.label}
        </a>
      ))}
    </div>
  );
}

function Cta({ props, ctx, id }: SectionProps<Props>) {
  const titleId = `${id}-title`;
  return (
    <section
      className={`qs-section qs-cta qs-cta--${props.variant}${TONE_CLASS[props.tone]}`}
      id={props.anchor || undefined}
      aria-labelledby={props.title ? titleId : undefined}
    >
      <div className="qs-container">
        <div className="qs-cta__inner">
          <div className="qs-cta__text">
            {props.eyebrow && <p className="qs-eyebrow">{props.eyebrow}</p>}
            {props.title && <h2 id={titleId}>{props.title}</h2>}
            {props.body && <p className="qs-lead">{props.body}</p>}
          </div>
          <Actions props={props} ctx={ctx} />
        </div>
      </div>
    </section>
  );
}

export const cta = defineSection({
  type: 'cta',
  label: 'Call to action',
  description: 'A bold closing band with a headline and one or two buttons.',
  group: 'conversion',
  schema,
  defaults: {
    variant: 'banner',
    anchor: '',
    tone: 'inverse',
    eyebrow: 'Free first consultation',
    title: 'Ready to grow your business this year?',
    body: 'Tell us where you are today. We reply within one working day, and the first 30-minute call is on us.',
    actions: [
      { label: 'Book a consultation', href: '#contact' },
      { label: 'Call 0712 345 678', href: 'tel:+254712345678' },
    ],
  },
  fields: {
    variant: {
      kind: 'select',
      label: 'Layout',
      options: VARIANTS.map((v) => ({ value: v.id, label: v.label })),
    },
    anchor: { kind: 'text', label: 'Anchor id (for #links)', placeholder: 'get-started' },
    tone: {
      kind: 'select',
      label: 'Background',
      options: [
        { value: 'default', label: 'Page background' },
        { value: 'alt', label: 'Soft contrast' },
        { value: 'inverse', label: 'Dark band' },
      ],
    },
    eyebrow: { kind: 'text', label: 'Small text above the title' },
    title: { kind: 'text', label: 'Title' },
    body: { kind: 'textarea', label: 'Supporting text' },
    actions: {
      kind: 'list',
      label: 'Buttons (the first is the main one)',
      itemLabel: 'Button',
      max: 2,
      fields: { label: { kind: 'text', label: 'Button text' }, href: { kind: 'link', label: 'Link' } },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './cta.css'),
  Component: Cta,
});
