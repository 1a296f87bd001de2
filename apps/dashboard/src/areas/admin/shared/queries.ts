/** Query definitions of the admin screens (inbox, team, API keys, audit, site settings). */
import { infiniteQueryOptions, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../../api/client';
import { appQuery } from '../../../api/queries';

export type Submission = Schemas['Submission'];
export type Member = Schemas['Member'];
export type Invitation = Schemas['Invitation'];
export type ApiKey = Schemas['ApiKey'];
export type AuditEvent = Schemas['AuditEvent'];
export type InboxFilter = 'unread' | 'read' | 'all';

export const INBOX_PAGE_SIZE = 25;

export interface InboxParams {
  filter: InboxFilter;
  search: string;
  page: number;
}

/** Everything the inbox shows lives under this key: list pages, counts, single messages. */
export const inboxKey = (appId: string) => ['apps', appId, 'submissions'] as const;

export const submissionsQuery = (appId: string, { filter, search, page }: InboxParams) =>
  queryOptions({
    queryKey: [...inboxKey(appId), 'list', { filter, search, page }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/apps/{appId}/submissions', {
          params: {
            path: { appId },
            query: { filter, search: search || undefined, page, limit: INBOX_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });

export const submissionQuery = (appId: string, submissionId: string) =>
  queryOptions({
    queryKey: [...inboxKey(appId), 'one', submissionId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/apps/{appId}/submissions/{submissionId}', {
          params: { path: { appId, submissionId } },
        }),
      ),
  });

/** The CSV download of the inbox as filtered on screen (same-origin GET: the session cookie goes along). */
export function exportUrl(appId: string, filter: InboxFilter, search: string): string {
  const query = new URLSearchParams();
  if (filter !== 'all') query.set('filter', filter);
  if (search) query.set('search', search);
  const qs = query.toString();
  return `/api/v1/apps/${encodeURIComponent(appId)}/submissions/export.csv${qs ? `?${qs}` : ''}`;
}

export const membersQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'members'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/apps/{appId}/members', { params: { path: { appId } } }))).members,
  });

export const invitationsQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'invitations'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/apps/{appId}/invitations', { params: { path: { appId } } })))
        .invitations,
  });

export const apiKeysQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'api-keys'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/apps/{appId}/api-keys', { params: { path: { appId } } }))).apiKeys,
  });

export const AUDIT_PAGE_SIZE = 20;

export const auditQuery = (appId: string) =>
  infiniteQueryOptions({
    queryKey: ['apps', appId, 'audit'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/apps/{appId}/audit', {
          params: { path: { appId }, query: { limit: AUDIT_PAGE_SIZE, before: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  });

export const siteSettingsQuery = (appId: string) =>
  queryOptions({
    queryKey: ['apps', appId, 'settings', 'theme'],
    queryFn: () => unwrap(api.GET('/api/v1/apps/{appId}/settings/theme', { params: { path: { appId } } })),
  });

/** The App and my role in it: screens decide from this which controls to show. */
export function useAppRole(appId: string) {
  const app = useQuery(appQuery(appId));
  return { app, role: app.data?.role };
}
