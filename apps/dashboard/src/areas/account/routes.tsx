/** Account area: profile, password, sessions. Under the signed-in layout (not an App). */
import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { Placeholder } from '../placeholder';

export function accountRoutes(parent: AnyRoute) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'account',
      component: () => <Placeholder title="Account" />,
    }),
  ];
}
