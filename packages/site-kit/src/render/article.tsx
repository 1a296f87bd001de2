/** @jsxRuntime automatic @jsxImportSource react */
/** The blog post page's article: cover, title, byline, body (rich text), tags. */
import type { ReactElement } from 'react';
import { readCss } from '../registry/css.js';
import type { RichTextDoc } from '../richtext/nodes.js';
import { RichText } from '../richtext/render.js';
import type { RenderContext } from './context.js';

export interface ArticleInput {
  title: string;
  excerpt: string;
  coverSrc: string;
  coverAlt: string;
  authorName: string;
  publishedAt: string;
  tags: string[];
  body: RichTextDoc;
  /** Link back to the blog index. */
  blogHref: string;
}

export const ARTICLE_CSS = readCss(import.meta.url, './article.css');

export function Article({ post, ctx }: { post: ArticleInput; ctx: RenderContext }): ReactElement {
  const cover = post.coverSrc ? ctx.image(post.coverSrc) : null;
  return (
    <article className="qs-article qs-section">
      <div className="qs-container qs-container--narrow">
        <p className="qs-article__back">
          <a href={post.blogHref}>← All posts</a>
        </p>
        <header className="qs-article__header">
          <h1>{post.title}</h1>
          {post.excerpt ? <p className="qs-lead">{post.excerpt}</p> : null}
          <p className="qs-article__meta">
            {post.authorName ? <span>{post.authorName}</span> : null}
            <time dateTime={post.publishedAt}>{ctx.formatDate(post.publishedAt)}</time>
          </p>
        </header>
        {cover ? (
          <figure className="qs-article__cover qs-media">
            <img
              src={cover.src}
              srcSet={cover.srcSet}
              sizes="(max-width: 760px) 100vw, 760px"
              width={cover.width}
              height={cover.height}
              alt={post.coverAlt}
              fetchPriority="high"
              decoding="async"
            />
          </figure>
        ) : null}
        <div className="qs-article__body qs-prose">
          <RichText doc={post.body} resolve={ctx} />
        </div>
        {post.tags.length > 0 ? (
          <ul className="qs-article__tags" aria-label="Tags">
            {post.tags.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </article>
  );
}
