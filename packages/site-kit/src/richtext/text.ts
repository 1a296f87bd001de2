/**
 * Rich text as plain text (search, meta descriptions, RSS summaries, plain-text email) and the
 * media-library images it uses (so the media library can warn before an image in use is deleted).
 */
import type { BlockNode, InlineNode, ListItemNode, RichTextDoc } from './nodes.js';

function inlineText(nodes: readonly InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'hardBreak' ? '\n' : n.type === 'text' ? n.text : '')).join('');
}

function itemsText(items: readonly ListItemNode[], bullet: (index: number) => string): string {
  return items.map((item, i) => `${bullet(i)}${blocksText(item.content, '\n')}`).join('\n');
}

function blockText(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'bulletList':
      return itemsText(node.content ?? [], () => '• ');
    case 'orderedList': {
      const start = node.attrs?.start ?? 1;
      return itemsText(node.content ?? [], (i) => `${start + i}. `);
    }
    case 'blockquote':
      return blocksText(node.content, '\n\n');
    case 'codeBlock':
      return (node.content ?? []).map((t) => t.text).join('');
    default:
      return ''; // images and rules carry no text
  }
}

function blocksText(nodes: readonly BlockNode[] | undefined, separator: string): string {
  return (nodes ?? [])
    .map(blockText)
    .filter((t) => t !== '')
    .join(separator);
}

/** The document's text, blocks separated by blank lines, list items on their own lines. */
export function richTextToPlainText(doc: RichTextDoc): string {
  return blocksText(doc.content, '\n\n');
}

// An excerpt reads like the opening of the article: headings and code are not prose.
const PROSE: ReadonlySet<BlockNode['type']> = new Set([
  'paragraph',
  'bulletList',
  'orderedList',
  'blockquote',
]);

/**
 * A one-paragraph summary of at most `maxChars` characters, cut at a word boundary with an ellipsis.
 * Uses the prose blocks, falling back to all text when the document has no paragraphs.
 */
export function excerptOf(doc: RichTextDoc, maxChars = 160): string {
  if (maxChars < 1) return '';
  const prose = blocksText(
    doc.content.filter((b) => PROSE.has(b.type)),
    ' ',
  );
  const flat = (prose.trim() === '' ? richTextToPlainText(doc) : prose).replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const room = flat.slice(0, maxChars - 1);
  const lastSpace = room.lastIndexOf(' ');
  // Cut at the last word boundary unless that throws away most of the room (one very long word).
  const cut = lastSpace > maxChars / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s.,;:!?–—-]+$/, '')}…`;
}

const MEDIA_SRC = /^media:[0-9a-f-]{36}$/i;

function walkImages(nodes: readonly BlockNode[] | undefined, found: Set<string>): void {
  for (const node of nodes ?? []) {
    if (node.type === 'image') {
      if (MEDIA_SRC.test(node.attrs.src)) found.add(node.attrs.src.toLowerCase());
    } else if (node.type === 'bulletList' || node.type === 'orderedList') {
      for (const item of node.content ?? []) walkImages(item.content, found);
    } else if (node.type === 'blockquote') {
      walkImages(node.content, found);
    }
  }
}

/** The `media:<uuid>` image sources the document uses, each once, in document order. */
export function collectMediaRefs(doc: RichTextDoc): string[] {
  const found = new Set<string>();
  walkImages(doc.content, found);
  return [...found];
}
