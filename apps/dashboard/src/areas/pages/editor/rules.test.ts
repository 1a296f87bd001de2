import { describe, expect, it } from 'vitest';
import { inputOf, linkFor, modeOf, placeBetween, ROOT_ZONE, shortcutAction } from './rules';

const key = (
  k: string,
  mods: Partial<Record<'metaKey' | 'ctrlKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  metaKey: false,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('placeBetween', () => {
  const page = ['navigation', 'hero', 'features', 'footer'];
  it('keeps a new section after the navigation and before the footer', () => {
    expect(placeBetween(page, 4)).toBe(3);
    expect(placeBetween(page, 0)).toBe(1);
    expect(placeBetween(page, 2)).toBe(2);
  });
  it('places freely on a page without navigation or footer', () => {
    expect(placeBetween(['hero', 'faq'], 2)).toBe(2);
    expect(placeBetween(['hero', 'faq'], 0)).toBe(0);
    expect(placeBetween([], 5)).toBe(0);
  });
});

describe('shortcutAction', () => {
  const page = ['navigation', 'hero', 'features', 'faq', 'footer'];
  it('duplicates the selected section with ⌘D or Ctrl+D', () => {
    expect(shortcutAction(key('d', { metaKey: true }), 2, page)).toEqual({
      type: 'duplicate',
      sourceIndex: 2,
      sourceZone: ROOT_ZONE,
    });
    expect(shortcutAction(key('D', { ctrlKey: true }), 1, page)?.type).toBe('duplicate');
    expect(shortcutAction(key('d'), 2, page)).toBeNull();
  });
  it('moves with Alt+arrows, but never past the navigation or the footer', () => {
    expect(shortcutAction(key('ArrowUp', { altKey: true }), 2, page)).toEqual({
      type: 'reorder',
      sourceIndex: 2,
      destinationIndex: 1,
      destinationZone: ROOT_ZONE,
    });
    expect(shortcutAction(key('ArrowDown', { altKey: true }), 2, page)?.type).toBe('reorder');
    expect(shortcutAction(key('ArrowUp', { altKey: true }), 1, page)).toBeNull();
    expect(shortcutAction(key('ArrowDown', { altKey: true }), 3, page)).toBeNull();
    expect(shortcutAction(key('ArrowDown', { altKey: true }), 4, page)).toBeNull();
  });
  it('does not duplicate the navigation or the footer', () => {
    expect(shortcutAction(key('d', { metaKey: true }), 0, page)).toBeNull();
    expect(shortcutAction(key('d', { metaKey: true }), 4, page)).toBeNull();
  });
});

describe('link fields', () => {
  it('reads the kind of a stored link', () => {
    expect(modeOf('page:menu')).toBe('page');
    expect(modeOf('mailto:a@b.co')).toBe('email');
    expect(modeOf('tel:+254712345678')).toBe('phone');
    expect(modeOf('#contact')).toBe('anchor');
    expect(modeOf('https://example.co.ke')).toBe('url');
    expect(modeOf('/menu')).toBe('url');
    expect(inputOf('tel:+254712345678')).toBe('+254712345678');
    expect(inputOf('page:menu')).toBe('menu');
  });
  it('writes what was typed as the stored link', () => {
    expect(linkFor('email', ' hello@pwani.co.ke ')).toEqual({ href: 'mailto:hello@pwani.co.ke' });
    expect(linkFor('phone', '+254 712 345 678')).toEqual({ href: 'tel:+254712345678' });
    expect(linkFor('anchor', '#contact')).toEqual({ href: '#contact' });
    expect(linkFor('url', 'pwani.co.ke/menu')).toEqual({ href: 'https://pwani.co.ke/menu' });
    expect(linkFor('url', '/menu')).toEqual({ href: '/menu' });
    expect(linkFor('page', 'about')).toEqual({ href: 'page:about' });
    expect(linkFor('url', '')).toEqual({ href: '' });
  });
  it('says how to fix what cannot be a link', () => {
    expect(linkFor('email', 'not an email')).toEqual({ error: expect.stringContaining('email address') });
    expect(linkFor('phone', '12')).toEqual({ error: expect.stringContaining('+254') });
    expect(linkFor('anchor', 'Our Team')).toEqual({ error: expect.stringContaining('lowercase') });
    expect(linkFor('url', 'javascript:alert(1)')).toEqual({ error: expect.stringContaining('web address') });
    expect(linkFor('url', 'https://exa mple.com')).toEqual({ error: expect.stringContaining('spaces') });
  });
});
