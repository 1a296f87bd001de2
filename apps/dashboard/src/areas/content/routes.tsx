/**
 * Content area: blog (posts list and editor), media library and theme. Under `/apps/$appId`.
 * Every screen is loaded on demand (the blog editor carries Tiptap), so none of it weighs on the
 * sign-in route's bundle.
 */
import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { PostStatus } from './api';

const STATUSES: readonly PostStatus[] = ['draft', 'published', 'scheduled'];

export interface BlogSearch {
  status?: PostStatus;
  q?: string;
  tag?: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : undefined);

export function validateBlogSearch(s: Record<string, unknown>): BlogSearch {
  const status = STATUSES.find((x) => x === s.status);
  return { status, q: text(s.q), tag: text(s.tag) };
}

export function contentRoutes(parent: AnyRoute) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'blog',
      validateSearch: validateBlogSearch,
      component: lazyRouteComponent(() => import('./blog/posts-page'), 'PostsPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'blog/$postId',
      component: lazyRouteComponent(() => import('./blog/post-editor-page'), 'PostEditorPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'media',
      component: lazyRouteComponent(() => import('./media/media-page'), 'MediaPage'),
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'theme',
      component: lazyRouteComponent(() => import('./theme/theme-page'), 'ThemePage'),
    }),
  ];
}
