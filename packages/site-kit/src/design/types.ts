/** Design systems and starters: the types the nine starters are written in. */
import type { TokenValues } from './tokens.js';

export const CATEGORIES = [
  { id: 'business', name: 'Business & Services' },
  { id: 'shops', name: 'Shops & Restaurants' },
  { id: 'creators', name: 'Creators & Personal' },
] as const;
export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** A self-hosted font family from the curated list (design/fonts.ts). */
export interface FontChoice {
  id: string;
  name: string;
  /** CSS font-family stack, e.g. `"Inter", system-ui, sans-serif`. */
  stack: string;
}

export interface DesignSystem {
  /** Stable id, e.g. `meridian`. */
  id: string;
  name: string;
  category: CategoryId;
  /** One sentence a person choosing a look can understand. */
  description: string;
  tokens: TokenValues;
  /** Default fonts (ids from the curated list); an App may override them. */
  fonts: { heading: string; body: string };
  /** Extra CSS for this system's visual treatments, scoped under `.ds-<id>`. Keep it small. */
  css: string;
}

/** A section as stored in a page: the `id` is stable across versions (anchors, form targets, diffs). */
export interface SectionInstance {
  id: string;
  type: string;
  props: Record<string, unknown>;
}

export interface SeoFields {
  title: string;
  description: string;
  /** Social card image source (same rules as section images), or empty. */
  image: string;
  noindex: boolean;
}

export interface StarterPage {
  slug: string; // '' for the home page
  title: string;
  isHome: boolean;
  /** Shown in navigation (in array order). */
  inNav: boolean;
  seo: SeoFields;
  sections: Omit<SectionInstance, 'id'>[];
}

export interface StarterPost {
  slug: string;
  title: string;
  excerpt: string;
  cover: { src: string; alt: string };
  tags: string[];
  author: string;
  /** Rich text document (richtext/schema.ts). */
  body: unknown;
  /** Days before the App's creation the post appears published. */
  daysAgo: number;
}

export interface Starter {
  /** `<category>-<designSystem>`, e.g. `business-meridian`. */
  id: string;
  category: CategoryId;
  designSystem: string;
  /** Name shown in the create-App wizard, e.g. "Meridian — consulting firm". */
  name: string;
  description: string;
  /** A sample site name and tagline the owner replaces with their own. */
  site: { name: string; tagline: string };
  pages: StarterPage[];
  posts: StarterPost[];
}
