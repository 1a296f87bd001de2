/**
 * `richTextDoc()` — the write-side gate for rich text. Every node and mark is a strict object, so an
 * unknown node type, attribute (`onerror`, `style`, ...) or mark is refused with the path of the
 * offending node (`content.3.content.0.attrs`). URLs go through the same `href`/`imageSrc` rules as
 * every section prop, so `javascript:` links and `data:` images never reach storage. Depth and size
 * are bounded first (limits.ts), before the recursive schema runs.
 */
import { z } from 'zod';
import { href, imageSrc, text } from '../schema/primitives.js';
import { findLimitBreach, MAX_TEXT_RUN } from './limits.js';
import {
  BLOCK_TYPES,
  type BlockNode,
  INLINE_TYPES,
  type InlineNode,
  type ListItemNode,
  MARK_TYPES,
  type Mark,
  type RichTextDoc,
} from './nodes.js';

/** Names the unknown `type` the editor sent, and what is allowed instead. */
const unknownType =
  (what: string, allowed: readonly string[]) =>
  (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code !== 'invalid_union') return undefined;
    const raw = (issue.input as { type?: unknown } | null)?.type;
    const name = typeof raw === 'string' ? `"${raw.slice(0, 40)}"` : 'a missing type';
    return `${name} is not a ${what} here. Allowed: ${allowed.join(', ')}.`;
  };

const required = (schema: z.ZodString, message: string) => schema.refine((s) => s !== '', message);

const markSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('bold') }).strict(),
    z.object({ type: z.literal('italic') }).strict(),
    z.object({ type: z.literal('code') }).strict(),
    z
      .object({
        type: z.literal('link'),
        attrs: z.object({ href: required(href(), 'A link needs an address.') }).strict(),
      })
      .strict(),
  ],
  { error: unknownType('mark', MARK_TYPES) },
);

const marksSchema: z.ZodType<Mark[]> = z
  .array(markSchema)
  .max(MARK_TYPES.length)
  .refine(
    (marks) => new Set(marks.map((m) => m.type)).size === marks.length,
    'Each mark may appear once per text.',
  );

const runText = text(MAX_TEXT_RUN).min(1, 'Remove empty text runs.');

const textSchema = z
  .object({ type: z.literal('text'), text: runText, marks: marksSchema.optional() })
  .strict();

const inlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion(
  'type',
  [textSchema, z.object({ type: z.literal('hardBreak') }).strict()],
  { error: unknownType('text element', INLINE_TYPES) },
);
const inlineContent = z.array(inlineSchema).optional();

// Recursive parts are reached through z.lazy; depth is already bounded by findLimitBreach.
const blocks = (): z.ZodType<BlockNode[]> =>
  z.array(z.lazy(() => blockSchema)).min(1, 'Add at least one paragraph.');

const listItemSchema: z.ZodType<ListItemNode> = z
  .object({
    type: z.literal('listItem', { error: 'A list holds only list items.' }),
    content: z.lazy(blocks),
  })
  .strict();
const listItems = z.array(listItemSchema).min(1, 'A list needs at least one item.');

const blockSchema: z.ZodType<BlockNode> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('paragraph'), content: inlineContent }).strict(),
    z
      .object({
        type: z.literal('heading'),
        attrs: z
          .object({
            level: z.union([z.literal(2), z.literal(3), z.literal(4)], {
              error: 'Headings are level 2, 3 or 4 (level 1 is the page title).',
            }),
          })
          .strict(),
        content: inlineContent,
      })
      .strict(),
    z.object({ type: z.literal('bulletList'), content: listItems }).strict(),
    z
      .object({
        type: z.literal('orderedList'),
        attrs: z
          .object({ start: z.number().int().min(0).max(100_000) })
          .strict()
          .optional(),
        content: listItems,
      })
      .strict(),
    z.object({ type: z.literal('blockquote'), content: z.lazy(blocks) }).strict(),
    z
      .object({
        type: z.literal('codeBlock'),
        attrs: z
          .object({
            language: z.string().regex(/^[a-z0-9+#-]{0,20}$/i, 'Use a language name like ts or python.'),
          })
          .strict()
          .optional(),
        content: z.array(z.object({ type: z.literal('text'), text: runText }).strict()).optional(),
      })
      .strict(),
    z.object({ type: z.literal('horizontalRule') }).strict(),
    z
      .object({
        type: z.literal('image'),
        attrs: z
          .object({ src: required(imageSrc(), 'Pick an image for this block.'), alt: text(300) })
          .strict(),
      })
      .strict(),
  ],
  { error: unknownType('block', BLOCK_TYPES) },
);

const docSchema: z.ZodType<RichTextDoc> = z
  .object({ type: z.literal('doc'), content: z.array(blockSchema) })
  .strict();

/**
 * The schema of a rich-text document. A fresh schema per call, like the other primitives, so it can
 * be dropped into any `z.object`. Bounds (depth 8, 5,000 nodes, text length) are checked first.
 */
export function richTextDoc(): z.ZodType<RichTextDoc, unknown> {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      const breach = findLimitBreach(value);
      if (breach) ctx.addIssue({ code: 'custom', path: breach.path, message: breach.message });
    })
    .pipe(docSchema);
}
