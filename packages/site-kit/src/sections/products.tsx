/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Products: a restaurant menu (grouped by category, dotted leaders to the price), shop product cards
 * with an order link (WhatsApp, phone or a shop page), or a compact price list. Prices are stored
 * in KES cents and printed with the site's formatter; `<data value>` carries the machine value.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, image, list, longText, priceKes, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, imageOf, TITLE_FIELD } from './common.js';
import { HeadingHeader, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'menu', label: 'Menu (grouped by category)' },
  { id: 'cards', label: 'Product cards' },
  { id: 'compact-list', label: 'Compact price list' },
] as const;

const item = z
  .object({
    name: text(100),
    description: text(300),
    price: priceKes(),
    image: image(),
    category: text(60),
    badge: text(24),
    href: href(),
  })
  .strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(60),
    title: text(120),
    intro: longText(400),
    orderLabel: text(40),
    note: text(200),
    items: list(item, 60),
  })
  .strict();

type Props = z.infer<typeof schema>;
type Item = z.infer<typeof item>;

/** Groups items by category in order of first appearance, so the owner controls the menu order. */
function groupByCategory(items: readonly Item[]): { category: string; items: Item[] }[] {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const key = it.category.trim();
    groups.set(key, [...(groups.get(key) ?? []), it]);
  }
  return [...groups].map(([category, grouped]) => ({ category, items: grouped }));
}

function Price({ cents, ctx }: { cents: number; ctx: RenderContext }) {
  return (
    <data className="qs-products__price" value={(cents / 100).toFixed(2)}>
      {ctx.formatPrice(cents)}
    </data>
  );
}

function Badge({ label }: { label: string }) {
  return label ? <span className="qs-products__badge">{label}</span> : null;
}

function MenuItem({ it, ctx, level }: { it: Item; ctx: RenderContext; level: 'h3' | 'h4' }) {
  const Name = level;
  return (
    <li className="qs-products__item">
      <div className="qs-products__line">
        <Name className="qs-products__name">{it.name}</Name>
        <Badge label={it.badge} />
        <span className="qs-products__leader" aria-hidden="true" />
        <Price cents={it.price} ctx={ctx} />
      </div>
      {it.description && <p className="qs-products__desc">{it.description}</p>}
    </li>
  );
}

