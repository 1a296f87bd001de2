import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api.js';
import type { PageProps, Route } from '../../router.js';
import { Link } from '../../router.js';
import { AdminShell, STATUS_LABEL } from '../../site-admin/shell.js';
import { Flash, Spinner } from '../../ui.js';

export const route: Route = { path: '/admin/pages/:id', title: 'Edit page', signedIn: true };

interface PageText {
  page: { id: string; title: string; slug: string; status: string; isHome: boolean };
  groups: Array<{
    section: string;
    type: string;
    fields: Array<{ key: string; label: string; value: string; multiline: boolean }>;
  }>;
}

function Editor({ id }: { id: string }) {
  const [text, setText] = useState<PageText | null>(null);
  const [title, setTitle] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [flash, setFlash] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<PageText>(`/api/site/pages/${id}/text`)
      .then((t) => {
        setText(t);
        setTitle(t.page.title);
        setValues(Object.fromEntries(t.groups.flatMap((g) => g.fields.map((f) => [f.key, f.value]))));
      })
      .catch((e: unknown) =>
        setFlash({ kind: 'error', text: e instanceof Error ? e.message : 'Could not load the page.' }),
      );
  }, [id]);

  const save = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const publish = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'publish';
    setBusy(true);
    setFlash(null);
    try {
      const { page } = await api<{ page: { status: string; title: string } }>(`/api/site/pages/${id}/text`, {
        method: 'PUT',
        json: { title, values, publish },
      });
      setText((t) => (t ? { ...t, page: { ...t.page, status: page.status, title: page.title } } : t));
      setFlash({
        kind: 'success',
        text: publish ? 'Saved and published: your site shows it now.' : 'Draft saved.',
      });
    } catch (err) {
      setFlash({ kind: 'error', text: err instanceof Error ? err.message : 'That did not work.' });
    } finally {
      setBusy(false);
    }
  };

  if (!text) return flash ? <Flash kind="error">{flash.text}</Flash> : <Spinner label="Loading the page" />;
  const path = text.page.isHome ? '/' : `/${text.page.slug}`;
  return (
    <>
      <p>
        <Link to="/admin/pages">← All pages</Link>
      </p>
      {flash ? <Flash kind={flash.kind}>{flash.text}</Flash> : null}
      <form className="editor" onSubmit={save}>
        <div>
          <fieldset>
            <legend>Page</legend>
            <div className="field">
              <label htmlFor="title">Title</label>
              <input
                id="title"
                type="text"
                required
                maxLength={120}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
              <span className="hint">Shown in the menu and the browser tab.</span>
            </div>
          </fieldset>
          {text.groups.map((g, gi) => (
            <fieldset key={`${g.type}-${gi}`}>
              <legend>{g.section}</legend>
              {g.fields.map((f) => (
                <div className="field" key={f.key}>
                  <label htmlFor={`f-${f.key}`}>{f.label}</label>
                  {f.multiline ? (
                    <textarea
                      id={`f-${f.key}`}
                      rows={3}
                      value={values[f.key] ?? ''}
                      onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
                    />
                  ) : (
                    <input
                      id={`f-${f.key}`}
                      type="text"
                      value={values[f.key] ?? ''}
                      onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
                    />
                  )}
                </div>
              ))}
            </fieldset>
          ))}
        </div>
        <aside>
          <div className="card">
            <div>
              <span className={`status ${text.page.status}`}>{STATUS_LABEL[text.page.status]}</span>
            </div>
            <p className="muted" style={{ margin: 0 }}>
              Saving keeps a new version. Publish to show it on <code>{path}</code>.
            </p>
            <button type="submit" value="publish" className="full" disabled={busy}>
              {busy ? 'Saving…' : 'Save and publish'}
            </button>
            <button type="submit" value="draft" className="secondary full" disabled={busy}>
              Save draft
            </button>
            <a className="button secondary full" href={path} target="_blank" rel="noopener">
              View live page ↗
            </a>
          </div>
        </aside>
      </form>
    </>
  );
}

export default function EditPage({ params }: PageProps) {
  return (
    <AdminShell tab="pages">
      <Editor id={params.id as string} />
    </AdminShell>
  );
}
