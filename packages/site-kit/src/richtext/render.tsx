/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Rich text → React elements. Never `dangerouslySetInnerHTML`: every string is a text child that
 * React escapes. Documents are validated on write, and the renderer re-checks what matters on read
 * anyway ("sanitized on write and on render", DESIGN.md) — a row written before a rule existed, or
 * copied in by hand, still cannot print a `javascript:` link or a `data:` image: unknown nodes and
 * marks are skipped and unsafe URLs dropped.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { RenderContext } from '../render/context.js';
import { href as hrefRule, imageSrc as imageRule } from '../schema/primitives.js';
import type { BlockNode, InlineNode, ListItemNode, Mark, RichTextDoc } from './nodes.js';

/** How stored links and image sources become URLs; a page's RenderContext is one. */
export type RichTextResolver = Pick<RenderContext, 'href' | 'image'>;

const safeHref = hrefRule();
const safeImage = imageRule();

/**
 * Without a page context (RSS, API output): `page:<slug>` becomes `/<slug>`, https and bundled images
 * pass through, and media-library images — which need the App's media URLs — are left out.
 */
export const plainResolver: RichTextResolver = {
  href: (stored) => (stored.startsWith('page:') ? `/${stored.slice('page:'.length)}` : stored),
  image: (src) => (src.startsWith('media:') ? null : { src }),
};

/** Links leaving the site are user content to search engines and must not get `window.opener`. */
const EXTERNAL_REL = 'noopener nofollow ugc';
const isExternal = (url: string) => /^https?:\/\//i.test(url);

function wrapMark(mark: Mark, child: ReactNode, resolve: RichTextResolver): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{child}</strong>;
    case 'italic':
      return <em>{child}</em>;
    case 'code':
      return <code>{child}</code>;
    case 'link': {
      const stored = mark.attrs?.href;
      if (typeof stored !== 'string' || stored === '' || !safeHref.safeParse(stored).success) return child;
      const url = resolve.href(stored);
      return (
        <a href={url} rel={isExternal(url) ? EXTERNAL_REL : undefined}>
          {child}
        </a>
      );
    }
    default:
      return child; // an unknown mark: keep the text, drop the formatting
  }
}

// Links wrap outermost so a bold word inside a link stays one link.
const MARK_ORDER: Record<string, number> = { link: 0, bold: 1, italic: 2, code: 3 };

function Inline({ node, resolve }: { node: InlineNode; resolve: RichTextResolver }): ReactNode {
  if (node.type === 'hardBreak') return <br />;
  if (node.type !== 'text' || typeof node.text !== 'string') return null;
  const marks = [...(node.marks ?? [])].sort((a, b) => (MARK_ORDER[b.type] ?? 9) - (MARK_ORDER[a.type] ?? 9));
  return marks.reduce<ReactNode>((child, mark) => wrapMark(mark, child, resolve), node.text);
}

function Inlines({
  nodes,
  resolve,
}: {
  nodes: InlineNode[] | undefined;
  resolve: RichTextResolver;
}): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: static output; runs never reorder between renders
  return (nodes ?? []).map((node, i) => <Inline key={i} node={node} resolve={resolve} />);
}

function Blocks({
  nodes,
  resolve,
}: {
  nodes: readonly BlockNode[] | undefined;
  resolve: RichTextResolver;
}): ReactNode {
  // biome-ignore lint/suspicious/noArrayIndexKey: static output; blocks never reorder between renders
  return (nodes ?? []).map((node, i) => <Block key={i} node={node} resolve={resolve} />);
}

function Items({ items, resolve }: { items: ListItemNode[]; resolve: RichTextResolver }): ReactNode {
  return items
    .filter((item) => item.type === 'listItem')
    .map((item, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: static output; items never reorder between renders
      <li key={i}>
        <Blocks nodes={item.content} resolve={resolve} />
      </li>
    ));
}

function Block({ node, resolve }: { node: BlockNode; resolve: RichTextResolver }): ReactNode {
  switch (node.type) {
    case 'paragraph':
      // An empty paragraph is an editor's blank line; spacing comes from CSS, not from empty <p>s.
      return node.content?.length ? (
        <p>
          <Inlines nodes={node.content} resolve={resolve} />
        </p>
      ) : null;
    case 'heading': {
      // Whatever the data says, a content heading is never an <h1> (the page title is).
      const level = node.attrs?.level;
      const Tag = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h2';
      return (
        <Tag>
          <Inlines nodes={node.content} resolve={resolve} />
        </Tag>
      );
    }
    case 'bulletList':
      return (
        <ul>
          <Items items={node.content ?? []} resolve={resolve} />
        </ul>
      );
    case 'orderedList': {
      const start = node.attrs?.start;
      return (
        <ol start={Number.isInteger(start) && start !== 1 ? start : undefined}>
          <Items items={node.content ?? []} resolve={resolve} />
        </ol>
      );
    }
    case 'blockquote':
      return (
        <blockquote>
          <Blocks nodes={node.content} resolve={resolve} />
        </blockquote>
      );
    case 'codeBlock':
      return <CodeBlock node={node} />;
    case 'horizontalRule':
      return <hr />;
    case 'image':
      return <Image node={node} resolve={resolve} />;
    default:
      return null; // an unknown block renders nothing
  }
}

function CodeBlock({ node }: { node: Extract<BlockNode, { type: 'codeBlock' }> }): ReactNode {
  const language = node.attrs?.language;
  const className = language && /^[a-z0-9+#-]{1,20}$/i.test(language) ? `language-${language}` : undefined;
  const code = (node.content ?? []).map((t) => (typeof t.text === 'string' ? t.text : '')).join('');
  return (
    <pre>
      <code className={className}>{code}</code>
    </pre>
  );
}

function Image({
  node,
  resolve,
}: {
  node: Extract<BlockNode, { type: 'image' }>;
  resolve: RichTextResolver;
}): ReactNode {
  const src = node.attrs?.src;
  if (typeof src !== 'string' || src === '' || !safeImage.safeParse(src).success) return null;
  const image = resolve.image(src);
  if (!image) return null;
  return (
    <figure>
      <img
        src={image.src}
        srcSet={image.srcSet}
        width={image.width}
        height={image.height}
        alt={typeof node.attrs.alt === 'string' ? node.attrs.alt : ''}
        loading="lazy"
        decoding="async"
      />
    </figure>
  );
}

/** Renders a rich-text document's blocks (no wrapper element: the caller places and styles them). */
export function RichText({
  doc,
  resolve = plainResolver,
}: {
  doc: RichTextDoc;
  resolve?: RichTextResolver;
}): ReactNode {
  return <Blocks nodes={Array.isArray(doc?.content) ? doc.content : []} resolve={resolve} />;
}

/** The document as sanitized HTML, for RSS feeds and API responses. */
export function renderRichTextToHtml(doc: RichTextDoc, resolve: RichTextResolver = plainResolver): string {
  return renderToStaticMarkup(<RichText doc={doc} resolve={resolve} />);
}
