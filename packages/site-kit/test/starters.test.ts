import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { designSystemById } from '../src/design/systems/index.js';
import { CATEGORIES } from '../src/design/types.js';
import { richTextDoc } from '../src/richtext/schema.js';
import { SECTIONS } from '../src/sections/index.js';
import { STARTERS, starterById } from '../src/starters/index.js';

const IMAGES = new URL('../src/assets/images/', import.meta.url);

/** Every string anywhere in a value, for finding image references. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Link text Lighthouse's link-text audit rejects as non-descriptive (its list, lower-cased). */
const GENERIC_LINK_TEXT = new Set([
  'click here',
  'click this',
  'go',
  'here',
  'this',
  'start',
  'right here',
  'more',
  'learn more',
  'read more',
  'see more',
  'more info',
  'more information',
  'link',
  'continue',
]);

/** Every label a visitor reads on a button or link: `{ label, href }` pairs and the `…Label` props. */
function buttonLabels(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(buttonLabels);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own = typeof o.label === 'string' && typeof o.href === 'string' ? [o.label] : [];
  const named = Object.entries(o)
    .filter(([k, v]) => /Label$/.test(k) && typeof v === 'string' && v !== '')
    .map(([, v]) => v as string);
  return [...own, ...named, ...Object.values(o).flatMap(buttonLabels)];
}

describe('starters', () => {
  it('has nine starters, three per category, with unique ids', () => {
    expect(STARTERS).toHaveLength(9);
    expect(new Set(STARTERS.map((s) => s.id)).size).toBe(9);
    for (const c of CATEGORIES) expect(STARTERS.filter((s) => s.category === c.id)).toHaveLength(3);
    expect(starterById('shops-pwani')?.designSystem).toBe('pwani');
  });

  it.each(STARTERS.map((s) => [s.id, s] as const))(
    '%s is named after its category and design system',
    (_, s) => {
      const ds = designSystemById(s.designSystem);
      expect(ds?.category).toBe(s.category);
      expect(s.id).toBe(`${s.category}-${s.designSystem}`);
    },
  );

  it.each(STARTERS.map((s) => [s.id, s] as const))('%s has a home, about, offer and contact page', (_, s) => {
    const slugs = s.pages.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(s.pages.filter((p) => p.isHome).map((p) => p.slug)).toEqual(['']);
    expect(slugs).toContain('about');
    expect(slugs).toContain('contact');
    expect(slugs.length).toBeGreaterThanOrEqual(4);
    const home = s.pages.find((p) => p.isHome);
    expect(home?.sections[0]?.type).toBe('navigation');
    expect(home?.sections.at(-1)?.type).toBe('footer');
    expect(home?.sections.length).toBeGreaterThanOrEqual(6);
    expect(s.pages.find((p) => p.slug === 'contact')?.sections.some((x) => x.type === 'contact')).toBe(true);
    if (s.category === 'shops')
      expect(s.pages.some((p) => p.sections.some((x) => x.type === 'products'))).toBe(true);
  });

  it.each(STARTERS.map((s) => [s.id, s] as const))(
    '%s: every section validates against its registry schema',
    (_, s) => {
      for (const page of s.pages) {
        page.sections.forEach((sec, i) => {
          const def = SECTIONS.find((d) => d.type === sec.type);
          expect(def, `${page.slug}#${i}: unknown section type ${sec.type}`).toBeDefined();
          const result = def?.schema.safeParse(sec.props);
          const problems = result?.success
            ? []
            : (result?.error.issues ?? []).map((x) => `${x.path.join('.')}: ${x.message}`);
          expect(problems, `${s.id} /${page.slug} section ${i} (${sec.type})`).toEqual([]);
        });
      }
    },
  );

  it.each(STARTERS.map((s) => [s.id, s] as const))(
    '%s has SEO titles and 120–160 character descriptions',
    (_, s) => {
      for (const page of s.pages) {
        expect(page.seo.title.length, page.slug).toBeGreaterThan(10);
        expect(page.seo.title.length, page.slug).toBeLessThanOrEqual(70);
        const n = page.seo.description.length;
        expect(n >= 120 && n <= 160, `${s.id} /${page.slug}: ${n} chars`).toBe(true);
      }
    },
  );

  it.each(STARTERS.map((s) => [s.id, s] as const))(
    '%s has 2–3 posts with unique slugs and valid bodies',
    (_, s) => {
      expect(s.posts.length).toBeGreaterThanOrEqual(2);
      expect(s.posts.length).toBeLessThanOrEqual(3);
      expect(new Set(s.posts.map((p) => p.slug)).size).toBe(s.posts.length);
      for (const post of s.posts) {
        expect(post.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const result = richTextDoc().safeParse(post.body);
        expect(result.success, `${post.slug}: ${result.error?.issues[0]?.path.join('.')}`).toBe(true);
      }
    },
  );

  it.each(STARTERS.map((s) => [s.id, s] as const))('%s only references bundled images that exist', (_, s) => {
    const refs = strings(s).filter((x) => x.startsWith('/_site/'));
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/_site\/images\/[\w/-]+\.svg$/);
      expect(existsSync(new URL(ref.slice('/_site/images/'.length), IMAGES)), ref).toBe(true);
    }
  });

  it.each(STARTERS.map((s) => [s.id, s] as const))(
    '%s labels every button and link with where it goes (Lighthouse link-text)',
    (_, s) => {
      const labels = buttonLabels(s);
      expect(labels.length).toBeGreaterThan(3);
      const generic = labels.filter((l) =>
        GENERIC_LINK_TEXT.has(
          l
            .trim()
            .toLowerCase()
            .replace(/[.…!→]+$/, ''),
        ),
      );
      expect(generic, `${s.id}: say what the link opens, e.g. "Read our story"`).toEqual([]);
    },
  );

  it.each(STARTERS.map((s) => [s.id, s] as const))(
    '%s does not repeat the business name in the footer legal line (it follows "© <year> <name>")',
    (_, s) => {
      for (const page of s.pages) {
        const foot = page.sections.find((x) => x.type === 'footer');
        expect(String(foot?.props.legal ?? ''), page.slug).not.toContain(s.site.name);
      }
    },
  );

  it('never ships placeholder text', () => {
    const all = strings(STARTERS).join('\n').toLowerCase();
    expect(all).not.toMatch(/lorem|ipsum|example\.co\.ke|todo/);
  });
});