function Menu({ props, ctx, compact }: { props: Props; ctx: RenderContext; compact: boolean }) {
  // The compact list ignores categories; the menu prints each as a subheading.
  const groups = compact ? [{ category: '', items: props.items }] : groupByCategory(props.items);
  return (
    <div className="qs-products__groups">
      {groups.map((g) => (
        <div key={g.category} className="qs-products__group">
          {g.category && <h3 className="qs-products__category">{g.category}</h3>}
          <ul className="qs-products__items">
            {g.items.map((it, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items have no id; static markup is never reordered
              <MenuItem key={i} it={it} ctx={ctx} level={g.category ? 'h4' : 'h3'} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Card({ it, ctx, orderLabel }: { it: Item; ctx: RenderContext; orderLabel: string }) {
  const img = imageOf(ctx, it.image);
  return (
    <li className="qs-products__card">
      {/* Without a photo the frame stays as a neutral panel so cards in a row keep one height. */}
      <div className={`qs-products__media qs-media${img ? '' : ' qs-products__media--empty'}`}>
        {img && <ResponsiveImage img={img} alt={it.image.alt} sizes="(min-width: 860px) 25vw, 50vw" />}
        <Badge label={it.badge} />
      </div>
      <div className="qs-products__body">
        <h3 className="qs-products__name">{it.name}</h3>
        {it.description && <p className="qs-products__desc">{it.description}</p>}
        <div className="qs-products__buy">
          <Price cents={it.price} ctx={ctx} />
          {it.href && orderLabel && (
            // The visible label repeats on every card; the accessible name says which product it orders.
            <a
              className="qs-button qs-products__order"
              href={ctx.href(it.href)}
              aria-label={`${orderLabel}: ${it.name}`}
            >
              {orderLabel}
            </a>
          )}
        </div>
      </div>
    </li>
  );
}

function Products({ props, ctx, id }: SectionProps<Props>) {
  return (
    <SectionBand type="products" props={props} id={id} title={props.title}>
      <div className={`qs-container${props.variant === 'cards' ? '' : ' qs-container--narrow'}`}>
        <HeadingHeader
          className="qs-heading qs-heading--center"
          id={id}
          eyebrow={props.eyebrow}
          title={props.title}
          intro={props.intro}
        />
        {props.variant === 'cards' ? (
          <ul className="qs-products__cards qs-grid">
            {props.items.map((it, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items have no id; static markup is never reordered
              <Card key={i} it={it} ctx={ctx} orderLabel={props.orderLabel} />
            ))}
          </ul>
        ) : (
          <Menu props={props} ctx={ctx} compact={props.variant === 'compact-list'} />
        )}
        {props.note && <p className="qs-products__note">{props.note}</p>}
      </div>
    </SectionBand>
  );
}

const WHATSAPP = 'https://wa.me/254712345678';
const dish = (category: string, name: string, description: string, shillings: number, badge = ''): Item => ({
  name,
  description,
  price: shillings * 100,
  image: { src: '', alt: name },
  category,
  badge,
  href: WHATSAPP,
});

export const products = defineSection({
  type: 'products',
  label: 'Products / menu',
  description: 'A menu grouped by category, product cards with prices and an order button, or a price list.',
  group: 'commerce',
  schema,
  defaults: {
    variant: 'menu',
    anchor: 'menu',
    tone: 'default',
    eyebrow: 'Our menu',
    title: 'Freshly cooked, every day',
    intro: 'Order at the counter, or send us a WhatsApp message and we will have it ready when you arrive.',
    orderLabel: 'Order on WhatsApp',
    note: 'Prices in Kenyan shillings, VAT included. Ask us about allergens.',
    items: [
      dish('Breakfast', 'Mandazi & chai', 'Two warm mandazi with spiced Kenyan tea.', 150),
      dish('Breakfast', 'Spanish omelette', 'Three eggs, onions, tomatoes and dhania, with toast.', 450),
      dish(
        'Mains',
        'Nyama choma (½ kg)',
        'Goat, slow-grilled over charcoal, with kachumbari.',
        1250,
        'Popular',
      ),
      dish('Mains', 'Chicken pilau', 'Fragrant Swahili spiced rice with tender chicken.', 750),
      dish(
        'Mains',
        'Tilapia & ugali',
        'Whole fried tilapia from Lake Victoria, ugali and sukuma wiki.',
        1100,
        'New',
      ),
      dish('Drinks', 'Fresh passion juice', 'Pressed every morning, no added sugar.', 250),
      dish('Drinks', 'Dawa', 'Lime, honey and ginger — the house favourite.', 350),
    ],
  },
  fields: {
    ...baseFields(VARIANTS, 'menu', 'descriptive'),
    eyebrow: EYEBROW_FIELD,
    title: TITLE_FIELD,
    intro: INTRO_FIELD,
    orderLabel: { kind: 'text', label: 'Order button text (cards layout)', placeholder: 'Order on WhatsApp' },
    note: { kind: 'text', label: 'Note under the list (optional)' },
    items: {
      kind: 'list',
      label: 'Products',
      itemLabel: 'Product',
      max: 60,
      fields: {
        name: { kind: 'text', label: 'Name' },
        description: { kind: 'textarea', label: 'Description' },
        price: { kind: 'money', label: 'Price', currency: 'KES' },
        image: { kind: 'image', label: 'Photo (cards layout)' },
        category: { kind: 'text', label: 'Category (menu layout)', placeholder: 'Mains' },
        badge: { kind: 'text', label: 'Badge (optional)', placeholder: 'New' },
        href: { kind: 'link', label: 'Order link: WhatsApp, tel: or shop page' },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './products.css'),
  Component: Products,
});
