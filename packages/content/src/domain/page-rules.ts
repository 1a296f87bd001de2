/** Pure rules for pages: slugs, SEO fields, theme settings. */
import { imageSrc } from '@qspace/site-kit';
import { z } from 'zod';

/** Page slugs: '' for home, else 1–60 of a-z 0-9 and single hyphens; never a path. */
export const PAGE_SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
/** Slugs the public site router uses itself. */
export const RESERVED_PAGE_SLUGS = new Set([
  'blog',
  'feed',
  'rss',
  'sitemap',
  'robots',
  'preview',
  '_forms',
  '_m',
  '_site',
]);

export function pageSlugProblem(slug: string): string | null {
  if (slug.length > 60 || !PAGE_SLUG.test(slug)) return 'slug_invalid';
  if (RESERVED_PAGE_SLUGS.has(slug)) return 'slug_invalid';
  return null;
}

export const SeoInput = z
  .object({
    title: z
      .string()
      .trim()
      .max(70, 'Search engines show about 60 characters of a title; keep it under 70.')
      .default(''),
    description: z
      .string()
      .trim()
      .max(200, 'Search engines show about 155 characters of a description; keep it under 200.')
      .default(''),
    // A social card image follows the same rules as any image on the site.
    image: imageSrc().default(''),
    noindex: z.boolean().default(false),
  })
  .strict();

export const PageTitle = z
  .string()
  .trim()
  .min(1, 'Give the page a title.')
  .max(120, 'Keep the title under 120 characters.');
export const VersionMessage = z
  .string()
  .trim()
  .max(300, 'Keep the message under 300 characters.')
  .default('');
