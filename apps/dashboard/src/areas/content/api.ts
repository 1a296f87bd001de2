/**
 * The content area's server resources (posts, media, theme, the design-system registry): one query
 * key and fetcher each, over the typed client. Keys start with ['apps', appId, …] so that removing
 * an App drops them with the rest of its cache.
 */
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';

export type Post = Schemas['Post'];
export type PostSummary = Schemas['PostSummary'];
export type PostStatus = PostSummary['status'];
export type MediaItem = Schemas['Media'];
export type MediaUsage = Schemas['MediaUsage'];
export type SiteTheme = Schemas['SiteTheme'];

export interface PostFilters {
  status?: PostStatus;
  search?: string;
  tag?: string;
}

export const postsKey = (appId: string) => ['apps', appId, 'posts'] as const;

export const postsQuery = (appId: string, filters: PostFilters) =>
  queryOptions({
    queryKey: [...postsKey(appId), 'list', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/apps/{appId}/posts', {
          params: { path: { appId }, query: { ...filters, limit: 100 } },
        }),
      ),
  });

export const postQuery = (appId: string, postId: string) =>
  queryOptions({
    queryKey: [...postsKey(appId), 'one', postId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/apps/{appId}/posts/{postId}', { params: { path: { appId, postId } } })),
  });

export const mediaKey = (appId: string) => ['apps', appId, 'media'] as const;

/** The library, newest first, a page of 48 at a time (`next` is the cursor of the following page). */
export const mediaListQuery = (appId: string, q: string) =>
  infiniteQueryOptions({
    queryKey: [...mediaKey(appId), 'list', q],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/apps/{appId}/media', {
          params: { path: { appId }, query: { q: q || undefined, limit: 48, before: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });

export const mediaItemQuery = (appId: string, mediaId: string) =>
  queryOptions({
    queryKey: [...mediaKey(appId), 'one', mediaId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/apps/{appId}/media/{mediaId}', { params: { path: { appId, mediaId } } })),
    staleTime: 5 * 60_000,
  });

export const mediaUsageQuery = (appId: string, mediaId: string) =>
  queryOptions({
    queryKey: [...mediaKey(appId), 'usage', mediaId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/apps/{appId}/media/{mediaId}/usage', { params: { path: { appId, mediaId } } })),
  });

export const themeQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'theme'],
    queryFn: () => unwrap(api.GET('/api/v1/apps/{appId}/settings/theme', { params: { path: { appId } } })),
  });

export interface DesignSystemInfo {
  id: string;
  name: string;
  category: string;
  description: string;
  fonts: { heading: string; body: string };
}
export interface FontInfo {
  id: string;
  name: string;
  kind: string;
}

export interface Registry {
  designSystems: DesignSystemInfo[];
  fonts: FontInfo[];
}

/** The registry's design systems and curated fonts (the endpoint types them loosely: narrowed here). */
export const registryQuery = queryOptions({
  queryKey: ['sections', 'design-systems-and-fonts'],
  queryFn: async (): Promise<Registry> => {
    const data = await unwrap(api.GET('/api/v1/sections'));
    return {
      designSystems: data.designSystems as unknown as DesignSystemInfo[],
      fonts: data.fonts as unknown as FontInfo[],
    };
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/** `media:<id>` ⇄ id. */
export const MEDIA_REF = /^media:([0-9a-f-]{36})$/i;
export const mediaRef = (id: string) => `media:${id}`;
export const mediaIdOf = (src: string): string | null => MEDIA_REF.exec(src)?.[1] ?? null;
