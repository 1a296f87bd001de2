import { useEffect } from 'react';
import type { PageProps, Route } from '../router.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { Icon, TodoStyles } from '../todo/ui.js';

export const route: Route = { path: '/', title: '' };

const PREVIEW = [
  { title: 'Send the quote to Wambui', meta: 'Added 10 min ago', done: false },
  { title: 'Book the venue for Friday', meta: 'Added 1 h ago', done: false },
  { title: 'Renew the business permit', meta: 'Done just now', done: true },
  { title: 'Pay the electricity bill', meta: 'Done yesterday', done: true },
];

export default function Home(_props: PageProps) {
  const { user, meta } = useSession();
  const { navigate } = useLocation();
  useEffect(() => {
    if (user) navigate('/tasks');
  }, [user, navigate]);
  return (
    <>
      <TodoStyles />
      <section className="todo-hero">
        <div>
          <p className="eyebrow">{meta?.project.title}</p>
          <h1>
            Get it out of your head. <em>Get it done.</em>
          </h1>
          <p className="todo-lead">
            A calm, fast task list: write a task down in a second, tick it off when it is done and see at a
            glance what is left — on your laptop and your phone.
          </p>
          <div className="todo-cta">
            <Link to="/sign-up" className="button">
              Create your account
            </Link>
            <Link to="/sign-in" className="button secondary">
              Sign in
            </Link>
          </div>
          <p className="todo-fineprint">Takes a minute. Your tasks are private to you.</p>
        </div>
        <div className="todo-preview" aria-hidden="true">
          <div className="card">
            <div className="todo-preview-head">
              <strong>Today</strong>
              <span className="todo-summary" style={{ minWidth: 0 }}>
                <span>
                  <strong>2</strong> of 4 done
                </span>
                <span className="todo-progress" style={{ width: 140 }}>
                  <span style={{ width: '50%' }} />
                </span>
              </span>
            </div>
            <ul className="todo-list">
              {PREVIEW.map((t) => (
                <li key={t.title} className={t.done ? 'done' : undefined}>
                  <span className="todo-check">
                    <span className="todo-box">
                      <Icon name="check" size={14} stroke={3} />
                    </span>
                  </span>
                  <span className="todo-body">
                    <span className="title">{t.title}</span>
                    <span className="todo-meta">{t.meta}</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <div className="todo-features">
        <div className="card">
          <div className="todo-feature-icon">
            <Icon name="zap" />
          </div>
          <h2>Capture in a second</h2>
          <p className="muted">
            Type it, press Enter, carry on. Rename or delete a task whenever plans change.
          </p>
        </div>
        <div className="card">
          <div className="todo-feature-icon">
            <Icon name="list" />
          </div>
          <h2>Focus on what is left</h2>
          <p className="muted">
            Switch between everything, what is still to do and what is done — with counts and your progress.
          </p>
        </div>
        <div className="card">
          <div className="todo-feature-icon">
            <Icon name="lock" />
          </div>
          <h2>Yours alone</h2>
          <p className="muted">Sign in with your email; nobody else can see or change your list.</p>
        </div>
      </div>
    </>
  );
}
