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
import { image, list, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, imageOf, TITLE_FIELD } from './common.js';
import { HeadingBlock, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'grid', label: 'Grid' },
  { id: 'masonry', label: 'Masonry' },
  { id: 'carousel-strip', label: 'Scrolling strip' },
] as const;

const Item = z.object({ image: image(), caption: text(200) }).strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(80),
    heading: text(140),
    intro: longText(400),
    items: list(Item, 24),
  })
  .strict();

type Props = z.infer<typeof schema>;
type ItemProps = z.infer<typeof Item>;

/** Rendered width of a tile per layout, so the browser picks a fitting srcset variant. */
const SIZES = {
  grid: '(min-width: 900px) 33vw, 50vw',
  masonry: '(min-width: 900px) 33vw, 50vw',
  'carousel-strip': '(min-width: 900px) 25vw, (min-width: 600px) 22rem, 78vw',
} as const;

function Photo({ item, ctx, sizes }: { item: ItemProps; ctx: RenderContext; sizes: string }) {
  const img = imageOf(ctx, item.image);
  if (!img) return <div className="qs-gallery__placeholder" aria-hidden="true" />;
  return (
    <a className="qs-gallery__link" href={img.src} data-qs-lightbox="">
      <ResponsiveImage img={img} alt={item.image.alt} sizes={sizes} />
    </a>
  );
}

function Gallery({ props, ctx, id }: SectionProps<Props>): ReactElement {
  const strip = props.variant === 'carousel-strip';
  const label = props.heading || 'Gallery';
  return (
    <SectionBand type="gallery" props={props} id={id} title={props.heading}>
      <div className="qs-container">
        <HeadingBlock
          className="qs-heading"
          id={id}
          eyebrow={props.eyebrow}
          title={props.heading}
          intro={props.intro}
        />
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
    </SectionBand>
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
    ...baseFields(VARIANTS, 'gallery', 'terse'),
    eyebrow: EYEBROW_FIELD,
    heading: TITLE_FIELD,
    intro: INTRO_FIELD,
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
