import { cn } from '../../lib/cn';

/** Seven tints (tokens in styles.css, with their dark-theme values). */
const PALETTE = [
  'bg-avatar-1 text-on-avatar-1',
  'bg-avatar-2 text-on-avatar-2',
  'bg-avatar-3 text-on-avatar-3',
  'bg-avatar-4 text-on-avatar-4',
  'bg-avatar-5 text-on-avatar-5',
  'bg-avatar-6 text-on-avatar-6',
  'bg-avatar-7 text-on-avatar-7',
] as const;

/** A stable colour per App, from its slug. */
function colourOf(key: string): string {
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}

export function AppAvatar({ name, slug, className }: { name: string; slug: string; className?: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase())
    .join('');
  return (
    <span
      aria-hidden="true"
      className={cn('grid shrink-0 place-items-center rounded-lg font-semibold', colourOf(slug), className)}
    >
      {initials || '?'}
    </span>
  );
}

export const ROLE_LABEL = { owner: 'Owner', admin: 'Admin', editor: 'Editor', viewer: 'Viewer' } as const;
