/**
 * Pages area: the pages list (create, rename, slug, order, home, SEO, delete) and the visual editor.
 * Routes hang under the App layout (`/apps/$appId`).
 */
import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { Placeholder } from '../placeholder';

export function pagesRoutes(parent: AnyRoute) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'pages',
      component: () => <Placeholder title="Pages" />,
    }),
  ];
}
