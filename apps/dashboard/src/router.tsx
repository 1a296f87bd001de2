/**
 * The route tree (code-based: one file, fully typed). Two layouts:
 * - `_auth`: the account screens, centred on a quiet canvas; signed-in people skip sign-in/up;
 * - `_app`: everything behind a session; without one it sends you to /sign-in and back afterwards.
 *
 * The server falls back to index.html for exactly these paths (apps/server/src/http/dashboard.ts,
 * DASHBOARD_PATHS): a new top-level path must be added there too.
 */
import { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, redirect } from '@tanstack/react-router';
import { ApiError } from './api/errors';
import { appsQuery, sessionQuery } from './api/queries';
import { accountRoutes } from './areas/account/routes';
import { adminRoutes } from './areas/admin/routes';
import { analyticsRoutes, analyticsShareRoutes } from './areas/analytics/routes';
import { contentRoutes } from './areas/content/routes';
import { pagesRoutes } from './areas/pages/routes';
import { safeRedirect } from './lib/forms';
import { AppLayout } from './routes/app-layout';
import { AppOverview } from './routes/app-overview';
import { AppShell } from './routes/app-shell';
import { AppHome } from './routes/apps-home';
import { AuthShell } from './routes/auth-shell';
import { CheckEmail } from './routes/check-email';
import { ForgotPassword } from './routes/forgot-password';
import { NewApp } from './routes/new-app';
import { NotFound, RouteError } from './routes/not-found';
import { ResetPassword } from './routes/reset-password';
import { SignIn } from './routes/sign-in';
import { SignUp } from './routes/sign-up';
import { VerifyEmail } from './routes/verify-email';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // Client errors (4xx) will not fix themselves: show them at once. Retry network/5xx twice.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  notFoundComponent: NotFound,
  errorComponent: RouteError,
});

const authLayout = createRoute({ getParentRoute: () => rootRoute, id: '_auth', component: AuthShell });

/** Sign-in and sign-up are for people without a session: send the others on. */
const guestOnly = async ({
  context,
  search,
}: {
  context: { queryClient: QueryClient };
  search: { redirect?: string };
}) => {
  const session = await context.queryClient.ensureQueryData(sessionQuery);
  if (!session) return;
  const target = safeRedirect(search.redirect);
  // An invitation is a page the server renders: leave the dashboard for it.
  if (target.startsWith('/invite/')) {
    window.location.assign(target);
    return;
  }
  throw redirect({ href: target });
};

const signInRoute = createRoute({
  getParentRoute: () => authLayout,
  path: 'sign-in',
  validateSearch: (s: Record<string, unknown>): { redirect?: string; reset?: string; email?: string } => ({
    redirect: str(s.redirect),
    reset: str(s.reset),
    email: str(s.email),
  }),
  beforeLoad: guestOnly,
  component: SignIn,
});

const signUpRoute = createRoute({
  getParentRoute: () => authLayout,
  path: 'sign-up',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => ({ redirect: str(s.redirect) }),
  beforeLoad: guestOnly,
  component: SignUp,
});

const checkEmailRoute = createRoute({
  getParentRoute: () => authLayout,
  path: 'check-email',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: str(s.email) }),
  component: CheckEmail,
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => authLayout,
  path: 'verify-email',
  validateSearch: (s: Record<string, unknown>): { error?: string } => ({ error: str(s.error) }),
  component: VerifyEmail,
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => authLayout,
  path: 'forgot-password',
  validateSearch: (s: Record<string, unknown>): { email?: string } => ({ email: str(s.email) }),
  component: ForgotPassword,
});

const resetPasswordRoute = createRoute({
  getParentRoute: () => authLayout,
  path: 'reset-password',
  validateSearch: (s: Record<string, unknown>): { token?: string; error?: string } => ({
    token: str(s.token),
    error: str(s.error),
  }),
  component: ResetPassword,
});

const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { session };
  },
  loader: ({ context }) => context.queryClient.prefetchQuery(appsQuery),
  component: AppShell,
});

const homeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/',
  validateSearch: (s: Record<string, unknown>): { created?: string } => ({ created: str(s.created) }),
  component: AppHome,
});

/** `/apps` is the home page under another name (the server serves it; links may use it). */
const appsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'apps',
  beforeLoad: () => {
    throw redirect({ to: '/' });
  },
});

const newAppRoute = createRoute({ getParentRoute: () => appLayout, path: 'apps/new', component: NewApp });

/** One App: its navigation around the screen of each area. */
const appRoute = createRoute({
  getParentRoute: () => appLayout,
  path: 'apps/$appId',
  component: AppLayout,
});

const appOverviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: AppOverview });

const routeTree = rootRoute.addChildren([
  authLayout.addChildren([
    signInRoute,
    signUpRoute,
    checkEmailRoute,
    verifyEmailRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
  ]),
  appLayout.addChildren([
    homeRoute,
    appsRoute,
    newAppRoute,
    ...accountRoutes(appLayout),
    appRoute.addChildren([
      appOverviewRoute,
      ...pagesRoutes(appRoute),
      ...contentRoutes(appRoute),
      ...adminRoutes(appRoute),
      ...analyticsRoutes(appRoute),
    ]),
  ]),
  ...analyticsShareRoutes(rootRoute),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  // Loaders read through the query cache, which has its own staleness rules.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
