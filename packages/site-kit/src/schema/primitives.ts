/**
 * Building blocks for section schemas. Every string a visitor can see goes through `text`/`longText`
 * (length-limited, control characters refused); React escapes them on render, so markup typed into
 * a field shows as text and never runs. Every URL goes through `href` or `imageSrc`, which refuse
 * script-capable schemes (`javascript:`, `data:`, `vbscript:`, ...) with a message saying what is allowed.
 */
import { z } from 'zod';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse control characters
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A single line of visible text. */
export const text = (max = 200) =>
  z
    .string()
    .max(max, `Keep this under ${max} characters.`)
    .refine((s) => !CONTROL.test(s), 'Remove the invisible control characters from this text.');

/** A paragraph or a few: newlines allowed. */
export const longText = (max = 2000) => text(max);

/**
 * A link target. Allowed: a site path (`/about`, `/blog/post`), an anchor (`#contact`), `https://` or
 * `http://` URLs, `mailto:` and `tel:` links, and `page:<slug>` (a page of this site, resolved at render).
 */
export const HREF_RULE =
  'Use a path like /about, an anchor like #contact, a https:// address, mailto:, tel: or page:<slug>.';
const SAFE_HREF = /^(?:\/(?!\/)|#|https?:\/\/|mailto:|tel:|page:[a-z0-9-]*$)/i;
export const href = () =>
  z
    .string()
    .trim()
    .max(2000, 'Keep links under 2000 characters.')
    .refine(
      (s) => s === '' || (SAFE_HREF.test(s) && !CONTROL.test(s) && !/\s/.test(s.replace(/^tel:/i, ''))),
      {
        message: `This link is not allowed. ${HREF_RULE}`,
      },
    );

/**
 * An image source: `media:<id>` (an asset of this App's media library), a site-kit bundled asset
 * (`/_site/…`) or a `https://` URL.
 */
export const IMAGE_RULE = 'Pick an image from the media library, or use a https:// address.';
const SAFE_IMAGE = /^(?:media:[0-9a-f-]{36}$|\/_site\/[\w./-]+$|https:\/\/)/i;
export const imageSrc = () =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((s) => s === '' || (SAFE_IMAGE.test(s) && !s.includes('..')), {
      message: `This image is not allowed. ${IMAGE_RULE}`,
    });

/** An image with its alternative text (empty alt = decorative). */
export const image = () => z.object({ src: imageSrc(), alt: text(300) }).strict();

/** A `#rrggbb` color. */
export const color = () => z.string().regex(/^#[0-9a-f]{6}$/i, 'Use a color like #1a7f5a.');

/** A call-to-action link. */
export const link = () => z.object({ label: text(80), href: href() }).strict();

/** An anchor id for in-page links (`#contact`). */
export const anchorId = () =>
  z
    .string()
    .max(60)
    .regex(/^([a-z][a-z0-9-]*)?$/, 'Use lowercase letters, digits and hyphens, starting with a letter.');

/** Prices in Kenyan shillings, stored in cents (minor units) so sums stay exact. */
export const priceKes = () => z.number().int().min(0).max(10_000_000_000);

/** A list of items with limits, so a page can never grow without bound. */
export const list = <T extends z.ZodType>(item: T, max = 24) =>
  z.array(item).max(max, `Keep this list to ${max} items or fewer.`);
