import type { PageProps, Route } from '../router.js';
import { Link } from '../router.js';

export const route: Route = { path: '*', title: 'Page not found' };

export default function NotFound(_props: PageProps) {
  return (
    <div className="card empty">
      <p className="eyebrow">Error 404</p>
      <h1>Page not found</h1>
      <p className="muted">
        Nothing lives at this address. Check the link, or start again from the home page.
      </p>
      <p>
        <Link to="/" className="button">
          Back to the start
        </Link>
      </p>
    </div>
  );
}
