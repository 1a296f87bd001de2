/**
 * Tiptap JSON ⇄ Q-Space rich-text JSON (packages/site-kit/src/richtext/nodes.ts).
 *
 * The node and mark names are the same on both sides (Tiptap's StarterKit names), but Tiptap adds
 * attributes we do not store (`link.target/rel/class`, `image.title/width/height`,
 * `orderedList.type`, `codeBlock.language: null`), may hold nodes and marks we do not allow (strike,
 * underline, heading 1, an inline image, marks on a hard break), and keeps empty text runs. The
 * server refuses all of those with a 422, so `toDoc` writes exactly the shape `richTextDoc()` accepts
 * and `fromDoc` gives Tiptap a document it can load. For a document `toDoc` produced,
 * `toDoc(fromDoc(doc))` is the same document.
 */
import type { JSONContent } from '@tiptap/core';

// The document model, written out here: the dashboard does not depend on the site kit.
export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'link'; attrs: { href: string } };
export type InlineNode = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };
export type ListItemNode = { type: 'listItem'; content: BlockNode[] };
export type BlockNode =
  | { type: 'paragraph'; content?: InlineNode[] }
  | { type: 'heading'; attrs: { level: 2 | 3 | 4 }; content?: InlineNode[] }
  | { type: 'bulletList'; content: ListItemNode[] }
  | { type: 'orderedList'; attrs?: { start: number }; content: ListItemNode[] }
  | { type: 'blockquote'; content: BlockNode[] }
  | { type: 'codeBlock'; attrs?: { language: string }; content?: { type: 'text'; text: string }[] }
  | { type: 'horizontalRule' }
  | { type: 'image'; attrs: { src: string; alt: string } };
export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}

const MARK_ORDER = ['bold', 'italic', 'code', 'link'] as const;
const LANGUAGE = /^[a-z0-9+#-]{1,20}$/i;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

// ---- Tiptap → ours ----------------------------------------------------------------------------

function marksOf(marks: JSONContent['marks']): Mark[] {
  const out: Mark[] = [];
  for (const name of MARK_ORDER) {
    const mark = marks?.find((m) => m.type === name);
    if (!mark) continue;
    if (name === 'link') {
      const href = str(mark.attrs?.href).trim();
      if (href) out.push({ type: 'link', attrs: { href } });
    } else out.push({ type: name });
  }
  return out;
}

function inlinesOf(nodes: JSONContent[] | undefined): InlineNode[] | undefined {
  const out: InlineNode[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (node.type === 'text' && node.text) {
      const marks = marksOf(node.marks);
      out.push(marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
    }
    // Anything else inline (an inline image, a mention) has no place in our text: dropped.
  }
  return out.length ? out : undefined;
}

const withContent = <T extends object>(node: T, content: InlineNode[] | undefined) =>
  content ? { ...node, content } : node;

function blocksOf(nodes: JSONContent[] | undefined): BlockNode[] {
  return (nodes ?? []).flatMap((node) => blockOf(node));
}

/** A container (list item, quote) needs at least one block: an empty one gets an empty paragraph. */
const atLeastOne = (blocks: BlockNode[]): BlockNode[] => (blocks.length ? blocks : [{ type: 'paragraph' }]);

function itemsOf(nodes: JSONContent[] | undefined): ListItemNode[] {
  return (nodes ?? [])
    .filter((n) => n.type === 'listItem')
    .map((n) => ({ type: 'listItem', content: atLeastOne(blocksOf(n.content)) }));
}

function blockOf(node: JSONContent): BlockNode[] {
  switch (node.type) {
    case 'paragraph':
      return [withContent({ type: 'paragraph' as const }, inlinesOf(node.content))];
    case 'heading': {
      const raw = Number(node.attrs?.level);
      const level = (raw <= 2 ? 2 : raw >= 4 ? 4 : 3) as 2 | 3 | 4;
      return [withContent({ type: 'heading' as const, attrs: { level } }, inlinesOf(node.content))];
    }
    case 'bulletList': {
      const content = itemsOf(node.content);
      return content.length ? [{ type: 'bulletList', content }] : [];
    }
    case 'orderedList': {
      const content = itemsOf(node.content);
      if (!content.length) return [];
      const start = Number(node.attrs?.start ?? 1);
      return Number.isInteger(start) && start !== 1 && start >= 0 && start <= 100_000
        ? [{ type: 'orderedList', attrs: { start }, content }]
        : [{ type: 'orderedList', content }];
    }
    case 'blockquote':
      return [{ type: 'blockquote', content: atLeastOne(blocksOf(node.content)) }];
    case 'codeBlock': {
      const text = (node.content ?? []).map((n) => str(n.text)).join('');
      const language = str(node.attrs?.language);
      return [
        {
          type: 'codeBlock',
          ...(LANGUAGE.test(language) ? { attrs: { language } } : {}),
          ...(text ? { content: [{ type: 'text' as const, text }] } : {}),
        },
      ];
    }
    case 'horizontalRule':
      return [{ type: 'horizontalRule' }];
    case 'image': {
      const src = str(node.attrs?.src);
      return src ? [{ type: 'image', attrs: { src, alt: str(node.attrs?.alt) } }] : [];
    }
    default:
      // An unknown block keeps its text as paragraphs rather than losing it.
      return node.content ? blocksOf(node.content) : [];
  }
}

/** Our document from the editor's JSON: only the nodes, marks and attributes the server accepts. */
export function toDoc(json: JSONContent): RichTextDoc {
  const doc: RichTextDoc = { type: 'doc', content: blocksOf(json.content) };
  // An editor is never empty (it holds one blank paragraph); stored, that is an empty document.
  return isEmptyDoc(doc) ? { type: 'doc', content: [] } : doc;
}

// ---- ours → Tiptap ----------------------------------------------------------------------------

/** The editor's JSON from a stored document (shapes are already Tiptap's; unknown nodes are skipped). */
export function fromDoc(doc: unknown): JSONContent {
  const content = (doc as { content?: unknown } | null)?.content;
  if (!Array.isArray(content)) return { type: 'doc', content: [{ type: 'paragraph' }] };
  // Tiptap needs at least one block to place the cursor in.
  const blocks = blocksOf(content as JSONContent[]);
  return { type: 'doc', content: blocks.length ? (blocks as JSONContent[]) : [{ type: 'paragraph' }] };
}

/** True when the document holds nothing a reader would see. */
export function isEmptyDoc(doc: RichTextDoc): boolean {
  return doc.content.every((b) => b.type === 'paragraph' && !b.content);
}
