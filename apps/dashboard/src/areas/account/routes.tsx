/** Account area: profile, password, sessions. Under the signed-in layout (not an App). */
import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { AccountPage } from './account-page';

export function accountRoutes(parent: AnyRoute) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'account',
      // `?email=changed`: where the change-of-email link lands (see account-api.ts).
      validateSearch: (s: Record<string, unknown>): { email?: string } => ({
        email: typeof s.email === 'string' && s.email ? s.email : undefined,
      }),
      component: AccountPage,
    }),
  ];
}
