/** TanStack Query definitions: one key and one fetcher per server resource. */
import { queryOptions } from '@tanstack/react-query';
import { getSession } from './auth';
import { api, unwrap } from './client';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: getSession,
  staleTime: 60_000,
});

export const appsQuery = queryOptions({
  queryKey: ['apps'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/apps'))).apps,
});

export const appQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId],
    queryFn: () => unwrap(api.GET('/api/v1/apps/{appId}', { params: { path: { appId } } })),
  });

export const pagesQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'pages'],
    queryFn: () => unwrap(api.GET('/api/v1/apps/{appId}/pages', { params: { path: { appId } } })),
  });

export const startersQuery = queryOptions({
  queryKey: ['starters'],
  queryFn: () => unwrap(api.GET('/api/v1/starters')),
  staleTime: Number.POSITIVE_INFINITY,
});

export const slugQuery = (slug: string) =>
  queryOptions({
    queryKey: ['slug', slug],
    queryFn: () => unwrap(api.GET('/api/v1/app-slugs/{slug}', { params: { path: { slug } } })),
    staleTime: 10_000,
  });
