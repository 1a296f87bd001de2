/** App slugs: the App's address (`<slug>.qspace…`), so they follow DNS-label rules plus a reserved list. */
export const RESERVED_SLUGS = new Set([
  'www',
  'api',
  'admin',
  'app',
  'apps',
  'dashboard',
  'static',
  'assets',
  'cdn',
  'mail',
  'email',
  'smtp',
  'auth',
  'login',
  'signin',
  'signup',
  'account',
  'accounts',
  'billing',
  'help',
  'support',
  'status',
  'docs',
  'blog',
  'dev',
  'test',
  'staging',
  'root',
  'system',
  'qspace',
  'quickscale',
  'media',
  'files',
  'public',
  'internal',
  'security',
  'about',
  'pricing',
  'new',
  'settings',
]);

const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$/;

export type SlugProblem = 'format' | 'reserved';

export function checkSlug(slug: string): SlugProblem | null {
  if (!SLUG_RE.test(slug) || slug.includes('--')) return 'format';
  if (RESERVED_SLUGS.has(slug)) return 'reserved';
  return null;
}

/** A slug suggestion from a name: "Mama Oliech's Kitchen" → "mama-oliechs-kitchen". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}
