/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Image + text: a picture beside (or above) a short story and up to two buttons. Often the first
 * section of an "About" page, so its title becomes the page's `<h1>` when the renderer says so.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { anchorId, image, link, list, longText, text } from '../schema/primitives.js';

const VARIANTS = [
  { id: 'image-left', label: 'Image on the left' },
  { id: 'image-right', label: 'Image on the right' },
  { id: 'image-top', label: 'Image on top' },
] as const;

const TONE_CLASS = { default: '', alt: ' qs-section--alt', inverse: ' qs-section--inverse' } as const;

const schema = z
  .object({
    variant: z.enum(['image-left', 'image-right', 'image-top']),
    anchor: anchorId(),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(60),
    title: text(140),
    body: longText(2000),
    image: image(),
    actions: list(link(), 2),
  })
  .strict();

type Props = z.infer<typeof schema>;

function Picture({ props, ctx }: { props: Props; ctx: RenderContext }) {
  const img = props.image.src ? ctx.image(props.image.src) : null;
  // Without an image the layout keeps its shape with a neutral panel instead of collapsing.
  if (!img) return <div className="qs-image-text__media qs-image-text__media--empty" aria-hidden="true" />;
  return (
    <div className="qs-image-text__media qs-media">
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={
          props.variant === 'image-top'
            ? '(min-width: 1200px) 1200px, 100vw'
            : '(min-width: 860px) 50vw, 100vw'
        }
        width={img.width}
        height={img.height}
        alt={props.image.alt}
        loading="lazy"
        decoding="async"
      />
    </div>
  );
}

function Actions({ props, ctx }: { props: Props; ctx: RenderContext }) {
  const actions = props.actions.filter((a) => a.label !== '' && a.href !== '');
  if (actions.length === 0) return null;
  return (
    <div className="qs-actions">
      {actions.map((a, i) => (
        <a
          key={i === 0 ? 'primary' : 'secondary'}
          className={i === 0 ? 'qs-button' : 'qs-button qs-button--secondary'}
          href={ctx.href(a.href)}
        >
          {a.label}
        </a>
      ))}
    </div>
  );
}

function ImageText({ props, ctx, id }: SectionProps<Props>) {
  const titleId = `${id}-title`;
  const Heading = ctx.primaryHeadingId === id ? 'h1' : 'h2';
  // Blank lines separate paragraphs; the text stays plain (escaped by React), never HTML.
  const paragraphs = props.body.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <section
      className={`qs-section qs-image-text qs-image-text--${props.variant}${TONE_CLASS[props.tone]}`}
      id={props.anchor || undefined}
      aria-labelledby={props.title ? titleId : undefined}
    >
      <div className="qs-container qs-image-text__inner">
        <Picture props={props} ctx={ctx} />
        <div className="qs-image-text__text">
          {props.eyebrow && <p className="qs-eyebrow">{props.eyebrow}</p>}
          {props.title && <Heading id={titleId}>{props.title}</Heading>}
          {paragraphs.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
            <p key={i}>{p}</p>
          ))}
          <Actions props={props} ctx={ctx} />
        </div>
      </div>
    </section>
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
    variant: {
      kind: 'select',
      label: 'Layout',
      options: VARIANTS.map((v) => ({ value: v.id, label: v.label })),
    },
    anchor: { kind: 'text', label: 'Anchor id (for #links)', placeholder: 'about' },
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
    body: { kind: 'textarea', label: 'Text (leave a blank line between paragraphs)' },
    image: { kind: 'image', label: 'Image' },
    actions: {
      kind: 'list',
      label: 'Buttons',
      itemLabel: 'Button',
      max: 2,
      fields: { label: { kind: 'text', label: 'Button text' }, href: { kind: 'link', label: 'Link' } },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './image-text.css'),
  Component: ImageText,
});
