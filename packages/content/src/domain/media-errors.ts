/**
 * Errors of the media library. Kept apart from the content catalog (errors.ts) only because both
 * were written at the same time; the codes share the `content.` namespace so they can merge later.
 */
import { defineErrors } from '@qspace/core';

export const MediaErrors = defineErrors('content', {
  media_too_large: {
    status: 413,
    message: 'This file is larger than the media library accepts. Resize or compress it, then upload again.',
  },
  media_upload_incomplete: {
    status: 400,
    message: 'The upload stopped before the whole file arrived. Check the connection and upload it again.',
  },
  media_type_refused: {
    status: 415,
    message:
      'This kind of file cannot go in the media library. Upload a JPEG, PNG, WebP, AVIF, GIF, SVG or PDF.',
  },
  media_image_unreadable: {
    status: 422,
    message: 'The image could not be decoded; it may be damaged or cut short. Export it again and upload it.',
  },
  media_image_too_many_pixels: {
    status: 422,
    message:
      'The image has too many pixels to process. Scale it down (e.g. to 6000 px wide) and upload again.',
  },
  media_svg_invalid: {
    status: 422,
    message:
      'This SVG is not well-formed XML (or uses a DOCTYPE with entities). Export it again as plain SVG and upload it.',
  },
  media_file_missing: {
    status: 400,
    message: 'Send the file as multipart/form-data in a field named `file` (and optionally `alt`).',
  },
  media_not_found: { status: 404, message: 'No file with this id in this App’s media library.' },
  media_in_use: {
    status: 409,
    message:
      'This file is still used on the site. Remove it from those pages and posts first, or delete with force=true.',
  },
  media_alt_too_long: { status: 400, message: 'Keep the alt text under 1000 characters.' },
  storage_key_invalid: {
    status: 400,
    message: 'A storage key is a relative path of letters, digits, dots, dashes and underscores.',
  },
});
