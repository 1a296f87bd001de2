import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api.js';
import type { PageProps, Route } from '../../router.js';
import { Link } from '../../router.js';
import { AdminShell, EmptyState, STATUS_LABEL, useAdmin } from '../../site-admin/shell.js';
import { Flash, Spinner } from '../../ui.js';

export const route: Route = { path: '/admin/pages', title: 'Pages', signedIn: true };

interface PageSummary {
  id: string;
  slug: string;
  title: string;
  isHome: boolean;
  status: 'draft' | 'published' | 'changed';
}

function Pages() {
  const { site } = useAdmin();
  const [pages, setPages] = useState<PageSummary[] | null>(null);
  const [flash, setFlash] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback(async () => {
    const r = await api<{ pages: PageSummary[] }>(`/api/apps/${site.id}/pages`);
    setPages(r.pages);
  }, [site.id]);
  useEffect(() => {
    load().catch((e: unknown) =>
      setFlash({ kind: 'error', text: e instanceof Error ? e.message : 'Could not load the pages.' }),
    );
  }, [load]);

  const act = async (p: PageSummary, action: 'publish' | 'unpublish') => {
    setBusy(p.id);
    setFlash(null);
    try {
      await api(`/api/apps/${site.id}/pages/${p.id}/${action}`, { method: 'POST', json: {} });
      await load();
      setFlash({
        kind: 'success',
        text: action === 'publish' ? `“${p.title}” is live on your site.` : `“${p.title}” is off your site.`,
      });
    } catch (e) {
      setFlash({ kind: 'error', text: e instanceof Error ? e.message : 'That did not work.' });
    } finally {
      setBusy(null);
    }
  };

  if (!pages) return flash ? <Flash kind="error">{flash.text}</Flash> : <Spinner label="Loading pages" />;
  return (
    <>
      <div className="toolbar">
        <p className="muted" style={{ margin: 0 }}>
          Your site's pages. Publish a page to show it, edit its words, take it off the site for a while.
        </p>
      </div>
      {flash ? <Flash kind={flash.kind}>{flash.text}</Flash> : null}
      {pages.length === 0 ? (
        <EmptyState title="No pages">
          <p>This site has no pages yet.</p>
        </EmptyState>
      ) : (
        <ul className="rows">
          {pages.map((p) => (
            <li key={p.id}>
              <div className="grow">
                <Link to={`/admin/pages/${p.id}`}>{p.title}</Link>
                {p.isHome ? <span className="badge neutral">Home</span> : null}
                <div className="path">{p.isHome ? '/' : `/${p.slug}`}</div>
              </div>
              <span className={`status ${p.status}`}>{STATUS_LABEL[p.status]}</span>
              <div className="actions">
                <Link to={`/admin/pages/${p.id}`} className="button secondary small">
                  Edit
                </Link>
                {p.status === 'published' ? (
                  <button
                    type="button"
                    className="secondary small"
                    disabled={p.isHome || busy === p.id}
                    title={p.isHome ? 'The home page stays on your site' : undefined}
                    onClick={() => act(p, 'unpublish')}
                  >
                    Unpublish
                  </button>
                ) : (
                  <button
                    type="button"
                    className="small"
                    disabled={busy === p.id}
                    onClick={() => act(p, 'publish')}
                  >
                    Publish
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export default function PagesPage(_props: PageProps) {
  return (
    <AdminShell tab="pages">
      <Pages />
    </AdminShell>
  );
}
