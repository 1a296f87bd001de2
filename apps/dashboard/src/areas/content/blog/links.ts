/**
 * Which link addresses the blog editor accepts: https, mailto, tel and paths of this site. A
 * narrower rule than the server's (which also takes http:// and #anchors) on purpose: visitors of a
 * small business site should never be sent to an unencrypted address from its blog.
 */

export const LINK_RULE = 'Use a https:// address, mailto:, tel:, or a page path like /menu.';

const PATH = /^\/(?!\/)[\w\-./~%?=&#+]*$/;
const PAGE = /^page:[a-z0-9-]+$/;

/**
 * The address to store for what the author typed, or an error message. A bare domain
 * (`example.com/x`) becomes https://; spaces around are trimmed, and those inside a phone number.
 */
export function checkLink(input: string): { href: string } | { error: string } {
  const value = input.trim();
  if (!value) return { error: 'Type an address for the link.' };
  // Phone numbers are typed with spaces; the stored link has none (the server refuses them).
  if (/^tel:\+?[\d\s().-]{3,}$/i.test(value)) return { href: value.replace(/[\s().-]/g, '') };
  if (/\s/.test(value)) return { error: `Remove the spaces. ${LINK_RULE}` };
  if (/^https:\/\/[^/\s]+\.[^/\s]+/i.test(value)) return { href: value };
  if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(value)) return { href: value };
  if (PATH.test(value) || PAGE.test(value)) return { href: value };
  if (/^http:\/\//i.test(value)) return { error: `Use the https:// address. ${LINK_RULE}` };
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return { href: `https://${value}` };
  if (/^[^@\s:/]+@[^@\s]+\.[^@\s]+$/.test(value)) return { href: `mailto:${value}` };
  return { error: `This link is not allowed. ${LINK_RULE}` };
}

/** For Tiptap's link extension: may this address become a link (typed, pasted or auto-linked)? */
export function isAllowedLink(url: string): boolean {
  const result = checkLink(url);
  return 'href' in result && result.href === url.trim();
}
