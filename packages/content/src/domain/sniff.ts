/**
 * What a file really is, decided from its bytes alone: the uploaded name and the declared
 * Content-Type are whatever the client says, so they never take part in the decision (an HTML page
 * renamed photo.jpg is HTML). Binary formats are recognised by their signatures (file-type); SVG,
 * being text, only by parsing it as XML with an `<svg>` root.
 */
import { fileTypeFromBuffer } from 'file-type';
import { MediaErrors } from './media-errors.js';
import { ALLOWED_LABELS, type AllowedType, allowedType } from './media-rules.js';
import { parseSvg, type SanitizedSvg } from './svg.js';

/** Bytes from the start of a file that signature detection needs (file-type reads at most ~4 KB). */
export const SNIFF_BYTES = 64 * 1024;

export type Detected = { type: AllowedType; svg?: SanitizedSvg };

/**
 * Detects the type of a file from its first bytes (`head`); `readText` loads the whole file as text
 * and is called only when the file may be an SVG. Throws 415 naming what was found when the type
 * is not allowed.
 */
export async function detectType(head: Uint8Array, readText: () => Promise<string>): Promise<Detected> {
  const signature = await fileTypeFromBuffer(head);
  const known = signature ? allowedType(signature.mime) : undefined;
  if (known) return { type: known };
  if ((!signature || signature.mime === 'application/xml') && looksLikeText(head)) {
    const parsed = parseSvg(stripBom(await readText()));
    if (parsed.kind === 'invalid') throw MediaErrors.media_svg_invalid({ reason: parsed.reason });
    if (parsed.kind === 'svg') {
      return { type: allowedType('image/svg+xml') as AllowedType, svg: parsed.result };
    }
  }
  throw refused(signature ? describeSignature(signature) : describeUnknown(head));
}

function refused(detected: string) {
  return MediaErrors.media_type_refused(
    { detected, allowed: ALLOWED_LABELS },
    `This file is ${detected}, which the media library does not accept (whatever its name says). Upload a ${ALLOWED_LABELS} file.`,
  );
}

function describeSignature(signature: { mime: string; ext: string }): string {
  if (signature.mime === 'application/xml') return 'an XML document that is not an SVG image';
  return `${signature.mime} (.${signature.ext})`;
}

/** A short human name for bytes without a known signature. */
export function describeUnknown(head: Uint8Array): string {
  if (!looksLikeText(head)) return 'unrecognised binary data';
  const text = new TextDecoder().decode(head.subarray(0, 2048)).toLowerCase();
  if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]/.test(text)) return 'an HTML document';
  if (/^\s*(<\?xml|<[a-z])/.test(text)) return 'an XML document that is not an SVG image';
  return 'plain text';
}

/** UTF-8 text has no NUL bytes and decodes without errors (a truncated last character is allowed). */
function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
