/**
 * The branded email layout. Email clients ignore stylesheets and most modern CSS, so the HTML is
 * table-based with inline styles; every message also has a plain-text part carrying the same content
 * and the same links.
 */
import { type Brand, safeColor } from './brand.js';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** One block of an email body: a paragraph, a call-to-action button, a key/value table or a quote. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'button'; label: string; url: string }
  | { kind: 'fields'; rows: Array<[string, string]> }
  | { kind: 'quote'; text: string }
  | { kind: 'fine'; text: string };

export interface EmailContent {
  subject: string;
  preheader: string;
  heading: string;
  blocks: Block[];
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function blockHtml(block: Block, color: string): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;font:16px/1.6 ${FONT};color:#1f2937">${escapeHtml(block.text)}</p>`;
    case 'button':
      return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px"><tr><td style="border-radius:8px;background:${color}"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 22px;font:600 16px ${FONT};color:#ffffff;text-decoration:none;border-radius:8px">${escapeHtml(block.label)}</a></td></tr></table>`;
    case 'fields':
      return `<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="margin:0 0 20px;border-collapse:collapse">${block.rows
        .map(
          ([k, v]) =>
            `<tr><td style="padding:8px 12px 8px 0;font:600 14px ${FONT};color:#6b7280;vertical-align:top;white-space:nowrap">${escapeHtml(k)}</td><td style="padding:8px 0;font:15px/1.5 ${FONT};color:#111827;white-space:pre-wrap">${escapeHtml(v)}</td></tr>`,
        )
        .join('')}</table>`;
    case 'quote':
      return `<div style="margin:0 0 20px;padding:12px 16px;border-left:4px solid ${color};background:#f9fafb;font:15px/1.6 ${FONT};color:#374151;white-space:pre-wrap">${escapeHtml(block.text)}</div>`;
    case 'fine':
      return `<p style="margin:0 0 12px;font:13px/1.5 ${FONT};color:#6b7280">${escapeHtml(block.text)}</p>`;
  }
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
    case 'fine':
      return block.text;
    case 'button':
      return `${block.label}: ${block.url}`;
    case 'fields':
      return block.rows.map(([k, v]) => `${k}: ${v}`).join('\n');
    case 'quote':
      return block.text
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n');
  }
}

export function renderHtml(content: EmailContent, brand: Brand): string {
  const color = safeColor(brand.primaryColor);
  const logo = brand.logoUrl
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${escapeHtml(brand.name)}" height="32" style="display:block;height:32px;border:0">`
    : `<span style="display:inline-block;padding:6px 10px;border-radius:8px;background:${color};font:700 16px ${FONT};color:#ffffff">${escapeHtml(brand.name)}</span>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<div style="display:none;max-height:0;overflow:hidden;opacity:0">${escapeHtml(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f4f6"><tr><td align="center" style="padding:32px 16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px">
<tr><td style="padding:0 0 20px">${logo}</td></tr>
<tr><td style="background:#ffffff;border-radius:12px;padding:32px;border:1px solid #e5e7eb">
<h1 style="margin:0 0 20px;font:700 22px/1.3 ${FONT};color:#111827">${escapeHtml(content.heading)}</h1>
${content.blocks.map((b) => blockHtml(b, color)).join('\n')}
</td></tr>
<tr><td style="padding:20px 8px;font:12px/1.5 ${FONT};color:#9ca3af">${escapeHtml(brand.footer ?? `Sent by ${brand.name}.`)}</td></tr>
</table></td></tr></table></body></html>`;
}

export function renderText(content: EmailContent, brand: Brand): string {
  return [
    content.heading,
    '',
    ...content.blocks.map(blockText).flatMap((t) => [t, '']),
    '--',
    brand.footer ?? `Sent by ${brand.name}.`,
  ].join('\n');
}
