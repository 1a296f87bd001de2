/** Queries and mutations of the pages area: one key per server resource, shared by list and editor. */
import { queryOptions } from '@tanstack/react-query';
import { api, type PageSummary, type Role, unwrap } from '../../api/client';

export type { PageSummary };
export type PageDetail = Awaited<ReturnType<typeof fetchPage>>;
export type SectionData = PageDetail['sections'][number];
export type Seo = PageSummary['seo'];

export const pagesKey = (appId: string) => ['apps', appId, 'pages'] as const;
export const pageKey = (appId: string, pageId: string) => ['apps', appId, 'pages', pageId] as const;

function fetchPage(appId: string, pageId: string) {
  return unwrap(api.GET('/api/v1/apps/{appId}/pages/{pageId}', { params: { path: { appId, pageId } } }));
}

export const pageQuery = (appId: string, pageId: string) =>
  queryOptions({ queryKey: pageKey(appId, pageId), queryFn: () => fetchPage(appId, pageId), staleTime: 0 });

export const versionsQuery = (appId: string, pageId: string) =>
  queryOptions({
    queryKey: [...pageKey(appId, pageId), 'versions'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/apps/{appId}/pages/{pageId}/versions', { params: { path: { appId, pageId } } }),
        )
      ).versions,
  });

export const diffQuery = (appId: string, pageId: string, from: string, to: string) =>
  queryOptions({
    queryKey: [...pageKey(appId, pageId), 'diff', from, to],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/apps/{appId}/pages/{pageId}/diff', {
          params: { path: { appId, pageId }, query: { from, to } },
        }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** One field of a section type, as the registry (GET /api/v1/sections) describes it. */
export interface RegistryField {
  kind:
    | 'text'
    | 'textarea'
    | 'richtext'
    | 'number'
    | 'money'
    | 'boolean'
    | 'color'
    | 'select'
    | 'image'
    | 'link'
    | 'list';
  label: string;
  placeholder?: string;
  options?: { value: string; label: string }[];
  fields?: Record<string, RegistryField>;
  itemLabel?: string;
  min?: number;
  max?: number;
  currency?: string;
}

export interface RegistrySection {
  type: string;
  label: string;
  description: string;
  group: string;
  fields: Record<string, RegistryField>;
  variants: { id: string; label: string }[];
  defaults: Record<string, unknown>;
}

export const sectionsQuery = queryOptions({
  queryKey: ['sections'],
  queryFn: async () => (await unwrap(api.GET('/api/v1/sections'))).sections as unknown as RegistrySection[],
  staleTime: Number.POSITIVE_INFINITY,
});

/** What a role may do with pages (the server decides; this only hides controls that would fail). */
export function pagePermissions(role: Role | undefined) {
  const editor = role === 'owner' || role === 'admin' || role === 'editor';
  const admin = role === 'owner' || role === 'admin';
  return { edit: editor, admin };
}

/** The status a person reads in the list. */
export function pageStatus(page: PageSummary): {
  label: string;
  tone: 'neutral' | 'brand' | 'success' | 'warning';
} {
  if (page.scheduledAt) return { label: 'Scheduled', tone: 'brand' };
  if (page.status === 'published') return { label: 'Published', tone: 'success' };
  if (page.status === 'changed') return { label: 'Unpublished changes', tone: 'warning' };
  return { label: 'Draft', tone: 'neutral' };
}

/** The public address of a page of an App. */
export function livePath(appSlug: string, pageSlug: string): string {
  return `/s/${appSlug}/${pageSlug}`;
}

/** A page slug suggestion from its title: "Our story" → "our-story". */
export function pageSlugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
