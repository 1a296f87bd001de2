/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Footer: the site's closing band — name and tagline, columns of links, social profiles and the
 * copyright line. 'simple' puts everything on one centered block and lists the navigation pages.
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, link, list, text } from '../schema/primitives.js';
import { variantField, variantSchema } from './common.js';

const VARIANTS = [
  { id: 'columns', label: 'Columns of links' },
  { id: 'simple', label: 'Simple' },
] as const;

const NETWORKS = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  x: 'X',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  whatsapp: 'WhatsApp',
} as const;
type Network = keyof typeof NETWORKS;
const NETWORK_IDS = Object.keys(NETWORKS) as [Network, ...Network[]];

const Column = z.object({ title: text(60), links: list(link(), 8) }).strict();
const Social = z.object({ network: z.enum(NETWORK_IDS), href: href() }).strict();

const schema = z
  .object({
    variant: variantSchema(VARIANTS),
    tagline: text(200),
    columns: list(Column, 4),
    social: list(Social, 7),
    /** Printed after "© <year> <site name>". */
    legal: text(160),
  })
  .strict();

type Props = z.infer<typeof schema>;
type ColumnProps = z.infer<typeof Column>;

function LinkColumn({ column, ctx }: { column: ColumnProps; ctx: RenderContext }) {
  return (
    <div className="qs-footer__column">
      {column.title && <h2 className="qs-footer__title">{column.title}</h2>}
      <ul className="qs-footer__links">
        {column.links.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: links have no ids; their position is their identity
          <li key={i}>
            <a href={ctx.href(l.href)}>{l.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SocialLinks({ props, ctx }: { props: Props; ctx: RenderContext }) {
  const social = props.social.filter((s) => s.href);
  if (social.length === 0) return null;
  return (
    <ul className="qs-footer__social" aria-label="Social media">
      {social.map((s) => (
        <li key={s.network + s.href}>
          <a href={ctx.href(s.href)} rel="me noopener">
            {NETWORKS[s.network]}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Navigation pages, for the simple layout (the columns layout has its own link lists). */
function PageLinks({ ctx }: { ctx: RenderContext }) {
  if (ctx.nav.length === 0) return null;
  return (
    <nav aria-label="Footer">
      <ul className="qs-footer__pages">
        {ctx.nav.map((entry) => (
          <li key={entry.href}>
            <a href={entry.href} aria-current={entry.current ? 'page' : undefined}>
              {entry.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer({ props, ctx }: SectionProps<Props>): ReactElement {
  // Rendered at publish time; the cache is refreshed on every publish, so the year stays current
  // for any site that is still being looked after.
  const year = new Date().getFullYear();
  return (
    <footer className={`qs-footer qs-footer--${props.variant}`}>
      <div className="qs-container">
        <div className="qs-footer__top">
          <div className="qs-footer__about">
            <p className="qs-footer__name">{ctx.site.name}</p>
            {props.tagline && <p className="qs-footer__tagline">{props.tagline}</p>}
            <SocialLinks props={props} ctx={ctx} />
          </div>
          {props.variant === 'columns' ? (
            props.columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns have no ids; their position is their identity
              <LinkColumn key={i} column={column} ctx={ctx} />
            ))
          ) : (
            <PageLinks ctx={ctx} />
          )}
        </div>
        <p className="qs-footer__legal">
          © {year} {ctx.site.name}
          {props.legal && <span> · {props.legal}</span>}
        </p>
      </div>
    </footer>
  );
}

export const footer = defineSection({
  type: 'footer',
  label: 'Footer',
  description: 'The bottom of every page: your name, useful links, social profiles and copyright.',
  group: 'structure',
  schema,
  defaults: {
    variant: 'columns',
    tagline: 'Honest work, fair prices and friendly people — serving Nairobi since 2014.',
    columns: [
      {
        title: 'Company',
        links: [
          { label: 'About us', href: 'page:about' },
          { label: 'Services', href: '#services' },
          { label: 'Contact', href: '#contact' },
        ],
      },
      {
        title: 'Visit or call',
        links: [
          { label: '+254 712 345 678', href: 'tel:+254712345678' },
          { label: 'hello@example.co.ke', href: 'mailto:hello@example.co.ke' },
        ],
      },
    ],
    social: [
      { network: 'facebook', href: 'https://facebook.com/' },
      { network: 'instagram', href: 'https://instagram.com/' },
    ],
    legal: 'All rights reserved.',
  },
  fields: {
    variant: variantField(VARIANTS),
    tagline: { kind: 'text', label: 'Short description' },
    columns: {
      kind: 'list',
      label: 'Link columns',
      itemLabel: 'Column',
      max: 4,
      fields: {
        title: { kind: 'text', label: 'Column title' },
        links: {
          kind: 'list',
          label: 'Links',
          itemLabel: 'Link',
          max: 8,
          fields: { label: { kind: 'text', label: 'Text' }, href: { kind: 'link', label: 'Link' } },
        },
      },
    },
    social: {
      kind: 'list',
      label: 'Social profiles',
      itemLabel: 'Profile',
      max: 7,
      fields: {
        network: {
          kind: 'select',
          label: 'Network',
          options: NETWORK_IDS.map((id) => ({ value: id, label: NETWORKS[id] })),
        },
        href: { kind: 'link', label: 'Profile address' },
      },
    },
    legal: { kind: 'text', label: 'Text after the copyright' },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './footer.css'),
  Component: Footer,
});
