/**
 * Small builders the nine starters are written with. Every section starts from its registry
 * `defaults` and overrides fields, so starter content stays valid as section schemas grow.
 */
import type { z } from 'zod';
import type { SectionInstance, SeoFields, StarterPage } from '../design/types.js';
import type { SectionDefinition } from '../registry/types.js';
import type { BlockNode, InlineNode, ListItemNode, RichTextDoc } from '../richtext/nodes.js';
import { contact } from '../sections/contact.js';
import type { features } from '../sections/features.js';
import { footer } from '../sections/footer.js';
import type { gallery } from '../sections/gallery.js';
import { navigation } from '../sections/navigation.js';
import type { pricing } from '../sections/pricing.js';
import type { products } from '../sections/products.js';
import type { team } from '../sections/team.js';
import type { testimonials } from '../sections/testimonials.js';

export type StarterSection = Omit<SectionInstance, 'id'>;

/** A section of type `def.type`: its defaults with `props` laid over them (top-level fields). */
export function section<S extends z.ZodType>(
  def: SectionDefinition<S>,
  props: Partial<z.infer<S>>,
): StarterSection {
  const base = structuredClone(def.defaults) as Record<string, unknown>;
  return { type: def.type, props: { ...base, ...(props as Record<string, unknown>) } };
}

/** A bundled image: `/_site/images/<path>` (files live in src/assets/images). */
export const img = (path: string): string => `/_site/images/${path}`;

export const seo = (title: string, description: string, image = ''): SeoFields => ({
  title,
  description,
  image: image ? img(image) : '',
  noindex: false,
});

type PropsOf<D extends { schema: z.ZodType }> = Partial<z.infer<D['schema']>>;

/**
 * Page builders for one starter, whose every page opens with its navigation and closes with its
 * footer (built here from their props). `contactPage` is the page each starter ends with: the
 * contact form at `#contact`, then any further sections (opening-hours FAQ, say).
 */
export function frame(props: { nav: PropsOf<typeof navigation>; footer: PropsOf<typeof footer> }) {
  const nav = section(navigation, props.nav);
  const foot = section(footer, props.footer);
  // Every starter page is in the navigation; '' is the home page.
  const framed = (slug: string, title: string, meta: SeoFields, sections: StarterSection[]): StarterPage => ({
    slug,
    title,
    isHome: slug === '',
    inNav: true,
    seo: meta,
    sections: [nav, ...sections, foot],
  });
  const contactPage = (
    title: string,
    meta: SeoFields,
    form: PropsOf<typeof contact>,
    ...more: StarterSection[]
  ) =>
    framed('contact', title, meta, [
      section(contact, { anchor: 'contact', tone: 'default', ...form }),
      ...more,
    ]);
  return { page: framed, contactPage };
}

/** A footer or button link that calls this number (`tel:` keeps only + and digits). */
export const phoneLink = (phone: string, label = phone) => ({
  label,
  href: `tel:${phone.replace(/[^+0-9]/g, '')}`,
});

export const emailLink = (email: string) => ({ label: email, href: `mailto:${email}` });

/** Placeholder social profiles (each network's home page) until the owner puts in their own. */
const PROFILE_HOME = {
  facebook: 'https://facebook.com/',
  instagram: 'https://instagram.com/',
  linkedin: 'https://www.linkedin.com/',
  tiktok: 'https://www.tiktok.com/',
  x: 'https://x.com/',
  youtube: 'https://www.youtube.com/',
} as const;

export const profile = (network: keyof typeof PROFILE_HOME) => ({ network, href: PROFILE_HOME[network] });

// Item types of list props, read from the section schemas so they cannot drift.
export type FeatureItem = z.infer<typeof features.schema>['items'][number];
export type ProductItem = z.infer<typeof products.schema>['items'][number];
export type Plan = z.infer<typeof pricing.schema>['plans'][number];
export type Member = z.infer<typeof team.schema>['members'][number];
export type Quote = z.infer<typeof testimonials.schema>['items'][number];
export type GalleryItem = z.infer<typeof gallery.schema>['items'][number];
export type FooterColumn = z.infer<typeof footer.schema>['columns'][number];
export type FormField = z.infer<typeof contact.schema>['fields'][number];

