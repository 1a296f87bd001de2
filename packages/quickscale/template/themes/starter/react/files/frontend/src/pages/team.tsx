import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { PageProps, Route } from '../router.js';
import { Link } from '../router.js';
import { Flash, PageHead, Spinner } from '../ui.js';

export const route: Route = { path: '/teams/:id', title: 'Team', signedIn: true };

interface Team {
  id: string;
  name: string;
  role: string;
}

interface Key {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

export default function TeamPage({ params }: PageProps) {
  const id = params.id as string;
  const [team, setTeam] = useState<Team | null>(null);
  const [keys, setKeys] = useState<Key[] | null>(null);
  const [created, setCreated] = useState('');
  const [error, setError] = useState('');
  const load = useCallback(async () => {
    try {
      const [{ teams }, { keys }] = await Promise.all([
        api<{ teams: Team[] }>('/api/teams'),
        api<{ keys: Key[] }>(`/api/teams/${id}/keys`),
      ]);
      setTeam(teams.find((t) => t.id === id) ?? null);
      setKeys(keys.filter((k) => !k.revokedAt));
    } catch (err) {
      setError((err as Error).message);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const createKey = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const name = String(new FormData(form).get('name') ?? '');
    setError('');
    try {
      const answer = await api<{ key: string }>(`/api/teams/${id}/keys`, { method: 'POST', json: { name } });
      setCreated(answer.key);
      form.reset();
      await load();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'That did not work.');
    }
  };
  const revoke = async (keyId: string) => {
    await api(`/api/teams/${id}/keys/${keyId}`, { method: 'DELETE' });
    await load();
  };
  if (!team && !error) return <Spinner label="Loading the team" />;
  return (
    <>
      <p>
        <Link to="/teams">← Teams</Link>
      </p>
      <PageHead eyebrow={team ? `Team · ${team.role}` : undefined} title={team?.name ?? 'Team'} />
      {created ? (
        <div className="card" role="status">
          <h2>Your new API key</h2>
          <p className="muted">Copy it now: it is shown only once.</p>
          <pre id="new-key">{created}</pre>
        </div>
      ) : null}
      <div className="card">
        <h2>API keys</h2>
        {keys && keys.length === 0 ? (
          <p className="muted">No keys yet. A key lets a script or another service use this team's API.</p>
        ) : (
          <ul className="list">
            {(keys ?? []).map((k) => (
              <li key={k.id}>
                <div className="grow">
                  <strong>{k.name}</strong>
                  <div className="muted">
                    <code>{k.prefix}.…</code> · created {k.createdAt.slice(0, 10)}
                  </div>
                </div>
                <button type="button" className="danger" onClick={() => revoke(k.id)}>
                  Revoke
                </button>
              </li>
            ))}
          </ul>
        )}
        <Flash kind="error">{error}</Flash>
        <form className="inline-form" onSubmit={createKey} style={{ marginTop: 16 }}>
          <input aria-label="Key name" name="name" type="text" placeholder="e.g. Billing export" required />
          <button type="submit">Create key</button>
        </form>
      </div>
    </>
  );
}
