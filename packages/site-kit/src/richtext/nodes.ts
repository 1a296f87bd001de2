/**
 * The rich-text document model: a small, Tiptap/ProseMirror-compatible JSON tree. Only the nodes and
 * marks below exist; anything else is refused on write (see schema.ts) and skipped on render.
 */

export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'link'; attrs: { href: string } };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
}

export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

/** Level 1 is the page title's, so content headings start at 2. */
export type HeadingLevel = 2 | 3 | 4;

export interface HeadingNode {
  type: 'heading';
  attrs: { level: HeadingLevel };
  content?: InlineNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: BlockNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  attrs?: { start: number };
  content: ListItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: BlockNode[];
}

/** Code is plain text: marks inside code blocks are meaningless, so they are refused. */
export interface CodeBlockNode {
  type: 'codeBlock';
  attrs?: { language: string };
  content?: { type: 'text'; text: string }[];
}

export interface HorizontalRuleNode {
  type: 'horizontalRule';
}

export interface ImageNode {
  type: 'image';
  attrs: { src: string; alt: string };
}

export type BlockNode =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | BlockquoteNode
  | CodeBlockNode
  | HorizontalRuleNode
  | ImageNode;

export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}

export const BLOCK_TYPES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'codeBlock',
  'horizontalRule',
  'image',
] as const satisfies readonly BlockNode['type'][];

export const INLINE_TYPES = ['text', 'hardBreak'] as const satisfies readonly InlineNode['type'][];

export const MARK_TYPES = ['bold', 'italic', 'code', 'link'] as const satisfies readonly Mark['type'][];

/** An empty document (what a new post or section starts from). */
export function emptyDoc(): RichTextDoc {
  return { type: 'doc', content: [] };
}
