/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Hero: the page's opening statement — headline, a supporting paragraph, up to two buttons and an
 * image. The first hero of a page carries the page's only `<h1>` (ctx.primaryHeadingId).
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { image, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, buttons, buttonsField, imageOf } from './common.js';
import { Buttons, HeadingBlock, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'centered', label: 'Centered' },
  { id: 'split', label: 'Text and image' },
  { id: 'image-background', label: 'Image background' },
  { id: 'minimal', label: 'Minimal' },
] as const;

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(80),
    heading: text(140),
    subheading: longText(400),
    actions: buttons(),
    image: image(),
  })
  .strict();

type Props = z.infer<typeof schema>;

/** The hero image; eager and high priority only for the page's main hero, where it is the LCP. */
function HeroImage({ props, ctx, primary }: { props: Props; ctx: RenderContext; primary: boolean }) {
  const img = imageOf(ctx, props.image);
  if (!img) return <div className="qs-hero__placeholder" aria-hidden="true" />;
  return (
    <ResponsiveImage
      className="qs-hero__img"
      img={img}
      alt={props.image.alt}
      sizes={props.variant === 'split' ? '(min-width: 900px) 50vw, 100vw' : '100vw'}
      loading={primary ? 'eager' : 'lazy'}
      fetchPriority={primary ? 'high' : 'auto'}
    />
  );
}

function Hero({ props, ctx, id }: SectionProps<Props>): ReactElement {
  const primary = ctx.primaryHeadingId === id;
  // Text over a photo reads as on a dark band whatever the tone: light text, light buttons.
  const overImage = props.variant === 'image-background' && props.tone !== 'inverse';
  return (
    <SectionBand
      type="hero"
      props={props}
      id={id}
      title={props.heading}
      modifiers={overImage ? ' qs-section--inverse' : ''}
    >
      {props.variant === 'image-background' && (
        <div className="qs-hero__backdrop">
          <HeroImage props={props} ctx={ctx} primary={primary} />
        </div>
      )}
      <div className="qs-container qs-hero__inner">
        <HeadingBlock
          className="qs-hero__copy"
          id={id}
          eyebrow={props.eyebrow}
          title={props.heading}
          intro={props.subheading}
          level={primary ? 'h1' : 'h2'}
          titleClass="qs-hero__title"
          introClass="qs-lead qs-hero__lead"
        >
          <Buttons links={props.actions} ctx={ctx} className="qs-actions qs-hero__actions" />
        </HeadingBlock>
        {props.variant === 'split' && (
          <div className="qs-hero__media qs-media">
            <HeroImage props={props} ctx={ctx} primary={primary} />
          </div>
        )}
      </div>
    </SectionBand>
  );
}

export const hero = defineSection({
  type: 'hero',
  label: 'Hero',
  description: 'A large opening headline with a short pitch, buttons and an optional image.',
  group: 'structure',
  schema,
  defaults: {
    variant: 'centered',
    anchor: '',
    tone: 'default',
    eyebrow: 'Nairobi · Since 2014',
    heading: 'Reliable service for homes and businesses across Nairobi',
    subheading:
      'Book a visit in minutes, get a clear quote before we start, and pay by M-Pesa when the job is done.',
    actions: [
      { label: 'Get a free quote', href: '#contact' },
      { label: 'See our services', href: '#services' },
    ],
    image: { src: '', alt: '' },
  },
  fields: {
    ...baseFields(VARIANTS, 'top', 'terse'),
    eyebrow: { kind: 'text', label: 'Small text above the headline' },
    heading: { kind: 'text', label: 'Headline' },
    subheading: { kind: 'textarea', label: 'Supporting text' },
    actions: buttonsField('Buttons', 'Button link'),
    image: { kind: 'image', label: 'Image (for the image layouts)' },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './hero.css'),
  Component: Hero,
});
