/**
 * Pages area: the pages list (create, rename, slug, order, home, SEO, delete) and the visual editor.
 * Routes hang under the App layout (`/apps/$appId`). The editor (Puck and its field UI) is a chunk
 * of its own, loaded when the route is opened, so the sign-in bundle stays small.
 */
import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { PagesScreen } from './pages-screen';

export function pagesRoutes(parent: AnyRoute) {
  return [
    createRoute({ getParentRoute: () => parent, path: 'pages', component: PagesScreen }),
    createRoute({
      getParentRoute: () => parent,
      path: 'pages/$pageId',
      component: lazyRouteComponent(() => import('./editor/editor-screen'), 'EditorScreen'),
    }),
  ];
}
