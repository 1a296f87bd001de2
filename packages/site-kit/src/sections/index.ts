/**
 * The section registry: every section type, in the order the editor's library shows them.
 * Adding a section = one file in this folder + one line here; everything else (validation, editor
 * config, rendering, docs) reads this list.
 */
import type { SectionDefinition } from '../registry/types.js';
import { blogList } from './blog-list.js';
import { contact } from './contact.js';
import { cta } from './cta.js';
import { faq } from './faq.js';
import { features } from './features.js';
import { footer } from './footer.js';
import { gallery } from './gallery.js';
import { hero } from './hero.js';
import { imageText } from './image-text.js';
import { logos } from './logos.js';
import { navigation } from './navigation.js';
import { pricing } from './pricing.js';
import { products } from './products.js';
import { richText } from './rich-text.js';
import { stats } from './stats.js';
import { team } from './team.js';
import { testimonials } from './testimonials.js';

export const SECTIONS = [
  navigation,
  hero,
  features,
  imageText,
  products,
  pricing,
  stats,
  testimonials,
  logos,
  team,
  gallery,
  faq,
  richText,
  blogList,
  cta,
  contact,
  footer,
] as const satisfies readonly SectionDefinition[];

export type SectionType = (typeof SECTIONS)[number]['type'];
