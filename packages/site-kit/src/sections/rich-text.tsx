/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Rich text: an "About us", a story, opening hours with a list — prose the owner formats in the
 * editor. The body is a structured document (richtext/schema.ts), validated on write and rendered
 * without raw HTML.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { Mark, RichTextDoc, TextNode } from '../richtext/nodes.js';
import { RichText } from '../richtext/render.js';
import { richTextDoc } from '../richtext/schema.js';
import { text } from '../schema/primitives.js';
import { baseFields, baseShape, TITLE_FIELD } from './common.js';
import { HeadingBlock, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'prose', label: 'Article (one readable column)' },
  { id: 'two-column', label: 'Title beside the text' },
  { id: 'centered', label: 'Centred' },
] as const;

const schema = z
  .object({
    ...baseShape(VARIANTS),
    tone: z.enum(['default', 'alt', 'inverse']),
    heading: text(),
    body: richTextDoc(),
  })
  .strict();

type Props = z.infer<typeof schema>;

function RichTextSection({ props, ctx, id }: SectionProps<Props>) {
  // The page's primary section owns its one <h1>; anywhere else the title is an <h2>.
  const level = ctx.primaryHeadingId === id ? 'h1' : 'h2';
  return (
    <SectionBand type="rich-text" props={props} id={id} title={props.heading}>
      <div className="qs-container">
        <HeadingBlock
          className="qs-rich-text__inner"
          id={id}
          title={props.heading}
          level={level}
          titleClass="qs-rich-text__title"
        >
          <div className="qs-rich-text__body">
            <RichText doc={props.body} resolve={ctx} />
          </div>
        </HeadingBlock>
      </div>
    </SectionBand>
  );
}

const t = (text: string, marks?: Mark[]): TextNode =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };

const DEFAULT_BODY: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        t(
          'Kilele Home Bakery started in 2016 in our family kitchen in Nakuru, with one oven and a weekly order of ',
        ),
        t('twenty loaves', [{ type: 'bold' }]),
        t(
          ' for our church. Today a team of nine bakes from 4 a.m. every morning for homes, offices and cafés across Nakuru and Naivasha.',
        ),
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [t('What we stand for')] },
    {
      type: 'paragraph',
      content: [
        t(
          'Good bread needs time, not shortcuts. We use flour milled in Nakuru County, milk from dairy farmers in Subukia and no preservatives — everything we sell is baked the same day.',
        ),
      ],
    },
    {
      type: 'bulletList',
      content: [
        'Fresh bread, mandazi and scones delivered before 8 a.m.',
        'Birthday and wedding cakes made to order, with three days’ notice',
        'Pay on delivery with M-Pesa, or open a monthly account for your office',
      ].map((item) => ({
        type: 'listItem' as const,
        content: [{ type: 'paragraph' as const, content: [t(item)] }],
      })),
    },
    {
      type: 'blockquote',
      content: [
        {
          type: 'paragraph',
          content: [
            t('“Their brown bread and mandazi are on our breakfast table every Saturday.” ', [
              { type: 'italic' },
            ]),
            t('— Grace W., Milimani'),
          ],
        },
      ],
    },
    {
      type: 'paragraph',
      content: [
        t('Visit the shop on Kenyatta Avenue, Monday to Saturday from 7 a.m. to 7 p.m., or '),
        {
          type: 'text',
          text: 'call us on 0712 345 678',
          marks: [{ type: 'link', attrs: { href: 'tel:+254712345678' } }],
        },
        t('.'),
      ],
    },
  ],
};

export const richText = defineSection({
  type: 'rich-text',
  label: 'Rich text',
  description:
    'Formatted text — your story, a policy, opening hours — with headings, lists, quotes and images.',
  group: 'content',
  schema,
  defaults: {
    variant: 'prose',
    anchor: '',
    tone: 'default',
    heading: 'About us',
    body: DEFAULT_BODY,
  },
  fields: {
    ...baseFields(VARIANTS, 'about', 'descriptive'),
    heading: TITLE_FIELD,
    body: { kind: 'richtext', label: 'Text' },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './rich-text.css'),
  Component: RichTextSection,
});
