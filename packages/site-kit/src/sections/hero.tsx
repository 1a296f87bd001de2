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
import { anchorId, image, link, list, longText, text } from '../schema/primitives.js';

const VARIANT_LABELS = {
  centered: 'Centered',
  split: 'Text and image',
  'image-background': 'Image background',
  minimal: 'Minimal',
} as const;
const Variant = z.enum(['centered', 'split', 'image-background', 'minimal']);
const VARIANTS = Variant.options.map((id) => ({ id, label: VARIANT_LABELS[id] }));

const schema = z
  .object({
    variant: Variant,
    anchor: anchorId(),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(80),
    heading: text(140),
    subheading: longText(400),
    actions: list(link(), 2),
    image: image(),
  })
  .strict();

type Props = z.infer<typeof schema>;

const TONE = { default: '', alt: ' qs-section--alt', inverse: ' qs-section--inverse' } as const;

/** The hero image; eager and high priority only for the page's main hero, where it is the LCP. */
function HeroImage({ props, ctx, primary }: { props: Props; ctx: RenderContext; primary: boolean }) {
  const img = props.image.src ? ctx.image(props.image.src) : null;
  if (!img) return <div className="qs-hero__placeholder" aria-hidden="true" />;
  return (
    <img
      className="qs-hero__img"
      src={img.src}
      srcSet={img.srcSet}
      sizes={props.variant === 'split' ? '(min-width: 900px) 50vw, 100vw' : '100vw'}
      width={img.width}
      height={img.height}
      alt={props.image.alt}
      loading={primary ? 'eager' : 'lazy'}
      fetchPriority={primary ? 'high' : 'auto'}
      decoding="async"
    />
  );
}

function Actions({ props, ctx }: { props: Props; ctx: RenderContext }) {
  const actions = props.actions.filter((a) => a.label && a.href);
  if (actions.length === 0) return null;
  return (
    <div className="qs-actions qs-hero__actions">
      {actions.map((a, i) => (
        <a
          // biome-ignore lint/suspicious/noArrayIndexKey: at most two buttons without ids; position is their identity
          key={i}
          className={i === 0 ? 'qs-button' : 'qs-button qs-button--secondary'}
          href={ctx.href(a.href)}
        >
          {a.label}
        </a>
      ))}
    </div>
  );
}

function Hero({ props, ctx, id }: SectionProps<Props>): ReactElement {
  const primary = ctx.primaryHeadingId === id;
  const Heading = primary ? 'h1' : 'h2';
  const titleId = `${id}-title`;
  return (
    <section
      className={`qs-section qs-hero qs-hero--${props.variant}${TONE[props.tone]}`}
      id={props.anchor || undefined}
      aria-labelledby={props.heading ? titleId : undefined}
    >
      {props.variant === 'image-background' && (
        <div className="qs-hero__backdrop">
          <HeroImage props={props} ctx={ctx} primary={primary} />
        </div>
      )}
      <div className="qs-container qs-hero__inner">
        <div className="qs-hero__copy">
          {props.eyebrow && <p className="qs-eyebrow">{props.eyebrow}</p>}
          {props.heading && (
            <Heading id={titleId} className="qs-hero__title">
              {props.heading}
            </Heading>
          )}
          {props.subheading && <p className="qs-lead qs-hero__lead">{props.subheading}</p>}
          <Actions props={props} ctx={ctx} />
        </div>
        {props.variant === 'split' && (
          <div className="qs-hero__media qs-media">
            <HeroImage props={props} ctx={ctx} primary={primary} />
          </div>
        )}
      </div>
    </section>
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
    variant: {
      kind: 'select',
      label: 'Layout',
      options: VARIANTS.map(({ id, label }) => ({ value: id, label })),
    },
    anchor: { kind: 'text', label: 'Anchor id (for links like #top)', placeholder: 'top' },
    tone: {
      kind: 'select',
      label: 'Background',
      options: [
        { value: 'default', label: 'Page' },
        { value: 'alt', label: 'Alternate' },
        { value: 'inverse', label: 'Dark' },
      ],
    },
    eyebrow: { kind: 'text', label: 'Small text above the headline' },
    heading: { kind: 'text', label: 'Headline' },
    subheading: { kind: 'textarea', label: 'Supporting text' },
    actions: {
      kind: 'list',
      label: 'Buttons',
      itemLabel: 'Button',
      max: 2,
      fields: { label: { kind: 'text', label: 'Button text' }, href: { kind: 'link', label: 'Button link' } },
    },
    image: { kind: 'image', label: 'Image (for the image layouts)' },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './hero.css'),
  Component: Hero,
});
