/** Content area: blog (posts list and editor), media library and theme. Under `/apps/$appId`. */
import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { Placeholder } from '../placeholder';

export function contentRoutes(parent: AnyRoute) {
  return [
    createRoute({
      getParentRoute: () => parent,
      path: 'blog',
      component: () => <Placeholder title="Blog" />,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'media',
      component: () => <Placeholder title="Media" />,
    }),
    createRoute({
      getParentRoute: () => parent,
      path: 'theme',
      component: () => <Placeholder title="Theme" />,
    }),
  ];
}
