import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { PageProps, Route } from '../router.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { Empty, Flash, PageHead, Spinner } from '../ui.js';

export const route: Route = { path: '/teams', title: 'Teams', signedIn: true };

interface Team {
  id: string;
  name: string;
  slug: string;
  role: string;
}

export default function Teams(_props: PageProps) {
  const { user } = useSession();
  const { navigate } = useLocation();
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [error, setError] = useState('');
  const [loadError, setLoadError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<{ teams: Team[] }>('/api/teams')
      .then((r) => setTeams(r.teams))
      .catch((e: Error) => setLoadError(e.message));
  }, []);
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '');
    setBusy(true);
    setError('');
    try {
      const { team } = await api<{ team: Team }>('/api/teams', { method: 'POST', json: { name } });
      navigate(`/teams/${team.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'That did not work.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHead eyebrow={user ? `Signed in as ${user.name}` : undefined} title="Your teams" />
      <div className="card">
        {loadError ? (
          <Flash kind="error">{loadError}</Flash>
        ) : teams === null ? (
          <Spinner label="Loading your teams" />
        ) : teams.length === 0 ? (
          <Empty title="No teams yet">
            A team holds your members and API keys. Create the first one below.
          </Empty>
        ) : (
          <ul className="list">
            {teams.map((t) => (
              <li key={t.id}>
                <div className="grow">
                  <Link to={`/teams/${t.id}`}>
                    <strong>{t.name}</strong>
                  </Link>
                  <div className="muted">{t.slug}</div>
                </div>
                <span className="badge">{t.role}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="card">
        <h2>New team</h2>
        <Flash kind="error">{error}</Flash>
        <form className="inline-form" onSubmit={create}>
          <input aria-label="Team name" name="name" type="text" placeholder="e.g. Acme Kenya" required />
          <button type="submit" disabled={busy}>
            {busy ? 'Creating…' : 'Create team'}
          </button>
        </form>
      </div>
    </>
  );
}
