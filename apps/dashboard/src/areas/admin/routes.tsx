/** Admin area: inbox, team and security (members, invitations, API keys, audit), App settings. */
import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { Placeholder } from '../placeholder';

export function adminRoutes(parent: AnyRoute) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'inbox',
      component: () => <Placeholder title="Inbox" />,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'team',
      component: () => <Placeholder title="Team" />,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'settings',
      component: () => <Placeholder title="Settings" />,
    }),
  ];
}
