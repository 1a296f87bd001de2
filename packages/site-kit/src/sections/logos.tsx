/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Logos: "trusted by" strip of client or partner logos. A logo without a usable image falls back to
 * the name set as a wordmark, so the strip never shows broken images.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { RenderContext } from '../render/context.js';
import { href, image, list, text } from '../schema/primitives.js';
import { baseFields, baseShape, imageOf } from './common.js';
import { HeadingLines, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'row', label: 'Single row' },
  { id: 'grid', label: 'Grid of tiles' },
] as const;

const logo = z.object({ name: text(80), image: image(), href: href() }).strict();

const schema = z
  .object({
    ...baseShape(VARIANTS),
    tone: z.enum(['default', 'alt', 'inverse']),
    title: text(120),
    logos: list(logo, 24),
  })
  .strict();

type Props = z.infer<typeof schema>;
type Logo = z.infer<typeof logo>;

function Mark({ l, ctx }: { l: Logo; ctx: RenderContext }) {
  const img = imageOf(ctx, l.image);
  if (!img) return <span className="qs-logos__wordmark">{l.name}</span>;
  // A logo's job is to name the company, so its name is the fallback alt text.
  return <ResponsiveImage img={img} alt={l.image.alt || l.name} sizes="10rem" />;
}

function Logos({ props, ctx, id }: SectionProps<Props>) {
  return (
    <SectionBand type="logos" props={props} id={id} title={props.title}>
      <div className="qs-container">
        <HeadingLines id={id} title={props.title} titleClass="qs-logos__title" />
        <ul className="qs-logos__list">
          {props.logos.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: logos have no id; static markup is never reordered
            <li key={i} className="qs-logos__item">
              {l.href ? (
                <a href={ctx.href(l.href)}>
                  <Mark l={l} ctx={ctx} />
                </a>
              ) : (
                <Mark l={l} ctx={ctx} />
              )}
            </li>
          ))}
        </ul>
      </div>
    </SectionBand>
  );
}

const NAMES = [
  'Savanna Coffee Co.',
  'Kilele Tech',
  'Rift Valley Dairies',
  'Jambo Logistics',
  'Mwangaza Schools',
];

export const logos = defineSection({
  type: 'logos',
  label: 'Logos',
  description: 'A strip of client, partner or press logos.',
  group: 'social-proof',
  schema,
  defaults: {
    variant: 'row',
    anchor: '',
    tone: 'default',
    title: 'Trusted by businesses across Kenya',
    logos: NAMES.map((name) => ({ name, image: { src: '', alt: '' }, href: '' })),
  },
  fields: {
    ...baseFields(VARIANTS, 'clients', 'descriptive'),
    title: { kind: 'text', label: 'Title (optional)' },
    logos: {
      kind: 'list',
      label: 'Logos',
      itemLabel: 'Logo',
      max: 24,
      fields: {
        name: { kind: 'text', label: 'Company name' },
        image: { kind: 'image', label: 'Logo image' },
        href: { kind: 'link', label: 'Link (optional)' },
      },
    },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './logos.css'),
  Component: Logos,
});
