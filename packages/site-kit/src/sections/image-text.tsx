/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Image + text: a picture beside (or above) a short story and up to two buttons. Often the first
 * section of an "About" page, so its title becomes the page's `<h1>` when the renderer says so.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { image, longText, text } from '../schema/primitives.js';
import {
  baseFields,
  baseShape,
  buttons,
  buttonsField,
  EYEBROW_FIELD,
  imageOf,
  TITLE_FIELD,
} from './common.js';
import { Buttons, HeadingBlock, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'image-left', label: 'Image on the left' },
  { id: 'image-right', label: 'Image on the right' },
  { id: 'image-top', label: 'Image on top' },
] as const;

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(60),
    title: text(140),
    body: longText(2000),
    image: image(),
    actions: buttons(),
  })
  .strict();

type Props = z.infer<typeof schema>;

function Picture({ props, ctx }: { props: Props; ctx: RenderContext }) {
  const img = imageOf(ctx, props.image);
  // Without an image the layout keeps its shape with a neutral panel instead of collapsing.
  if (!img) return <div className="qs-image-text__media qs-image-text__media--empty" aria-hidden="true" />;
  const sizes =
    props.variant === 'image-top' ? '(min-width: 1200px) 1200px, 100vw' : '(min-width: 860px) 50vw, 100vw';
  return (
    <div className="qs-image-text__media qs-media">
      <ResponsiveImage img={img} alt={props.image.alt} sizes={sizes} />
    </div>
  );
}

function ImageText({ props, ctx, id }: SectionProps<Props>) {
  const level = ctx.primaryHeadingId === id ? 'h1' : 'h2';
  // Blank lines separate paragraphs; the text stays plain (escaped by React), never HTML.
  const paragraphs = props.body.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <SectionBand type="image-text" props={props} id={id} title={props.title}>
      <div className="qs-container qs-image-text__inner">
        <Picture props={props} ctx={ctx} />
        <HeadingBlock
          className="qs-image-text__text"
          id={id}
          eyebrow={props.eyebrow}
          title={props.title}
          level={level}
        >
          {paragraphs.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
            <p key={i}>{p}</p>
          ))}
          <Buttons links={props.actions} ctx={ctx} />
        </HeadingBlock>
      </div>
    </SectionBand>
  );
}

export const imageText = defineSection({
  type: 'image-text',
  label: 'Image + text',
  description: 'A picture next to a short story, with optional buttons.',
  group: 'content',
  schema,
  defaults: {
    variant: 'image-left',
    anchor: 'about',
    tone: 'default',
    eyebrow: 'About us',
    title: 'A family business, built on word of mouth',
    body: 'We started in 2013 with one desk in a shared office on Moi Avenue. Today a team of twelve serves clients across Nairobi, Kiambu and Machakos — and most of them found us through a friend.\n\nWe keep things simple: clear prices agreed up front, honest advice, and a named person who picks up when you call.',
    image: { src: '', alt: 'Our team meeting a client at the office' },
    actions: [
      { label: 'Meet the team', href: '#team' },
      { label: 'Our services', href: 'page:services' },
    ],
  },
  fields: {
    ...baseFields(VARIANTS, 'about', 'descriptive'),
    eyebrow: EYEBROW_FIELD,
    title: TITLE_FIELD,
    body: { kind: 'textarea', label: 'Text (leave a blank line between paragraphs)' },
    image: { kind: 'image', label: 'Image' },
    actions: buttonsField('Buttons'),
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './image-text.css'),
  Component: ImageText,
});
