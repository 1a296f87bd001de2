/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Features: what the business offers, as a grid, a list or icon cards. Icons are a small built-in
 * set drawn as inline SVG so they take the design system's colors and cost no extra request.
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, list, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, TITLE_FIELD } from './common.js';
import { HeadingBlock, SectionBand } from './parts.js';

/** 24×24 stroke paths; one `d` per icon keeps them tiny and easy to review. */
const ICONS = {
  check: 'M20 6 9 17l-5-5',
  star: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3l-5.5 2.9 1-6.2L3 9.6l6.2-.9z',
  bolt: 'M13 2 4 14h7l-1 8 9-12h-7z',
  shield: 'M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6zM9 12l2 2 4-4',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3 2',
  heart: 'M12 20s-7-4.4-9-9a4.8 4.8 0 0 1 9-3 4.8 4.8 0 0 1 9 3c-2 4.6-9 9-9 9z',
  leaf: 'M5 20c0-9 6-15 15-15 0 9-6 15-15 15zM5 20l8-8',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  truck:
    'M3 6h11v10H3zM14 10h4l3 3v3h-7M7.5 20a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM17.5 20a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z',
  chat: 'M4 5h16v11H9l-5 4z',
  pin: 'M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  wallet: 'M3 7h18v12H3zM3 7l3-3h12l3 3M16 13h2',
  users:
    'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21c0-4 3-6 7-6s7 2 7 6M16 3.5a4 4 0 0 1 0 7.5M22 21c0-3-1.5-5-4-5.7',
  tool: 'M14.5 6.5a4 4 0 0 0 5.3 5.3L21 13l-8 8-2-2 8-8-1.2-1.2a4 4 0 0 1-5.3-5.3zM3 21l6-6',
} as const;
type IconName = keyof typeof ICONS;
const ICON_NAMES = Object.keys(ICONS) as [IconName, ...IconName[]];

const VARIANTS = [
  { id: 'cards-with-icons', label: 'Cards with icons' },
  { id: 'grid', label: 'Grid' },
  { id: 'list', label: 'List' },
] as const;

const Item = z
  .object({
    icon: z.enum(ICON_NAMES),
    title: text(80),
    text: longText(400),
    linkLabel: text(60),
    linkHref: href(),
  })
  .strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    eyebrow: text(80),
    heading: text(140),
    intro: longText(400),
    columns: z.enum(['2', '3', '4']),
    items: list(Item, 12),
  })
  .strict();

type Props = z.infer<typeof schema>;
type ItemProps = z.infer<typeof Item>;

function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="qs-features__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={ICONS[name]} />
    </svg>
  );
}

function Feature({ item, ctx, showIcon }: { item: ItemProps; ctx: RenderContext; showIcon: boolean }) {
  return (
    <li className="qs-features__item">
      {showIcon && (
        <span className="qs-features__badge">
          <Icon name={item.icon} />
        </span>
      )}
      <div className="qs-features__body">
        {item.title && <h3 className="qs-features__title">{item.title}</h3>}
        {item.text && <p className="qs-features__text">{item.text}</p>}
        {item.linkLabel && item.linkHref && (
          <a className="qs-features__link" href={ctx.href(item.linkHref)}>
            {item.linkLabel}
            <span aria-hidden="true"> →</span>
          </a>
        )}
      </div>
    </li>
  );
}

function Features({ props, ctx, id }: SectionProps<Props>): ReactElement {
  return (
    // Column count is a class, not a style attribute, so a strict CSP needs no 'unsafe-inline'.
    <SectionBand
      type="features"
      props={props}
      id={id}
      title={props.heading}
      modifiers={` qs-features--cols-${props.columns}`}
    >
      <div className="qs-container">
        <HeadingBlock
          className={props.variant === 'list' ? 'qs-heading' : 'qs-heading qs-heading--center'}
          id={id}
          eyebrow={props.eyebrow}
          title={props.heading}
          intro={props.intro}
        />
        <ul className="qs-grid qs-features__items">
          {props.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no ids; their position is their identity
            <Feature key={i} item={item} ctx={ctx} showIcon={props.variant !== 'grid'} />
          ))}
        </ul>
      </div>
    </SectionBand>
  );
}

const item = (icon: IconName, title: string, body: string): ItemProps => ({
  icon,
  title,
  text: body,
  linkLabel: '',
  linkHref: '',
});

export const features = defineSection({
  type: 'features',
  label: 'Features',
  description: 'Services or benefits as a grid, a list or cards with icons.',
  group: 'content',
  schema,
  defaults: {
    variant: 'cards-with-icons',
    anchor: 'services',
    tone: 'default',
    eyebrow: 'Why customers choose us',
    heading: 'Everything you need, handled properly',
    intro: 'Clear prices, trained people and work that lasts — from the first call to the final check.',
    columns: '3',
    items: [
      item(
        'clock',
        'Same-day visits',
        'Call before noon and we can be with you the same afternoon anywhere in Nairobi.',
      ),
      item(
        'wallet',
        'Pay by M-Pesa',
        'A written quote before we start and no surprises: pay by M-Pesa, card or cash.',
      ),
      item(
        'shield',
        '6-month guarantee',
        'If something we fixed fails within six months, we come back and fix it free.',
      ),
    ],
  },
  fields: {
    ...baseFields(VARIANTS, 'services', 'terse'),
    eyebrow: EYEBROW_FIELD,
    heading: TITLE_FIELD,
    intro: INTRO_FIELD,
    columns: {
      kind: 'select',
      label: 'Columns on wide screens',
      options: [
        { value: '2', label: '2' },
        { value: '3', label: '3' },
        { value: '4', label: '4' },
      ],
    },
    items: {
      kind: 'list',
      label: 'Features',
      itemLabel: 'Feature',
      max: 12,
      fields: {
        icon: { kind: 'select', label: 'Icon', options: ICON_NAMES.map((n) => ({ value: n, label: n })) },
        title: { kind: 'text', label: 'Title' },
        text: { kind: 'textarea', label: 'Description' },
        linkLabel: { kind: 'text', label: 'Link text (optional)' },
        linkHref: { kind: 'link', label: 'Link' },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './features.css'),
  Component: Features,
});
