/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Testimonials: what customers say, as a grid of quote cards or one large quote at a time.
 * Each quote is a `<figure>` with `<blockquote>` and a `<figcaption>` naming the person.
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
  { id: 'cards', label: 'Cards' },
  { id: 'single-large', label: 'Large quote' },
] as const;

const Item = z
  .object({
    quote: longText(600),
    name: text(80),
    role: text(100),
    photo: image(),
    /** 1–5 stars; 0 hides the rating. */
    rating: z.number().int().min(0).max(5),
  })
  .strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(80),
    heading: text(140),
    intro: longText(400),
    items: list(Item, 12),
  })
  .strict();

type Props = z.infer<typeof schema>;
type ItemProps = z.infer<typeof Item>;

function Stars({ rating }: { rating: number }) {
  if (rating === 0) return null;
  return (
    <p className="qs-testimonials__stars">
      <span aria-hidden="true">{'★'.repeat(rating) + '☆'.repeat(5 - rating)}</span>
      <span className="qs-visually-hidden">Rated {rating} out of 5</span>
    </p>
  );
}

function Avatar({ item, ctx }: { item: ItemProps; ctx: RenderContext }) {
  const img = imageOf(ctx, item.photo);
  if (!img) return null;
  return <ResponsiveImage className="qs-testimonials__photo" img={img} alt={item.photo.alt} sizes="56px" />;
}

function Quote({ item, ctx }: { item: ItemProps; ctx: RenderContext }) {
  return (
    <figure className="qs-testimonials__item">
      <Stars rating={item.rating} />
      <blockquote className="qs-testimonials__quote">
        <p>{item.quote}</p>
      </blockquote>
      <figcaption className="qs-testimonials__by">
        <Avatar item={item} ctx={ctx} />
        <span>
          <span className="qs-testimonials__name">{item.name}</span>
          {item.role && <span className="qs-testimonials__role">{item.role}</span>}
        </span>
      </figcaption>
    </figure>
  );
}

function Testimonials({ props, ctx, id }: SectionProps<Props>): ReactElement {
  return (
    <SectionBand type="testimonials" props={props} id={id} title={props.heading}>
      <div className="qs-container">
        <HeadingBlock
          className="qs-heading qs-heading--center"
          id={id}
          eyebrow={props.eyebrow}
          title={props.heading}
          intro={props.intro}
        />
        <div
          className={props.variant === 'cards' ? 'qs-grid qs-testimonials__items' : 'qs-testimonials__items'}
        >
          {props.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: quotes have no ids; their position is their identity
            <Quote key={i} item={item} ctx={ctx} />
          ))}
        </div>
      </div>
    </SectionBand>
  );
}

const quote = (text: string, name: string, role: string): ItemProps => ({
  quote: text,
  name,
  role,
  photo: { src: '', alt: '' },
  rating: 5,
});

export const testimonials = defineSection({
  type: 'testimonials',
  label: 'Testimonials',
  description: 'Quotes from happy customers, with their name, role and a star rating.',
  group: 'social-proof',
  schema,
  defaults: {
    variant: 'cards',
    anchor: '',
    tone: 'default',
    eyebrow: 'Kind words',
    heading: 'Trusted by families and businesses in Nairobi',
    intro: '',
    items: [
      quote(
        'They came the same afternoon, explained the problem in plain words and fixed it for the price they quoted.',
        'Wanjiku M.',
        'Homeowner, Kilimani',
      ),
      quote(
        'We have used them for our three branches for two years. Always on time, always professional.',
        'Brian O.',
        'Operations manager, Mombasa Road',
      ),
      quote(
        'Paying by M-Pesa and getting a proper receipt made everything easy. I recommend them to all my tenants.',
        'Fatuma A.',
        'Landlord, South B',
      ),
    ],
  },
  fields: {
    ...baseFields(VARIANTS, 'reviews', 'terse'),
    eyebrow: EYEBROW_FIELD,
    heading: TITLE_FIELD,
    intro: INTRO_FIELD,
    items: {
      kind: 'list',
      label: 'Testimonials',
      itemLabel: 'Testimonial',
      max: 12,
      fields: {
        quote: { kind: 'textarea', label: 'Quote' },
        name: { kind: 'text', label: 'Name' },
        role: { kind: 'text', label: 'Role or place', placeholder: 'Homeowner, Kilimani' },
        photo: { kind: 'image', label: 'Photo' },
        rating: { kind: 'number', label: 'Stars (0 hides them)', min: 0, max: 5 },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './testimonials.css'),
  Component: Testimonials,
});
