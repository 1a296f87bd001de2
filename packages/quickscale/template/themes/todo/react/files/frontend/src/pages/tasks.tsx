import { type FormEvent, type MouseEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api.js';
import type { PageProps, Route } from '../router.js';
import { useLocation } from '../router.js';
import { useSession } from '../session.js';
import { ago, Icon, TodoStyles } from '../todo/ui.js';
import { Flash, PageHead, Spinner } from '../ui.js';

export const route: Route = { path: '/tasks', title: 'Tasks', signedIn: true };

interface Task {
  id: string;
  title: string;
  done: boolean;
  createdAt: string;
  completedAt: string | null;
}

const FILTERS = ['all', 'active', 'done'] as const;
type Filter = (typeof FILTERS)[number];
const LABELS: Record<Filter, string> = { all: 'All', active: 'Active', done: 'Done' };
const TITLE_MAX = 200;

const filterOf = (value: string | null): Filter =>
  (FILTERS as readonly string[]).includes(value ?? '') ? (value as Filter) : 'all';
const urlOf = (filter: Filter) => (filter === 'all' ? '/tasks' : `/tasks?filter=${filter}`);
const problem = (err: unknown) => (err instanceof ApiError ? err.message : 'That did not work. Try again.');
const titleProblem = (title: string) =>
  !title
    ? 'Give the task a title.'
    : title.length > TITLE_MAX
      ? `Keep the title to at most ${TITLE_MAX} characters.`
      : '';

export default function Tasks({ query }: PageProps) {
  const { user } = useSession();
  const { navigate } = useLocation();
  const filter = filterOf(query.get('filter'));
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [loadError, setLoadError] = useState('');
  const [error, setError] = useState('');
  const [title, setTitle] = useState('');
  const [addError, setAddError] = useState('');
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [editError, setEditError] = useState('');
  const addField = useRef<HTMLInputElement>(null);
  /** Where focus goes after the next render (an element id). */
  const focusNext = useRef<string | null>(null);
  /** Per task, the latest change sent: an older answer arriving late must not undo a newer click. */
  const versions = useRef(new Map<string, number>());

  const load = useCallback(async () => {
    setLoadError('');
    try {
      setTasks((await api<{ tasks: Task[] }>('/api/tasks')).tasks);
    } catch (err) {
      setLoadError(problem(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const put = (task: Task) => setTasks((list) => list?.map((t) => (t.id === task.id ? task : t)) ?? list);
  const drop = (id: string) => setTasks((list) => list?.filter((t) => t.id !== id) ?? list);
  const bump = (id: string) => {
    const version = (versions.current.get(id) ?? 0) + 1;
    versions.current.set(id, version);
    return () => versions.current.get(id) === version;
  };

  const add = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const clean = title.trim();
    const bad = titleProblem(clean);
    if (bad) {
      setAddError(bad);
      addField.current?.focus();
      return;
    }
    setAdding(true);
    setAddError('');
    try {
      const { task } = await api<{ task: Task }>('/api/tasks', { method: 'POST', json: { title: clean } });
      setTasks((list) => [task, ...(list ?? [])]);
      setTitle('');
      // A new task is active: from the "done" view, show everything so it can be seen.
      if (filter === 'done') navigate(urlOf('all'));
    } catch (err) {
      setAddError(problem(err));
    } finally {
      setAdding(false);
      addField.current?.focus();
    }
  };

  /** Optimistic: the check moves at once and moves back if the server says no. */
  const toggle = async (task: Task) => {
    const changed = { ...task, done: !task.done, completedAt: task.done ? null : new Date().toISOString() };
    const latest = bump(task.id);
    put(changed);
    setError('');
    try {
      const { task: saved } = await api<{ task: Task }>(`/api/tasks/${task.id}`, {
        method: 'PATCH',
        json: { done: changed.done },
      });
      if (latest()) put(saved);
    } catch (err) {
      if (!latest()) return;
      if (err instanceof ApiError && err.status === 404) {
        drop(task.id);
        setError('That task no longer exists.');
      } else {
        put(task);
        setError(`“${task.title}” was not updated: ${problem(err)}`);
      }
    }
  };

  const startEdit = (task: Task) => {
    setEditing(task.id);
    setDraft(task.title);
    setEditError('');
  };
  const cancelEdit = (task: Task) => {
    setEditing(null);
    setEditError('');
    focusNext.current = `rename-button-${task.id}`;
  };
  const rename = async (e: FormEvent<HTMLFormElement>, task: Task) => {
    e.preventDefault();
    const clean = draft.trim();
    const bad = titleProblem(clean);
    if (bad) return setEditError(bad);
    setEditing(null);
    setEditError('');
    focusNext.current = `toggle-${task.id}`;
    if (clean === task.title) return;
    const latest = bump(task.id);
    put({ ...task, title: clean });
    try {
      const { task: saved } = await api<{ task: Task }>(`/api/tasks/${task.id}`, {
        method: 'PATCH',
        json: { title: clean },
      });
      if (latest()) put(saved);
    } catch (err) {
      if (!latest()) return;
      put(task);
      setEditing(task.id);
      setDraft(clean);
      setEditError(problem(err));
    }
  };

  const remove = async (task: Task) => {
    drop(task.id);
    setError('');
    focusNext.current = 'new-task';
    try {
      await api(`/api/tasks/${task.id}`, { method: 'DELETE' });
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) return; // already gone
      setError(`“${task.title}” was not deleted: ${problem(err)}`);
      await load();
    }
  };

  const clearDone = async (count: number) => {
    const what = count === 1 ? 'the completed task' : `the ${count} completed tasks`;
    if (!window.confirm(`Delete ${what}? This cannot be undone.`)) return;
    setTasks((list) => list?.filter((t) => !t.done) ?? list);
    setError('');
    try {
      await api('/api/tasks/completed', { method: 'DELETE' });
    } catch (err) {
      setError(`The completed tasks were not deleted: ${problem(err)}`);
      await load();
    }
  };

  const show = (e: MouseEvent, to: Filter) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    setEditing(null);
    navigate(urlOf(to));
  };

  const list = tasks ?? [];
  const counts = {
    all: list.length,
    active: list.filter((t) => !t.done).length,
    done: list.filter((t) => t.done).length,
  };
  const shown = list.filter((t) => filter === 'all' || (filter === 'done') === t.done);
  const percent = counts.all === 0 ? 0 : Math.round((counts.done / counts.all) * 100);

  return (
    <>
      <TodoStyles />
      <PageHead eyebrow={user ? `Signed in as ${user.name}` : undefined} title="Your tasks">
        {counts.all > 0 ? (
          <div className="todo-summary">
            <span>
              <strong>{counts.done}</strong> of {counts.all} done
            </span>
            <span
              className="todo-progress"
              role="progressbar"
              aria-label="Tasks done"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
            >
              <span style={{ width: `${percent}%` }} />
            </span>
          </div>
        ) : null}
      </PageHead>
      <section className="card todo-panel" aria-label="Tasks">
        <form className="todo-add" onSubmit={add} noValidate>
          <label className="todo-sr" htmlFor="new-task">
            New task
          </label>
          <input
            id="new-task"
            ref={addField}
            name="title"
            type="text"
            placeholder="What needs doing?"
            maxLength={TITLE_MAX}
            autoComplete="off"
            enterKeyHint="done"
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              if (addError) setAddError('');
            }}
            aria-invalid={addError ? true : undefined}
            aria-describedby={addError ? 'new-task-error' : undefined}
          />
          <button type="submit" disabled={adding || tasks === null}>
            <Icon name="plus" size={18} stroke={2.5} />
            <span>
              {adding ? 'Adding…' : 'Add'}
              {adding ? null : <span className="todo-wide"> task</span>}
            </span>
          </button>
        </form>
        {addError ? (
          <div className="flash error" role="alert" id="new-task-error">
            {addError}
          </div>
        ) : null}
        <Flash kind="error">{error}</Flash>
        {loadError ? (
          <div className="todo-empty" role="alert">
            <h2>Your tasks could not be loaded</h2>
            <p>{loadError}</p>
            <p style={{ marginTop: 16 }}>
              <button type="button" className="secondary" onClick={() => void load()}>
                Try again
              </button>
            </p>
          </div>
        ) : tasks === null ? (
          <Spinner label="Loading your tasks" />
        ) : (
          <>
            {counts.all > 0 ? (
              <div className="todo-toolbar">
                <nav className="todo-filters" aria-label="Show tasks">
                  {FILTERS.map((f) => (
                    <a
                      key={f}
                      href={urlOf(f)}
                      onClick={(e) => show(e, f)}
                      aria-current={f === filter ? 'page' : undefined}
                    >
                      {LABELS[f]}
                      <span className="todo-count">{counts[f]}</span>
                    </a>
                  ))}
                </nav>
                {counts.done > 0 ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      void clearDone(counts.done);
                    }}
                  >
                    <button type="submit" className="link todo-clear">
                      Clear completed
                    </button>
                  </form>
                ) : null}
              </div>
            ) : null}
            {shown.length === 0 ? (
              <EmptyState all={counts.all} filter={filter} />
            ) : (
              <ul className="todo-list">
                {shown.map((task) =>
                  editing === task.id ? (
                    <li key={task.id} id={`task-${task.id}`} className="editing">
                      <form className="todo-rename" onSubmit={(e) => rename(e, task)} noValidate>
                        <label className="todo-sr" htmlFor={`rename-${task.id}`}>
                          New title for “{task.title}”
                        </label>
                        <input
                          id={`rename-${task.id}`}
                          type="text"
                          maxLength={TITLE_MAX}
                          autoComplete="off"
                          // biome-ignore lint/a11y/noAutofocus: the person just asked to rename this task.
                          autoFocus
                          value={draft}
                          onChange={(e) => setDraft(e.target.value)}
                          onKeyDown={(e) => {
                            if (e.key === 'Escape') cancelEdit(task);
                          }}
                          aria-invalid={editError ? true : undefined}
                          aria-describedby={editError ? 'rename-error' : undefined}
                        />
                        <button type="submit">Save</button>
                        <button type="button" className="secondary" onClick={() => cancelEdit(task)}>
                          Cancel
                        </button>
                        {editError ? (
                          <span className="field-error" id="rename-error" role="alert">
                            {editError}
                          </span>
                        ) : null}
                      </form>
                    </li>
                  ) : (
                    <li key={task.id} id={`task-${task.id}`} className={task.done ? 'done' : undefined}>
                      <label className="todo-check" title={task.done ? 'Mark as not done' : 'Mark as done'}>
                        <input
                          id={`toggle-${task.id}`}
                          type="checkbox"
                          checked={task.done}
                          onChange={() => void toggle(task)}
                          aria-labelledby={`title-${task.id}`}
                        />
                        <span className="todo-box">
                          <Icon name="check" size={14} stroke={3} />
                        </span>
                      </label>
                      <div className="todo-body">
                        <span className="title" id={`title-${task.id}`}>
                          {task.title}
                        </span>
                        <span className="todo-meta">
                          {task.done && task.completedAt ? (
                            <>
                              Done <time dateTime={task.completedAt}>{ago(task.completedAt)}</time>
                            </>
                          ) : (
                            <>
                              Added <time dateTime={task.createdAt}>{ago(task.createdAt)}</time>
                            </>
                          )}
                        </span>
                      </div>
                      <div className="todo-actions">
                        <button
                          id={`rename-button-${task.id}`}
                          type="button"
                          className="todo-icon"
                          aria-label={`Rename “${task.title}”`}
                          title="Rename"
                          onClick={() => startEdit(task)}
                        >
                          <Icon name="pencil" size={17} />
                        </button>
                        <button
                          type="button"
                          className="todo-icon todo-delete"
                          aria-label={`Delete “${task.title}”`}
                          title="Delete"
                          onClick={() => void remove(task)}
                        >
                          <Icon name="trash" size={17} />
                        </button>
                      </div>
                    </li>
                  ),
                )}
              </ul>
            )}
          </>
        )}
      </section>
    </>
  );
}

function EmptyState({ all, filter }: { all: number; filter: Filter }) {
  const [icon, heading, text] =
    all === 0
      ? [
          'list' as const,
          'Nothing on your list yet',
          'Add your first task above — something small you can finish today is a good start.',
        ]
      : filter === 'active'
        ? [
            'done' as const,
            'All done!',
            'Every task is ticked off. Enjoy the moment, or add the next one above.',
          ]
        : ['list' as const, 'Nothing done yet', 'Tick a task off and it shows up here.'];
  return (
    <div className="todo-empty">
      <div className="todo-empty-icon">
        <Icon name={icon} size={26} />
      </div>
      <h2>{heading}</h2>
      <p>{text}</p>
    </div>
  );
}
