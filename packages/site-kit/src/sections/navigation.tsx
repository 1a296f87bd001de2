/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Navigation: the site header with the logo, the pages marked "in navigation" (ctx.nav) and an
 * optional button. On phones the links fold into a `<details>` menu, which opens and closes
 * without JavaScript; on wide screens the inline list shows instead (the other copy is
 * `display:none`, so assistive technology only ever meets one of them).
 */
import type { ReactElement } from 'react';
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import type { SectionProps } from '../registry/types.js';
import { defineSection } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, text } from '../schema/primitives.js';
import { variantField, variantSchema } from './common.js';

const VARIANTS = [
  { id: 'inline', label: 'Logo left, links right' },
  { id: 'centered-logo', label: 'Centered logo' },
] as const;

const schema = z
  .object({
    variant: variantSchema(VARIANTS),
    ctaLabel: text(40),
    ctaHref: href(),
    /** Keeps the header visible while scrolling. */
    sticky: z.boolean(),
  })
  .strict();

type Props = z.infer<typeof schema>;

/** The home page of this site; `page:` (no slug) resolves to it under every routing mode. */
const HOME = 'page:';

function Brand({ ctx }: { ctx: RenderContext }) {
  const logo = ctx.site.logo;
  return (
    <a className="qs-navigation__brand" href={ctx.href(HOME)}>
      {logo ? (
        <img
          src={logo.src}
          srcSet={logo.srcSet}
          width={logo.width}
          height={logo.height}
          alt={ctx.site.name}
        />
      ) : (
        <span className="qs-navigation__wordmark">{ctx.site.name}</span>
      )}
    </a>
  );
}

function Links({ ctx, props }: { ctx: RenderContext; props: Props }) {
  return (
    <ul className="qs-navigation__links">
      {/* Nav entries come from the renderer already resolved, so they are printed as they are. */}
      {ctx.nav.map((entry) => (
        <li key={entry.href}>
          <a href={entry.href} aria-current={entry.current ? 'page' : undefined}>
            {entry.title}
          </a>
        </li>
      ))}
      {props.ctaLabel && props.ctaHref && (
        <li className="qs-navigation__cta">
          <a className="qs-button" href={ctx.href(props.ctaHref)}>
            {props.ctaLabel}
          </a>
        </li>
      )}
    </ul>
  );
}

function Navigation({ props, ctx }: SectionProps<Props>): ReactElement {
  const sticky = props.sticky ? ' qs-navigation--sticky' : '';
  return (
    <header className={`qs-navigation qs-navigation--${props.variant}${sticky}`}>
      <nav className="qs-container qs-navigation__bar" aria-label="Main">
        <Brand ctx={ctx} />
        <div className="qs-navigation__wide">
          <Links ctx={ctx} props={props} />
        </div>
        <details className="qs-navigation__menu">
          <summary className="qs-navigation__toggle">
            <span className="qs-navigation__bars" aria-hidden="true" />
            <span>Menu</span>
          </summary>
          <div className="qs-navigation__panel">
            <Links ctx={ctx} props={props} />
          </div>
        </details>
      </nav>
    </header>
  );
}

export const navigation = defineSection({
  type: 'navigation',
  label: 'Navigation',
  description: 'The header with your logo, links to your pages and an optional button.',
  group: 'structure',
  schema,
  defaults: { variant: 'inline', ctaLabel: 'Book now', ctaHref: '#contact', sticky: true },
  fields: {
    variant: variantField(VARIANTS),
    ctaLabel: { kind: 'text', label: 'Button text (empty hides the button)' },
    ctaHref: { kind: 'link', label: 'Button link' },
    sticky: { kind: 'boolean', label: 'Stay at the top while scrolling' },
  },
  variants: VARIANTS,
  // Optional polish only (closes the open menu after a same-page link); the menu works without it.
  clientFeatures: ['nav-toggle'],
  css: readCss(import.meta.url, './navigation.css'),
  Component: Navigation,
});
