/** @jsxRuntime automatic @jsxImportSource react */
/**
 * FAQ: questions and answers. 'accordion' and 'split' use `<details>`/`<summary>`, so answers open
 * and close without JavaScript and stay in the page for search engines; 'two-column' shows every
 * answer, for short lists.
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import { list, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, TITLE_FIELD } from './common.js';
import { HeadingBlock, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'accordion', label: 'Accordion' },
  { id: 'split', label: 'Title beside questions' },
  { id: 'two-column', label: 'Two columns, all answers shown' },
] as const;

const Item = z.object({ question: text(200), answer: longText(1500) }).strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(80),
    heading: text(140),
    intro: longText(400),
    items: list(Item, 30),
  })
  .strict();

type Props = z.infer<typeof schema>;
type ItemProps = z.infer<typeof Item>;

function Disclosure({ item }: { item: ItemProps }) {
  return (
    <details className="qs-faq__item">
      <summary className="qs-faq__question">
        <h3>{item.question}</h3>
      </summary>
      <p className="qs-faq__answer">{item.answer}</p>
    </details>
  );
}

function Shown({ item }: { item: ItemProps }) {
  return (
    <div className="qs-faq__item">
      <h3 className="qs-faq__question">{item.question}</h3>
      <p className="qs-faq__answer">{item.answer}</p>
    </div>
  );
}

function Faq({ props, id }: SectionProps<Props>): ReactElement {
  const Item = props.variant === 'two-column' ? Shown : Disclosure;
  return (
    <SectionBand type="faq" props={props} id={id} title={props.heading}>
      <div className="qs-container qs-faq__inner">
        <HeadingBlock
          className={props.variant === 'accordion' ? 'qs-heading qs-heading--center' : 'qs-heading'}
          id={id}
          eyebrow={props.eyebrow}
          title={props.heading}
          intro={props.intro}
        />
        <div className="qs-faq__items">
          {props.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: questions have no ids; their position is their identity
            <Item key={i} item={item} />
          ))}
        </div>
      </div>
    </SectionBand>
  );
}

export const faq = defineSection({
  type: 'faq',
  label: 'FAQ',
  description: 'Frequently asked questions with answers that open on tap.',
  group: 'content',
  schema,
  defaults: {
    variant: 'accordion',
    anchor: 'faq',
    tone: 'default',
    eyebrow: 'FAQ',
    heading: 'Questions we hear often',
    intro: 'Cannot find your answer? Call or WhatsApp us and we will help.',
    items: [
      {
        question: 'Which areas do you cover?',
        answer:
          'All of Nairobi and its surroundings, including Kiambu, Ruaka, Syokimau, Rongai and Kitengela.',
      },
      {
        question: 'How do I pay?',
        answer: 'By M-Pesa (Paybill or Till), card or bank transfer. You get a receipt for every payment.',
      },
      {
        question: 'Do you give a quote before starting?',
        answer: 'Yes. We inspect the job, give you a written quote and only start once you agree to it.',
      },
      {
        question: 'What if something goes wrong after you leave?',
        answer: 'Our work is guaranteed for six months. Call us and we will come back to fix it at no cost.',
      },
    ],
  },
  fields: {
    ...baseFields(VARIANTS, 'faq', 'terse'),
    eyebrow: EYEBROW_FIELD,
    heading: TITLE_FIELD,
    intro: INTRO_FIELD,
    items: {
      kind: 'list',
      label: 'Questions',
      itemLabel: 'Question',
      max: 30,
      fields: {
        question: { kind: 'text', label: 'Question' },
        answer: { kind: 'textarea', label: 'Answer' },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './faq.css'),
  Component: Faq,
});
