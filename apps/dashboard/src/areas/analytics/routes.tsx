/**
 * Analytics routes. `/apps/$appId/analytics` hangs under the App layout; `/share/$token` is the public
 * read-only report, outside the signed-in shell. Both screens (and Recharts with them) are chunks of
 * their own, fetched when the route is opened; the view (period, filters) is the URL's search.
 */
import { type AnyRoute, createRoute, lazyRouteComponent, useNavigate } from '@tanstack/react-router';
import { type AnalyticsSearch, parseAnalyticsSearch } from './search';

const Screen = lazyRouteComponent(() => import('./analytics-screen'), 'AnalyticsScreen');
const Shared = lazyRouteComponent(() => import('./share-page'), 'SharePage');

/** Changes the view in place: a new history entry (Back undoes a filter), no jump to the top. */
function useSetSearch() {
  const navigate = useNavigate();
  return (next: AnalyticsSearch) => navigate({ to: '.', search: next as never, resetScroll: false });
}

export function analyticsRoutes(parent: AnyRoute) {
  const route = createRoute({
    getParentRoute: () => parent,
    path: 'analytics',
    validateSearch: parseAnalyticsSearch,
    loader: () => Screen.preload?.(),
    component: function AnalyticsRoute() {
      const { appId } = route.useParams() as { appId: string };
      const search = route.useSearch() as AnalyticsSearch;
      const setSearch = useSetSearch();
      return <Screen appId={appId} search={search} onSearch={setSearch} />;
    },
  });
  return [route];
}

/** The public share page: a child of the root, so no session is needed or asked for. */
export function analyticsShareRoutes(root: AnyRoute) {
  const route = createRoute({
    getParentRoute: () => root,
    path: 'share/$token',
    validateSearch: parseAnalyticsSearch,
    loader: () => Shared.preload?.(),
    component: function ShareRoute() {
      const { token } = route.useParams() as { token: string };
      const search = route.useSearch() as AnalyticsSearch;
      const setSearch = useSetSearch();
      return <Shared token={token} search={search} onSearch={setSearch} />;
    },
  });
  return [route];
}
