/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Call to action: one headline, a sentence of reassurance and up to two buttons. Usually the
 * last push before the contact form or footer, so it defaults to the inverse (dark) band.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import { longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, buttons, buttonsField, EYEBROW_FIELD, TITLE_FIELD } from './common.js';
import { Buttons, HeadingBlock, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'banner', label: 'Banner (centred)' },
  { id: 'split', label: 'Split (text left, buttons right)' },
  { id: 'boxed', label: 'Boxed panel' },
] as const;

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(60),
    title: text(120),
    body: longText(400),
    actions: buttons(),
  })
  .strict();

type Props = z.infer<typeof schema>;

function Cta({ props, ctx, id }: SectionProps<Props>) {
  return (
    <SectionBand type="cta" props={props} id={id} title={props.title}>
      <div className="qs-container">
        <div className="qs-cta__inner">
          <HeadingBlock
            className="qs-cta__text"
            id={id}
            eyebrow={props.eyebrow}
            title={props.title}
            intro={props.body}
          />
          <Buttons links={props.actions} ctx={ctx} className="qs-actions qs-cta__actions" />
        </div>
      </div>
    </SectionBand>
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
    ...baseFields(VARIANTS, 'get-started', 'descriptive'),
    eyebrow: EYEBROW_FIELD,
    title: TITLE_FIELD,
    body: { kind: 'textarea', label: 'Supporting text' },
    actions: buttonsField('Buttons (the first is the main one)'),
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './cta.css'),
  Component: Cta,
});
