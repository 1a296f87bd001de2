/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Stats: a few headline numbers ("1,500+ clients"). Marked up as a description list so a screen
 * reader hears each label with its number; CSS shows the number first.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import { list, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD } from './common.js';
import { HeadingHeader, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'row', label: 'Row of numbers' },
  { id: 'cards', label: 'Cards' },
] as const;

const stat = z.object({ value: text(24), label: text(80), detail: text(160) }).strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(60),
    title: text(120),
    intro: longText(400),
    items: list(stat, 8),
  })
  .strict();

type Props = z.infer<typeof schema>;

function Stats({ props, id }: SectionProps<Props>) {
  const card = props.variant === 'cards' ? ' qs-card' : '';
  return (
    <SectionBand type="stats" props={props} id={id} title={props.title}>
      <div className="qs-container">
        <HeadingHeader
          className="qs-heading qs-heading--center"
          id={id}
          eyebrow={props.eyebrow}
          title={props.title}
          intro={props.intro}
        />
        <dl className="qs-stats__list">
          {props.items.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no id; static markup is never reordered
            <div key={i} className={`qs-stats__item${card}`}>
              <dt className="qs-stats__label">{s.label}</dt>
              <dd className="qs-stats__value">{s.value}</dd>
              {s.detail && <dd className="qs-stats__detail">{s.detail}</dd>}
            </div>
          ))}
        </dl>
      </div>
    </SectionBand>
  );
}

export const stats = defineSection({
  type: 'stats',
  label: 'Stats',
  description: 'A few headline numbers that build trust at a glance.',
  group: 'social-proof',
  schema,
  defaults: {
    variant: 'row',
    anchor: '',
    tone: 'alt',
    eyebrow: '',
    title: 'A decade of keeping promises',
    intro: '',
    items: [
      { value: '12+', label: 'Years in business', detail: 'Serving Nairobi since 2013' },
      { value: '1,500+', label: 'Happy clients', detail: 'From Westlands to Kitengela' },
      { value: '4.9/5', label: 'Google rating', detail: 'From over 300 reviews' },
      { value: '24h', label: 'Response time', detail: 'Every enquiry, every working day' },
    ],
  },
  fields: {
    ...baseFields(VARIANTS, 'numbers', 'descriptive'),
    eyebrow: EYEBROW_FIELD,
    title: { kind: 'text', label: 'Title (optional)' },
    intro: { kind: 'textarea', label: 'Introduction (optional)' },
    items: {
      kind: 'list',
      label: 'Numbers',
      itemLabel: 'Number',
      max: 8,
      fields: {
        value: { kind: 'text', label: 'Number', placeholder: '1,500+' },
        label: { kind: 'text', label: 'What it counts', placeholder: 'Happy clients' },
        detail: { kind: 'text', label: 'Detail (optional)' },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './stats.css'),
  Component: Stats,
});
