/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Gallery: photos as a grid, a masonry wall or a sideways-scrolling strip. Each photo links to its
 * full-size file, so it opens without JavaScript; the 'lightbox' script opens the same links in a
 * dialog instead. A photo that cannot be shown (no source, missing asset) keeps its place as a
 * neutral tile so the layout the owner sees in the editor does not jump.
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { anchorId, image, list, longText, text } from '../schema/primitives.js';

const VARIANT_LABELS = { grid: 'Grid', masonry: 'Masonry', 'carousel-strip': 'Scrolling strip' } as const;
const Variant = z.enum(['grid', 'masonry', 'carousel-strip']);
const VARIANTS = Variant.options.map((id) => ({ id, label: VARIANT_LABELS[id] }));

const Item = z.object({ image: image(), caption: text(200) }).strict();

const schema = z
  .object({
    variant: Variant,
    anchor: anchorId(),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(80),
    heading: text(140),
    intro: longText(400),
    items: list(Item, 24),
  })
  .strict();

type Props = z.infer<typeof schema>;
type ItemProps = z.infer<typeof Item>;

const TONE = { default: '', alt: ' qs-section--alt', inverse: ' qs-section--inverse' } as const;
/** Rendered width of a tile per layout, so the browser picks a fitting srcset variant. */
const SIZES = {
  grid: '(min-width: 900px) 33vw, (min-width: 600px) 50vw, 100vw',
  masonry: '(min-width: 900px) 33vw, (min-width: 600px) 50vw, 100vw',
  'carousel-strip': '(min-width: 600px) 24rem, 80vw',
} as const;

function Photo({ item, ctx, sizes }: { item: ItemProps; ctx: RenderContext; sizes: string }) {
  const img = item.image.src ? ctx.image(item.image.src) : null;
  if (!img) return <div className="qs-gallery__placeholder" aria-hidden="true" />;
  return (
    <a className="qs-gallery__link" href={img.src} data-qs-lightbox="">
      <img
        src={img.src}
        srcSet={img.srcSet}
        sizes={sizes}
        width={img.width}
        height={img.height}
        alt={item.image.alt}
        loading="lazy"
        decoding="async"
      />
    </a>
  );
}

function Gallery({ props, ctx, id }: SectionProps<Props>): ReactElement {
  const titleId = `${id}-title`;
  const strip = props.variant === 'carousel-strip';
  const label = props.heading || 'Gallery';
  return (
    <section
      className={`qs-section qs-gallery qs-gallery--${props.variant}${TONE[props.tone]}`}
      id={props.anchor || undefined}
      aria-labelledby={props.heading ? titleId : undefined}
    >
      <div className="qs-container">
        <div className="qs-heading">
          {props.eyebrow && <p className="qs-eyebrow">{props.eyebrow}</p>}
          {props.heading && <h2 id={titleId}>{props.heading}</h2>}
          {props.intro && <p className="qs-lead">{props.intro}</p>}
        </div>
        <ul
          className="qs-gallery__items"
          // The strip scrolls sideways; focusable so keyboard users can scroll it with the arrow keys.
          tabIndex={strip ? 0 : undefined}
          aria-label={strip ? `${label} (scrolls sideways)` : undefined}
        >
          {props.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: photos have no ids; their position is their identity
            <li key={i} className="qs-gallery__item">
              <figure>
                <Photo item={item} ctx={ctx} sizes={SIZES[props.variant]} />
                {item.caption && <figcaption>{item.caption}</figcaption>}
              </figure>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

const photo = (caption: string): ItemProps => ({ image: { src: '', alt: '' }, caption });

export const gallery = defineSection({
  type: 'gallery',
  label: 'Gallery',
  description: 'A set of photos as a grid, a masonry wall or a scrolling strip; photos open full size.',
  group: 'media',
  schema,
  defaults: {
    variant: 'grid',
    anchor: 'gallery',
    tone: 'default',
    eyebrow: 'Our work',
    heading: 'Recent projects',
    intro: 'A few of the homes, shops and offices we have worked on this year.',
    items: [
      photo('Kitchen renovation, Lavington'),
      photo('Shop fit-out, Westlands'),
      photo('Office refresh, Upper Hill'),
      photo('Bathroom upgrade, Kileleshwa'),
      photo('Restaurant kitchen, Karen'),
      photo('Apartment repaint, Syokimau'),
    ],
  },
  fields: {
    variant: {
      kind: 'select',
      label: 'Layout',
      options: VARIANTS.map(({ id, label }) => ({ value: id, label })),
    },
    anchor: { kind: 'text', label: 'Anchor id (for links like #gallery)', placeholder: 'gallery' },
    tone: {
      kind: 'select',
      label: 'Background',
      options: [
        { value: 'default', label: 'Page' },
        { value: 'alt', label: 'Alternate' },
        { value: 'inverse', label: 'Dark' },
      ],
    },
    eyebrow: { kind: 'text', label: 'Small text above the title' },
    heading: { kind: 'text', label: 'Title' },
    intro: { kind: 'textarea', label: 'Introduction' },
    items: {
      kind: 'list',
      label: 'Photos',
      itemLabel: 'Photo',
      max: 24,
      fields: { image: { kind: 'image', label: 'Photo' }, caption: { kind: 'text', label: 'Caption' } },
    },
  },
  variants: VARIANTS,
  clientFeatures: ['lightbox'],
  css: readCss(import.meta.url, './gallery.css'),
  Component: Gallery,
});