/** A feature; its optional link needs its own words ("See coaching plans", not "Learn more"). */
export const feature = (
  icon: FeatureItem['icon'],
  title: string,
  text: string,
  link: { label: string; href: string } = { label: '', href: '' },
): FeatureItem => ({
  icon,
  title,
  text,
  linkLabel: link.label,
  linkHref: link.href,
});

export const product = (
  category: string,
  name: string,
  description: string,
  shillings: number,
  image = '',
  extra: Partial<Pick<ProductItem, 'badge' | 'href'>> = {},
): ProductItem => ({
  name,
  description,
  price: Math.round(shillings * 100),
  image: { src: image ? img(image) : '', alt: image ? name : '' },
  category,
  badge: extra.badge ?? '',
  href: extra.href ?? '',
});

export const plan = (
  name: string,
  shillings: number,
  period: string,
  description: string,
  features: string[],
  ctaLabel: string,
  highlighted = false,
): Plan => ({
  name,
  price: shillings * 100,
  period,
  description,
  features: features.join('\n'),
  ctaLabel,
  ctaHref: '#contact',
  highlighted,
});

export const member = (name: string, role: string, bio: string, photo: string): Member => ({
  name,
  role,
  bio,
  photo: { src: img(photo), alt: `Portrait of ${name}` },
  href: '',
});

export const quote = (text: string, name: string, role: string, rating = 5, photo = ''): Quote => ({
  quote: text,
  name,
  role,
  photo: { src: photo ? img(photo) : '', alt: photo ? name : '' },
  rating,
});

export const photo = (path: string, caption: string, alt = caption): GalleryItem => ({
  image: { src: img(path), alt },
  caption,
});

export const field = (
  name: string,
  label: string,
  type: FormField['type'],
  required: boolean,
  options: string[] = [],
): FormField => ({ name, label, type, required, options });

export const logo = (id: string, name: string, light = false) => ({
  name,
  image: { src: img(`shared/${light ? 'logos-light' : 'logos'}/${id}.svg`), alt: name },
  href: '',
});

/** The eight shared client logos of the logo strips. */
export const CLIENT_LOGOS: [string, string][] = [
  ['jamii-fibre', 'Jamii Fibre'],
  ['shamba-bora', 'Shamba Bora'],
  ['kilele-capital', 'Kilele Capital'],
  ['pwani-freight', 'Pwani Freight'],
  ['kazi-labs', 'Kazi Labs'],
  ['maji-safi', 'Maji Safi'],
  ['jua-energy', 'Jua Energy'],
  ['umeme-motors', 'Umeme Motors'],
];

// Rich text: a tiny writer for post bodies. `**bold**` and `_italic_` are recognised inline.
function inline(s: string): InlineNode[] {
  const out: InlineNode[] = [];
  for (const part of s.split(/(\*\*[^*]+\*\*|_[^_]+_)/)) {
    if (!part) continue;
    if (part.startsWith('**')) out.push({ type: 'text', text: part.slice(2, -2), marks: [{ type: 'bold' }] });
    else if (part.startsWith('_') && part.endsWith('_') && part.length > 2)
      out.push({ type: 'text', text: part.slice(1, -1), marks: [{ type: 'italic' }] });
    else out.push({ type: 'text', text: part });
  }
  return out;
}
const item = (s: string): ListItemNode => ({ type: 'listItem', content: [p(s)] });

export const p = (s: string): BlockNode => ({ type: 'paragraph', content: inline(s) });
export const h2 = (s: string): BlockNode => ({ type: 'heading', attrs: { level: 2 }, content: inline(s) });
export const h3 = (s: string): BlockNode => ({ type: 'heading', attrs: { level: 3 }, content: inline(s) });
export const ul = (...items: string[]): BlockNode => ({ type: 'bulletList', content: items.map(item) });
export const ol = (...items: string[]): BlockNode => ({ type: 'orderedList', content: items.map(item) });
export const blockquote = (s: string): BlockNode => ({ type: 'blockquote', content: [p(s)] });
export const doc = (...content: BlockNode[]): RichTextDoc => ({ type: 'doc', content });
