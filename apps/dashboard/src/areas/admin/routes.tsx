/**
 * Admin area: inbox, team and security (members, invitations, API keys, audit), App settings.
 * Routes hang under the App layout (`/apps/$appId`). The notification email links to
 * `/apps/<appId>/inbox/<submissionId>`, so that path must stay.
 *
 * Each route reads its params and search here and hands them to a screen as props: the screens stay
 * plain components, testable and free of route-tree imports.
 */
import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { InboxScreen } from './inbox/inbox-screen';
import { SubmissionScreen } from './inbox/submission-screen';
import { SettingsScreen } from './settings/settings-screen';
import type { InboxFilter } from './shared/queries';
import { TeamScreen, type TeamTab } from './team/team-screen';

export interface InboxSearch {
  filter?: InboxFilter;
  q?: string;
  page?: number;
}

const FILTERS: readonly InboxFilter[] = ['all', 'unread', 'read'];

function inboxSearch(s: Record<string, unknown>): InboxSearch {
  const filter = FILTERS.find((f) => f === s.filter && f !== 'all');
  const q = typeof s.q === 'string' && s.q.trim() ? s.q.slice(0, 200) : undefined;
  const page = Number(s.page);
  return { filter, q, page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined };
}

export function adminRoutes(parent: AnyRoute) {
  const inboxRoute = createRoute({
    getParentRoute: () => parent,
    path: 'inbox',
    validateSearch: inboxSearch,
    component: function InboxRoute() {
      const { appId } = inboxRoute.useParams() as { appId: string };
      return <InboxScreen appId={appId} search={inboxRoute.useSearch()} />;
    },
  });
  const submissionRoute = createRoute({
    getParentRoute: () => parent,
    path: 'inbox/$submissionId',
    component: function SubmissionRoute() {
      const { appId, submissionId } = submissionRoute.useParams() as { appId: string; submissionId: string };
      return <SubmissionScreen appId={appId} submissionId={submissionId} />;
    },
  });
  const teamRoute = createRoute({
    getParentRoute: () => parent,
    path: 'team',
    validateSearch: (s: Record<string, unknown>): { tab?: TeamTab } => ({
      tab: s.tab === 'api-keys' || s.tab === 'audit' ? s.tab : undefined,
    }),
    component: function TeamRoute() {
      const { appId } = teamRoute.useParams() as { appId: string };
      const { tab } = teamRoute.useSearch() as { tab?: TeamTab };
      return <TeamScreen appId={appId} tab={tab ?? 'members'} />;
    },
  });
  const settingsRoute = createRoute({
    getParentRoute: () => parent,
    path: 'settings',
    component: function SettingsRoute() {
      const { appId } = settingsRoute.useParams() as { appId: string };
      return <SettingsScreen appId={appId} />;
    },
  });
  return [inboxRoute, submissionRoute, teamRoute, settingsRoute];
}
