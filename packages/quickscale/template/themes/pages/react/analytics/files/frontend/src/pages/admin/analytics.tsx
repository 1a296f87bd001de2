import { useEffect, useState } from 'react';
import { api } from '../../api.js';
import type { PageProps, Route } from '../../router.js';
import { useLocation } from '../../router.js';
import { AdminShell, EmptyState, useAdmin } from '../../site-admin/shell.js';
import { Flash, Spinner } from '../../ui.js';

export const route: Route = { path: '/admin/analytics', title: 'Analytics', signedIn: true };

interface Metric {
  value: number;
  previous: number;
  change: number | null;
}
interface Row {
  value: string;
  visitors: number;
}
interface Report {
  overview: { visitors: Metric; pageviews: Metric; bounceRate: Metric; avgDuration: Metric };
  series: Array<{ label: string; visitors: number }>;
  pages: Row[];
  sources: Row[];
}

const PERIODS = [
  { id: 'today', label: 'Today' },
  { id: '7d', label: '7 days' },
  { id: '30d', label: '30 days' },
  { id: 'month', label: 'This month' },
];

const number = new Intl.NumberFormat('en-GB');

function Delta({ m, lowerIsBetter = false }: { m: Metric; lowerIsBetter?: boolean }) {
  if (m.change === null || m.change === 0)
    return (
      <div className="delta flat">
        {m.change === 0 ? 'No change' : m.value === 0 ? '—' : 'New this period'}
      </div>
    );
  const up = m.change > 0;
  return (
    <div className={`delta ${up !== lowerIsBetter ? 'up' : 'down'}`}>
      {up ? '▲' : '▼'} {Math.abs(Math.round(m.change * 100))}%
    </div>
  );
}

const duration = (s: number) =>
  s < 60 ? `${Math.round(s)}s` : `${Math.floor(s / 60)}m ${Math.round(s % 60)}s`;

function Meter({ rows, code = false }: { rows: Row[]; code?: boolean }) {
  const top = Math.max(1, ...rows.map((r) => r.visitors));
  return (
    <ul className="meter">
      {rows.map((r) => (
        <li key={r.value}>
          <span className="fill" style={{ width: `${Math.max(4, Math.round((r.visitors / top) * 100))}%` }} />
          <span>{code ? <code>{r.value || '(none)'}</code> : r.value || '(none)'}</span>
          <span className="n">{number.format(r.visitors)}</span>
        </li>
      ))}
    </ul>
  );
}

function Dashboard({ period }: { period: string }) {
  const { site } = useAdmin();
  const { navigate } = useLocation();
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setReport(null);
    api<Report>(`/api/apps/${site.id}/analytics?period=${period}`)
      .then(setReport)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : 'Could not load the analytics.'));
  }, [site.id, period]);

  const chips = (
    <div className="toolbar">
      <nav className="chips" aria-label="Period">
        {PERIODS.map((p) => (
          <a
            key={p.id}
            href={`/admin/analytics?period=${p.id}`}
            aria-current={p.id === period ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(`/admin/analytics?period=${p.id}`);
            }}
          >
            {p.label}
          </a>
        ))}
      </nav>
      <span className="muted">Cookieless: no banner needed, no personal data kept.</span>
    </div>
  );
  if (!report)
    return error ? (
      <Flash kind="error">{error}</Flash>
    ) : (
      <>
        {chips}
        <Spinner label="Loading analytics" />
      </>
    );
  const o = report.overview;
  const peak = Math.max(1, ...report.series.map((p) => p.visitors));
  const empty = o.pageviews.value === 0 && o.pageviews.previous === 0;
  return (
    <>
      {chips}
      <div className="tiles">
        <div className="tile">
          <div className="label">Visitors</div>
          <div className="value">{number.format(o.visitors.value)}</div>
          <Delta m={o.visitors} />
        </div>
        <div className="tile">
          <div className="label">Page views</div>
          <div className="value">{number.format(o.pageviews.value)}</div>
          <Delta m={o.pageviews} />
        </div>
        <div className="tile">
          <div className="label">Bounce rate</div>
          <div className="value">{Math.round(o.bounceRate.value * 100)}%</div>
          <Delta m={o.bounceRate} lowerIsBetter />
        </div>
        <div className="tile">
          <div className="label">Visit duration</div>
          <div className="value">{duration(o.avgDuration.value)}</div>
          <Delta m={o.avgDuration} />
        </div>
      </div>
      {empty ? (
        <EmptyState
          title="No visits yet"
          icon={
            <svg
              aria-hidden="true"
              width="26"
              height="26"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M3 3v18h18" />
              <path d="m19 9-5 5-4-4-3 3" />
            </svg>
          }
        >
          <p>
            Every published page counts its visitors on its own. Share your site's address and the first
            visits show here within a minute.
          </p>
          <a className="button" href="/" target="_blank" rel="noopener">
            Open your site
          </a>
        </EmptyState>
      ) : (
        <>
          <div className="card">
            <h2>Visitors</h2>
            <div className="chart" role="img" aria-label="Visitors over the period">
              {report.series.map((p) => (
                <div
                  key={p.label}
                  className={p.visitors === 0 ? 'bar zero' : 'bar'}
                  style={{
                    height: `${p.visitors === 0 ? 2 : Math.max(3, Math.round((p.visitors / peak) * 100))}%`,
                  }}
                  title={`${p.label}: ${p.visitors}`}
                />
              ))}
            </div>
            <div className="chart-axis">
              <span>{report.series[0]?.label}</span>
              <span>{report.series.at(-1)?.label}</span>
            </div>
          </div>
          <div className="split">
            <div className="card">
              <h2>Top pages</h2>
              {report.pages.length === 0 ? (
                <p className="muted">No page views in this period.</p>
              ) : (
                <Meter rows={report.pages} code />
              )}
            </div>
            <div className="card">
              <h2>Sources</h2>
              {report.sources.length === 0 ? (
                <p className="muted">No visits in this period.</p>
              ) : (
                <Meter rows={report.sources} />
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}

export default function AnalyticsPage({ query }: PageProps) {
  const asked = query.get('period') ?? '30d';
  const period = PERIODS.some((p) => p.id === asked) ? asked : '30d';
  return (
    <AdminShell tab="analytics">
      <Dashboard period={period} />
    </AdminShell>
  );
}
