/**
 * Rich text props are ProseMirror documents. Until the editor gets a real rich-text field, they are
 * edited as plain paragraphs: a blank line starts a new paragraph. Unchanged text keeps its marks.
 */
interface PmNode {
  type: string;
  text?: string;
  content?: PmNode[];
}

export function docToText(doc: unknown): string {
  const node = doc as PmNode | null;
  if (!node || typeof node !== 'object') return typeof doc === 'string' ? doc : '';
  const textOf = (n: PmNode): string =>
    n.type === 'text'
      ? (n.text ?? '')
      : n.type === 'hardBreak'
        ? '\n'
        : (n.content ?? []).map(textOf).join('');
  return (node.content ?? []).map(textOf).join('\n\n');
}

export function textToDoc(text: string): PmNode {
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim());
  return {
    type: 'doc',
    content: paragraphs.map((p) =>
      p ? { type: 'paragraph', content: [{ type: 'text', text: p }] } : { type: 'paragraph' },
    ),
  };
}
