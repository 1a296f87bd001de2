import type { PageProps, Route } from '../router.js';
import { useSession } from '../session.js';

export const route: Route = { path: '/check-email', title: 'Check your email' };

export default function CheckEmail({ query }: PageProps) {
  const { meta } = useSession();
  return (
    <div className="page narrow" style={{ padding: 0 }}>
      <div className="card empty">
        <p className="eyebrow">Almost there</p>
        <h1>Check your email</h1>
        <p className="muted">
          We sent a confirmation link to <strong>{query.get('email') || 'your address'}</strong>. Open it to
          confirm your address — it signs you in.
        </p>
        {meta?.dev ? (
          <p>
            <a className="button secondary" href="/dev/mailbox">
              Open the development mailbox
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
