import { Link } from '@tanstack/react-router';
import { Compass, TriangleAlert } from 'lucide-react';
import { messageOf } from '../api/errors';
import { Button } from '../components/ui/button';
import { EmptyState } from '../components/ui/empty-state';

export function NotFound() {
  return (
    <div className="mx-auto max-w-lg px-4 py-20">
      <EmptyState
        icon={Compass}
        title="Page not found"
        action={
          <Button asChild>
            <Link to="/">Go to your Apps</Link>
          </Button>
        }
      >
        The address may be mistyped, or the page has moved.
      </EmptyState>
    </div>
  );
}

export function RouteError({ error, reset }: { error: unknown; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg px-4 py-20" role="alert">
      <EmptyState
        icon={TriangleAlert}
        title="This page could not be shown"
        action={
          <Button variant="secondary" onClick={reset}>
            Try again
          </Button>
        }
      >
        {messageOf(error)}
      </EmptyState>
    </div>
  );
}
