import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Monitor, MonitorSmartphone, Smartphone, Tablet } from 'lucide-react';
import { messageOf } from '../../api/errors';
import { sessionQuery } from '../../api/queries';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Skeleton } from '../../components/ui/spinner';
import { type ActiveSession, revokeOtherSessions, revokeSession, sessionsQuery } from './account-api';
import { SettingsSection } from './section';
import { fullDate, timeAgo } from './time';
import { type DeviceInfo, describeDevice } from './user-agent';

const ICONS: Record<DeviceInfo['kind'], typeof Monitor> = {
  phone: Smartphone,
  tablet: Tablet,
  desktop: Monitor,
  other: MonitorSmartphone,
};

/** Every browser signed in to this account, with a way to end each one (or all the others). */
export function SessionsSection() {
  const queryClient = useQueryClient();
  const me = useQuery(sessionQuery);
  const sessions = useQuery(sessionsQuery);
  const currentId = me.data?.session.id;
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
  const others = useMutation({ mutationFn: revokeOtherSessions, onSettled: refresh });
  const sorted = [...(sessions.data ?? [])].sort(
    (a, b) =>
      Number(b.id === currentId) - Number(a.id === currentId) || b.updatedAt.localeCompare(a.updatedAt),
  );
  const otherCount = sorted.filter((s) => s.id !== currentId).length;

  return (
    <SettingsSection
      id="sessions"
      title="Active sessions"
      description="Where your account is signed in. Don’t recognise one? Sign it out, then change your password."
      action={
        <Button
          variant="secondary"
          size="sm"
          loading={others.isPending}
          disabled={otherCount === 0}
          onClick={() => others.mutate()}
        >
          Sign out everywhere else
        </Button>
      }
    >
      {others.isError && (
        <Alert tone="error" className="mb-4">
          {messageOf(others.error)}
        </Alert>
      )}
      {others.isSuccess && otherCount === 0 && (
        <Alert tone="success" className="mb-4">
          Every other device was signed out.
        </Alert>
      )}
      {sessions.isPending && (
        <div className="space-y-3" aria-busy="true">
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
        </div>
      )}
      {sessions.isError && (
        <Alert
          tone="error"
          title="Your sessions could not be loaded"
          actions={
            <Button size="sm" variant="secondary" onClick={() => sessions.refetch()}>
              Try again
            </Button>
          }
        >
          {messageOf(sessions.error)}
        </Alert>
      )}
      {sessions.data && (
        <ul className="-my-3 divide-y divide-line" aria-label="Signed-in devices">
          {sorted.map((s) => (
            <SessionRow key={s.id} session={s} current={s.id === currentId} onRevoked={refresh} />
          ))}
        </ul>
      )}
    </SettingsSection>
  );
}

function SessionRow({
  session,
  current,
  onRevoked,
}: {
  session: ActiveSession;
  current: boolean;
  onRevoked: () => unknown;
}) {
  const device = describeDevice(session.userAgent);
  const Icon = ICONS[device.kind];
  const revoke = useMutation({ mutationFn: () => revokeSession(session.token), onSuccess: onRevoked });
  const label = `${device.browser} on ${device.os}`;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3.5" aria-label={label}>
      <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-subtle text-ink-muted">
        <Icon className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-ink">
          {label} {current && <Badge tone="success">This device</Badge>}
        </p>
        <p className="mt-0.5 text-[13px] text-ink-faint">
          <span>{session.ipAddress || 'IP address unknown'}</span>
          <span aria-hidden="true"> · </span>
          <span title={fullDate(session.updatedAt)}>
            {current ? 'Active now' : `Last active ${timeAgo(session.updatedAt)}`}
          </span>
          <span aria-hidden="true"> · </span>
          <span>Signed in {fullDate(session.createdAt)}</span>
        </p>
        {revoke.isError && (
          <p className="mt-1 text-[13px] font-medium text-danger">{messageOf(revoke.error)}</p>
        )}
      </div>
      {!current && (
        <Button size="sm" variant="ghost" loading={revoke.isPending} onClick={() => revoke.mutate()}>
          Sign out<span className="sr-only"> {label}</span>
        </Button>
      )}
    </li>
  );
}
