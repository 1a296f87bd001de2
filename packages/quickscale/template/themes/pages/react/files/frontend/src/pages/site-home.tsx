import { useEffect } from 'react';
import type { PageProps, Route } from '../router.js';
import { Spinner } from '../ui.js';

/** `/` is the public site, served by the server: leaving the app loads it. */
export const route: Route = { path: '/', title: '' };

export default function SiteHome(_props: PageProps) {
  useEffect(() => {
    window.location.replace('/');
  }, []);
  return <Spinner label="Opening the site" />;
}
