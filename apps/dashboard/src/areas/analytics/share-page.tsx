/**
 * The public share page (`/share/$token`): the App's reports, read-only, for someone without an
 * account. A link with a password asks for it first; the access it returns lasts 12 hours and is
 * kept for this tab only (sessionStorage).
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { Lock, LockOpen } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ApiError, messageOf } from '../../api/errors';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { TextField } from '../../components/ui/field';
import { Logo } from '../../components/ui/logo';
import { Loading } from '../../components/ui/spinner';
import { Toaster } from '../../components/ui/toast';
import { type QueryFor, reportQuery, type Scope, unlockShare } from './api';
import { AnalyticsReport } from './report';
import { type AnalyticsSearch, toReportQuery } from './search';

const storageKey = (token: string) => `qspace.share-access.${token}`;

function savedAccess(token: string): string | undefined {
  try {
    const raw = sessionStorage.getItem(storageKey(token));
    if (!raw) return undefined;
    const { access, expiresAt } = JSON.parse(raw) as { access?: string; expiresAt?: string };
    return access && expiresAt && Date.parse(expiresAt) > Date.now() ? access : undefined;
  } catch {
    return undefined;
  }
}

interface Props {
  token: string;
  search: AnalyticsSearch;
  onSearch: (next: AnalyticsSearch) => void;
}

export function SharePage({ token, search, onSearch }: Props) {
  const [access, setAccess] = useState(() => savedAccess(token));
  const scope: Scope = { kind: 'share', token, access };
  // The overview doubles as the door: 401 means "locked", 404 "no such link".
  const probe = useQuery({
    ...reportQuery(scope, 'overview', toReportQuery(search) as QueryFor<'overview'>),
    retry: false,
  });
  // Whose report it is (asked once the link is open: it is locked like the reports).
  const whose = useQuery({
    queryKey: ['shared', token, access ?? '', 'app'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/shared/{token}', {
          params: { path: { token } },
          ...(access ? { headers: { 'x-share-access': access } } : {}),
        }),
      ),
    enabled: probe.isSuccess,
    retry: false,
  });
  const locked = probe.error instanceof ApiError && probe.error.status === 401;
  const gone = probe.error instanceof ApiError && probe.error.status === 404;

  return (
    <div className="min-h-dvh bg-canvas">
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-3 px-4 sm:px-6">
          <Logo />
          <span className="inline-flex items-center gap-1.5 rounded-full bg-subtle px-2.5 py-1 text-xs font-medium text-ink-muted">
            <LockOpen className="size-3.5" aria-hidden="true" /> Shared analytics · read-only
          </span>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 pt-8 pb-16 sm:px-6">
        {probe.isPending ? (
          <Loading label="Opening the report…" />
        ) : locked ? (
          <Unlock
            token={token}
            wrong={Boolean(access)}
            onUnlocked={(value) => {
              setAccess(value);
            }}
          />
        ) : gone ? (
          <Card className="mx-auto max-w-md p-6 text-center">
            <h1 className="text-lg font-semibold text-ink">This link does not work</h1>
            <p className="mt-2 text-sm text-ink-muted">{messageOf(probe.error)}</p>
          </Card>
        ) : (
          <AnalyticsReport
            scope={scope}
            search={search}
            onSearch={onSearch}
            manage={false}
            title={
              <div>
                <h1 className="text-2xl font-semibold tracking-tight text-ink">
                  {whose.data ? `${whose.data.appName} — analytics` : 'Analytics'}
                </h1>
                {whose.data && (
                  <a
                    href={whose.data.siteUrl}
                    target="_blank"
                    rel="noreferrer"
                    className="text-sm text-brand-strong underline-offset-2 hover:underline"
                  >
                    {whose.data.siteUrl.replace(/^https?:\/\//, '')}
                  </a>
                )}
              </div>
            }
          />
        )}
      </main>
      <Toaster />
    </div>
  );
}

function Unlock({
  token,
  wrong,
  onUnlocked,
}: {
  token: string;
  wrong: boolean;
  onUnlocked: (access: string) => void;
}) {
  const [password, setPassword] = useState('');
  const unlock = useMutation({
    mutationFn: () => unlockShare(token, password),
    onSuccess: (result) => {
      try {
        sessionStorage.setItem(storageKey(token), JSON.stringify(result));
      } catch {
        // Private mode without storage: the access lasts until the tab reloads.
      }
      onUnlocked(result.access);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) unlock.mutate();
  };
  return (
    <Card className="mx-auto mt-8 max-w-sm p-6">
      <span className="grid size-11 place-items-center rounded-xl bg-brand-soft text-brand">
        <Lock className="size-5" aria-hidden="true" />
      </span>
      <h1 className="mt-4 text-lg font-semibold tracking-tight text-ink">This report has a password</h1>
      <p className="mt-1 text-sm text-ink-muted">Enter the password the site’s owner gave you.</p>
      <form onSubmit={submit} className="mt-5 space-y-4">
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={
            unlock.error
              ? messageOf(unlock.error)
              : wrong
                ? 'Your access has ended. Enter the password again.'
                : null
          }
          autoFocus
          required
        />
        <Button type="submit" className="w-full" loading={unlock.isPending}>
          View the report
        </Button>
      </form>
      {unlock.error instanceof ApiError && unlock.error.status === 429 && (
        <Alert tone="warning" className="mt-4">
          Too many attempts. Wait a few minutes and try again.
        </Alert>
      )}
    </Card>
  );
}
