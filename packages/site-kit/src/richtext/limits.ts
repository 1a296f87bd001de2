/**
 * Size and depth bounds of a rich-text document, checked before the structural schema runs. The
 * walk is iterative and stops at the first breach, so a hostile document (10,000 levels deep, a
 * million nodes) costs a few microseconds and can never overflow the stack of the recursive schema.
 */

/** Deepest node nesting: a doc's own blocks are level 1, their children level 2, ... */
export const MAX_DEPTH = 8;
/** Most nodes (blocks, list items, text runs) in one document. */
export const MAX_NODES = 5_000;
/** Longest single text run, and the most text in one document (characters). */
export const MAX_TEXT_RUN = 10_000;
export const MAX_TEXT_TOTAL = 200_000;

export interface LimitBreach {
  path: (string | number)[];
  message: string;
}

const tooMany = `A document holds at most ${MAX_NODES} blocks and text runs; split it into several.`;

interface Pending {
  node: unknown;
  depth: number;
  path: (string | number)[];
}

const childrenOf = (node: unknown): unknown[] | null => {
  if (node === null || typeof node !== 'object') return null;
  const content = (node as { content?: unknown }).content;
  return Array.isArray(content) ? content : null;
};

const textLengthOf = (node: unknown): number => {
  if (node === null || typeof node !== 'object') return 0;
  const text = (node as { text?: unknown }).text;
  return typeof text === 'string' ? text.length : 0;
};

/** The first bound the document breaks, with the path of the node that broke it; null when within bounds. */
export function findLimitBreach(doc: unknown): LimitBreach | null {
  const top = childrenOf(doc) ?? [];
  if (top.length > MAX_NODES) return { path: ['content'], message: tooMany };
  const stack: Pending[] = top.map((node, i) => ({ node, depth: 1, path: ['content', i] }));
  let nodes = 0;
  let text = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    if (item.depth > MAX_DEPTH) {
      return {
        path: item.path,
        message: `Content is nested more than ${MAX_DEPTH} levels deep here; flatten it.`,
      };
    }
    nodes += 1;
    if (nodes > MAX_NODES) {
      return { path: item.path, message: tooMany };
    }
    text += textLengthOf(item.node);
    if (text > MAX_TEXT_TOTAL) {
      return { path: item.path, message: `A document holds at most ${MAX_TEXT_TOTAL} characters; split it.` };
    }
    const children = childrenOf(item.node) ?? [];
    // Counted before pushing, so a list of a million siblings is refused without queueing them.
    if (nodes + stack.length + children.length > MAX_NODES) {
      return { path: item.path, message: tooMany };
    }
    children.forEach((node, i) => {
      stack.push({ node, depth: item.depth + 1, path: [...item.path, 'content', i] });
    });
  }
  return null;
}
