/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Blog list: the latest published posts (the renderer puts them in `ctx.posts`, newest first).
 * Post links and covers arrive already resolved by the renderer, so they are printed as given;
 * only the section's own stored "all posts" link goes through `ctx.href`.
 */
import { z } from 'zod';
import { readCss } from '../registry/css.js';
import { defineSection, type SectionProps } from '../registry/types.js';
import type { PostSummary, RenderContext } from '../render/context.js';
import { href, longText, text } from '../schema/primitives.js';
import { baseFields, baseShape, EYEBROW_FIELD, INTRO_FIELD, TITLE_FIELD } from './common.js';
import { HeadingHeader, ResponsiveImage, SectionBand } from './parts.js';

const VARIANTS = [
  { id: 'cards', label: 'Cards' },
  { id: 'list', label: 'Simple list' },
  { id: 'featured-first', label: 'Latest post featured' },
] as const;

const schema = z
  .object({
    ...baseShape(VARIANTS),
    tone: z.enum(['default', 'alt', 'inverse']),
    eyebrow: text(60),
    title: text(120),
    intro: longText(400),
    limit: z.number().int().min(1).max(12),
    emptyMessage: text(200),
    allPostsLabel: text(80),
    allPostsHref: href(),
  })
  .strict();

type Props = z.infer<typeof schema>;

function Cover({ post, sizes }: { post: PostSummary; sizes: string }) {
  if (!post.cover) return null;
  return (
    <div className="qs-blog-list__cover qs-media">
      <ResponsiveImage img={post.cover} alt={post.coverAlt} sizes={sizes} />
    </div>
  );
}

interface PostProps {
  post: PostSummary;
  ctx: RenderContext;
  featured: boolean;
  /** A card alone in its row is laid out sideways (cover beside text) instead of stretched. */
  wide: boolean;
  /** The list layout is text-only: no cover is printed, so none is downloaded. */
  withCover: boolean;
}

function postClass(featured: boolean, wide: boolean): string {
  return `qs-blog-list__post${featured ? ' qs-blog-list__post--featured' : ''}${wide ? ' qs-blog-list__post--wide' : ''}`;
}

function Post({ post, ctx, featured, wide, withCover }: PostProps) {
  const sizes = wide ? '(min-width: 860px) 60vw, 100vw' : '(min-width: 860px) 33vw, 100vw';
  return (
    <li className={postClass(featured, wide)}>
      <article className="qs-blog-list__article">
        {withCover && <Cover post={post} sizes={sizes} />}
        <div className="qs-blog-list__body">
          <p className="qs-blog-list__meta">
            <time dateTime={post.publishedAt}>{ctx.formatDate(post.publishedAt)}</time>
            {post.tags[0] && <span className="qs-blog-list__tag">{post.tags[0]}</span>}
          </p>
          <h3 className="qs-blog-list__title">
            {/* The whole card is clickable through this link's ::after overlay (see CSS). */}
            <a href={post.href}>{post.title}</a>
          </h3>
          {post.excerpt && <p className="qs-blog-list__excerpt">{post.excerpt}</p>}
        </div>
      </article>
    </li>
  );
}

/**
 * How many cards share a row on wide screens: up to three, fewer when there are fewer posts, so
 * two posts fill the row instead of leaving an empty third column.
 */
function columnsFor(cards: number): number {
  return Math.max(1, Math.min(3, cards));
}

function BlogList({ props, ctx, id }: SectionProps<Props>) {
  const posts = ctx.posts.slice(0, props.limit);
  const showAll = props.allPostsLabel !== '' && props.allPostsHref !== '' && posts.length > 0;
  const hasFeatured = props.variant === 'featured-first';
  const columns = columnsFor(posts.length - (hasFeatured ? 1 : 0));
  return (
    <SectionBand type="blog-list" props={props} id={id} title={props.title}>
      <div className="qs-container">
        <HeadingHeader
          className="qs-heading"
          id={id}
          eyebrow={props.eyebrow}
          title={props.title}
          intro={props.intro}
        />
        {posts.length === 0 ? (
          <p className="qs-blog-list__empty">{props.emptyMessage}</p>
        ) : (
          <ul className={`qs-blog-list__posts qs-blog-list__posts--cols-${columns}`}>
            {posts.map((post, i) => {
              const featured = hasFeatured && i === 0;
              return (
                <Post
                  key={post.href}
                  post={post}
                  ctx={ctx}
                  featured={featured}
                  wide={props.variant !== 'list' && (featured || columns === 1)}
                  withCover={props.variant !== 'list'}
                />
              );
            })}
          </ul>
        )}
        {showAll && (
          <p className="qs-blog-list__all">
            <a className="qs-button qs-button--secondary" href={ctx.href(props.allPostsHref)}>
              {props.allPostsLabel}
            </a>
          </p>
        )}
      </div>
    </SectionBand>
  );
}

export const blogList = defineSection({
  type: 'blog-list',
  label: 'Blog posts',
  description: 'Your latest blog posts, updated automatically when you publish.',
  group: 'content',
  schema,
  defaults: {
    variant: 'cards',
    anchor: 'blog',
    tone: 'default',
    eyebrow: 'From the blog',
    title: 'News, tips and stories',
    intro: 'Practical advice from our team, written for business owners in Kenya.',
    limit: 3,
    emptyMessage: 'No posts yet — check back soon for our first article.',
    allPostsLabel: 'Read all posts',
    allPostsHref: '/blog',
  },
  fields: {
    ...baseFields(VARIANTS, 'blog', 'descriptive'),
    eyebrow: EYEBROW_FIELD,
    title: TITLE_FIELD,
    intro: INTRO_FIELD,
    limit: { kind: 'number', label: 'How many posts to show', min: 1, max: 12 },
    emptyMessage: { kind: 'text', label: 'Message when there are no posts yet' },
    allPostsLabel: { kind: 'text', label: '"All posts" button text (leave empty to hide)' },
    allPostsHref: { kind: 'link', label: '"All posts" link' },
  },
  variants: VARIANTS,
  css: readCss(import.meta.url, './blog-list.css'),
  Component: BlogList,
});
