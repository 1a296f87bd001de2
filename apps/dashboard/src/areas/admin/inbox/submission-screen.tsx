/**
 * One message: every field, when and where it was sent. Opening it marks it read (once;"Mark as
 * unread" sticks). The notification email links here.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { ArrowLeft, Inbox, Mail, MailOpen, Reply, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { Skeleton } from '../../../components/ui/spinner';
import { toast } from '../../../components/ui/toast';
import { describeDevice } from '../../account/user-agent';
import { formatDateTime, formatRelative } from '../shared/format';
import { can } from '../shared/permissions';
import { inboxKey, type Submission, submissionQuery, useAppRole } from '../shared/queries';
import { LoadError } from '../shared/section';
import { senderOf } from './snippet';

export function SubmissionScreen({ appId, submissionId }: { appId: string; submissionId: string }) {
  const { app, role } = useAppRole(appId);
  if (app.isPending) return <DetailSkeleton />;
  if (app.isError)
    return <LoadError title="This App could not be opened" error={app.error} onRetry={app.refetch} />;
  if (!can(role, 'inbox.read'))
    return (
      <EmptyState icon={Inbox} title="The inbox is for editors and above">
        Ask an owner or admin to make you an editor if you need to read and answer messages.
      </EmptyState>
    );
  return <SubmissionDetail appId={appId} submissionId={submissionId} />;
}

function SubmissionDetail({ appId, submissionId }: { appId: string; submissionId: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const one = useQuery(submissionQuery(appId, submissionId));
  const [confirmDelete, setConfirmDelete] = useState(false);

  const setRead = useMutation({
    mutationFn: (read: boolean) =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/submissions/read', {
          params: { path: { appId } },
          body: { ids: [submissionId], read },
        }),
      ),
    onSuccess: (_, read) => {
      queryClient.setQueryData<Submission>(submissionQuery(appId, submissionId).queryKey, (s) =>
        s ? { ...s, read, readAt: read ? (s.readAt ?? new Date().toISOString()) : null } : s,
      );
      void queryClient.invalidateQueries({ queryKey: [...inboxKey(appId), 'list'] });
    },
  });

  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/submissions/{submissionId}', {
          params: { path: { appId, submissionId } },
        }),
      ),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: submissionQuery(appId, submissionId).queryKey });
      void queryClient.invalidateQueries({ queryKey: [...inboxKey(appId), 'list'] });
      toast.success('Message deleted.');
      await navigate({ to: '/apps/$appId/inbox', params: { appId } });
    },
  });

  // Opening a message reads it: mark it once per visit, so"Mark as unread" is not undone at once.
  const marked = useRef<string | null>(null);
  const { mutate: markRead } = setRead;
  useEffect(() => {
    if (one.data && !one.data.read && marked.current !== submissionId) {
      marked.current = submissionId;
      markRead(true);
    }
  }, [one.data, submissionId, markRead]);

  const back = (
    <Link
      to="/apps/$appId/inbox"
      params={{ appId }}
      className="inline-flex items-center gap-1.5 rounded text-sm font-medium text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
    >
      <ArrowLeft className="size-4" aria-hidden="true" /> Inbox
    </Link>
  );

  if (one.isPending)
    return (
      <div className="space-y-6">
        {back}
        <DetailSkeleton />
      </div>
    );
  if (one.isError) {
    const gone = one.error instanceof ApiError && one.error.status === 404;
    return (
      <div className="space-y-6">
        {back}
        {gone ? (
          <EmptyState
            icon={Inbox}
            title="This message is no longer here"
            action={
              <Button asChild variant="secondary">
                <Link to="/apps/$appId/inbox" params={{ appId }}>
                  Go to the inbox
                </Link>
              </Button>
            }
          >
            Someone on your team may have deleted it. Everything still in the inbox is one click away.
          </EmptyState>
        ) : (
          <LoadError title="This message could not be loaded" error={one.error} onRetry={one.refetch} />
        )}
      </div>
    );
  }

  const s = one.data;
  const sender = senderOf(s);
  return (
    <div className="space-y-6">
      {back}
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="break-words text-2xl font-semibold tracking-tight text-ink">{sender}</h1>
          {s.email && (
            <a
              href={`mailto:${s.email}`}
              className="mt-1 inline-block break-all text-sm font-medium text-brand hover:underline"
            >
              {s.email}
            </a>
          )}
          <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-ink-muted">
            <span>
              Received{' '}
              <time dateTime={s.createdAt} title={formatDateTime(s.createdAt)}>
                {formatDateTime(s.createdAt)}
              </time>{' '}
              <span className="text-ink-faint">({formatRelative(s.createdAt)})</span>
            </span>
            <Badge tone={s.read ? 'neutral' : 'brand'}>{s.read ? 'Read' : 'Unread'}</Badge>
          </p>
        </div>
        <div className="grid grid-cols-2 gap-2 sm:flex sm:shrink-0">
          {s.email && (
            <Button asChild className="col-span-2 sm:col-auto">
              <a
                href={`mailto:${s.email}?subject=${encodeURIComponent(`Re: ${s.formName || 'your message'}`)}`}
              >
                <Reply className="size-4" aria-hidden="true" /> Reply
              </a>
            </Button>
          )}
          <Button
            variant="secondary"
            loading={setRead.isPending}
            onClick={() =>
              setRead.mutate(!s.read, {
                onSuccess: (_, read) => toast.success(read ? 'Marked as read.' : 'Marked as unread.'),
                onError: (error) => toast.error(messageOf(error)),
              })
            }
          >
            {s.read ? (
              <Mail className="size-4" aria-hidden="true" />
            ) : (
              <MailOpen className="size-4" aria-hidden="true" />
            )}
            {s.read ? 'Mark as unread' : 'Mark as read'}
          </Button>
          <Button variant="secondary" onClick={() => setConfirmDelete(true)}>
            <Trash2 className="size-4" aria-hidden="true" /> Delete
          </Button>
        </div>
      </div>

      <Card>
        <dl className="divide-y divide-line">
          {s.fields.length === 0 && (
            <p className="px-5 py-4 text-sm text-ink-muted">This form sent no fields.</p>
          )}
          {s.fields.map((field, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat; the order is fixed
            <div key={i} className="px-5 py-4 sm:grid sm:grid-cols-[12rem_1fr] sm:gap-6">
              <dt className="text-[13px] font-medium text-ink-muted">{field.label}</dt>
              <dd className="mt-1 whitespace-pre-wrap break-words text-[15px] text-ink sm:mt-0 sm:text-sm">
                <FieldValue label={field.label} value={field.value} />
              </dd>
            </div>
          ))}
        </dl>
      </Card>

      <section
        aria-labelledby="about-message"
        className="rounded-xl border border-line bg-subtle/50 px-5 py-4"
      >
        <h2 id="about-message" className="text-xs font-semibold tracking-wide text-ink-faint uppercase">
          About this message
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Meta label="Form">{s.formName || 'Contact form'}</Meta>
          <Meta label="Sent from page">
            <span className="font-mono text-[13px]">{s.meta.path || 'Unknown'}</span>
          </Meta>
          <Meta label="Came from">{s.meta.referrer || 'Direct visit or not shared'}</Meta>
          <Meta label="First read">{s.readAt ? formatDateTime(s.readAt) : 'Not yet'}</Meta>
          {s.meta.userAgent && (
            <Meta label="Device" className="sm:col-span-2">
              <span title={s.meta.userAgent}>{deviceOf(s.meta.userAgent)}</span>
            </Meta>
          )}
        </dl>
      </section>

      <ConfirmDialog
        open={confirmDelete}
        onOpenChange={(open) => {
          setConfirmDelete(open);
          if (!open) remove.reset();
        }}
        title="Delete this message?"
        confirmLabel="Delete message"
        loading={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={() => remove.mutate()}
      >
        <p>
          The message from <strong className="text-ink">{sender}</strong> is removed for everyone on your
          team. This cannot be undone; export the inbox as CSV first if you need a copy.
        </p>
      </ConfirmDialog>
    </div>
  );
}

const PHONE_LABEL = /phone|tel\b|mobile|whatsapp/i;

/** A field's answer; phone numbers and addresses become links a phone can act on. */
function FieldValue({ label, value }: { label: string; value: string }) {
  if (!value.trim()) return <span className="text-ink-faint">—</span>;
  const link = 'font-medium text-brand hover:underline';
  if (PHONE_LABEL.test(label) && /^[+\d\s()-]{6,}$/.test(value.trim()))
    return (
      <a href={`tel:${value.replace(/[^\d+]/g, '')}`} className={link}>
        {value}
      </a>
    );
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()))
    return (
      <a href={`mailto:${value.trim()}`} className={link}>
        {value}
      </a>
    );
  return <>{value}</>;
}

function Meta({
  label,
  children,
  className,
}: {
  label: string;
  children: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <dt className="text-[13px] text-ink-faint">{label}</dt>
      <dd className="mt-0.5 break-words text-ink">{children}</dd>
    </div>
  );
}

function DetailSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading" className="space-y-6">
      <div className="space-y-2">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-4 w-40" />
      </div>
      <Skeleton className="h-64 rounded-xl" />
    </div>
  );
}

/** "Chrome on Android (phone)": the visitor's device in words; the raw header is the tooltip. */
function deviceOf(userAgent: string): string {
  const { browser, os, kind } = describeDevice(userAgent);
  return `${browser} on ${os}${kind === 'phone' || kind === 'tablet' ? ` (${kind})` : ''}`;
}
