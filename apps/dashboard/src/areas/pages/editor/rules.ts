/**
 * The editor's rules that need no browser: where a new section may go, what a keyboard shortcut
 * does to the selected section, and how a link field reads and writes stored links.
 */
import type { PuckAction } from '@puckeditor/core';

/** Puck's root drop zone, where a page's sections live. */
export const ROOT_ZONE = 'root:default-zone';

/**
 * Where a new section may go: a page's navigation stays first and its footer last (the server
 * refuses anything else), so a position outside them moves just inside.
 */
export function placeBetween(types: readonly string[], wanted: number): number {
  let index = Math.max(0, Math.min(wanted, types.length));
  if (types[types.length - 1] === 'footer') index = Math.min(index, types.length - 1);
  if (types[0] === 'navigation') index = Math.max(index, 1);
  return index;
}

/** The action for a shortcut on the selected root section, or null when the key is not one. */
export function shortcutAction(
  e: Pick<KeyboardEvent, 'key' | 'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey'>,
  index: number,
  types: readonly string[],
): PuckAction | null {
  const mod = e.metaKey || e.ctrlKey;
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'd') {
    if (types[index] === 'navigation' || types[index] === 'footer') return null;
    return { type: 'duplicate', sourceIndex: index, sourceZone: ROOT_ZONE };
  }
  if (e.altKey && !mod && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
    const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
    const fixed = (i: number) =>
      (i === 0 && types[0] === 'navigation') || (i === types.length - 1 && types[i] === 'footer');
    if (to < 0 || to >= types.length || fixed(index) || fixed(to)) return null;
    return { type: 'reorder', sourceIndex: index, destinationIndex: to, destinationZone: ROOT_ZONE };
  }
  return null;
}

export type LinkMode = 'page' | 'url' | 'email' | 'phone' | 'anchor';

export const MODES: { id: LinkMode; label: string }[] = [
  { id: 'page', label: 'Page' },
  { id: 'url', label: 'Web address' },
  { id: 'email', label: 'Email' },
  { id: 'phone', label: 'Phone' },
  { id: 'anchor', label: 'Section' },
];

export function modeOf(href: string): LinkMode {
  if (href.startsWith('page:')) return 'page';
  if (href.startsWith('mailto:')) return 'email';
  if (href.startsWith('tel:')) return 'phone';
  if (href.startsWith('#')) return 'anchor';
  return 'url';
}

/** What the person typed in a mode → the stored link, or a message saying how to fix it. */
export function linkFor(mode: LinkMode, input: string): { href: string } | { error: string } {
  const v = input.trim();
  if (!v) return { href: '' };
  switch (mode) {
    case 'page':
      return { href: `page:${v}` };
    case 'email':
      return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)
        ? { href: `mailto:${v}` }
        : { error: 'Type an email address like hello@example.co.ke.' };
    case 'phone': {
      const digits = v.replace(/[\s().-]/g, '');
      return /^\+?\d{6,15}$/.test(digits)
        ? { href: `tel:${digits}` }
        : { error: 'Type a phone number like +254 712 345 678.' };
    }
    case 'anchor': {
      const id = v.replace(/^#/, '');
      return /^[a-z][a-z0-9-]*$/.test(id)
        ? { href: `#${id}` }
        : { error: 'Use the section’s anchor: lowercase letters, digits and hyphens, like contact.' };
    }
    case 'url':
      if (/\s/.test(v)) return { error: 'Remove the spaces from the address.' };
      if (/^https?:\/\/[^/\s]+\.[^/\s]+/i.test(v) || /^\/(?!\/)/.test(v)) return { href: v };
      if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v)) return { href: `https://${v}` };
      return { error: 'Type a web address like https://example.co.ke, or a path like /menu.' };
  }
}

/** The text shown in the input for a stored link in its mode. */
export function inputOf(href: string): string {
  return href.replace(/^(page:|mailto:|tel:|#)/, '');
}
