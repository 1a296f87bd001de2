/** The audit log: security-relevant actions, newest first, in words, a page at a time. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { KeyRound, ScrollText, Settings, UserRound } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { formatDateTime, formatRelative } from '../shared/format';
import { type AuditEvent, auditQuery, membersQuery } from '../shared/queries';
import { ListSkeleton, LoadError, Section } from '../shared/section';
import { describeActor, describeAudit } from './audit-labels';

const ICONS = { app: Settings, api_key: KeyRound } as const;

export function AuditLog({ appId }: { appId: string }) {
  const audit = useInfiniteQuery(auditQuery(appId));
  const members = useQuery(membersQuery(appId));
  const people = members.data ?? [];
  const events = audit.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <Section
      id="audit"
      title="Audit log"
      description="Sign-ins, team changes, keys and address changes — who did what, and when."
    >
      {audit.isPending && <ListSkeleton rows={5} />}
      {audit.isError && (
        <div className="p-5">
          <LoadError title="The audit log could not be loaded" error={audit.error} onRetry={audit.refetch} />
        </div>
      )}
      {audit.data && events.length === 0 && (
        <div className="p-5">
          <EmptyState icon={ScrollText} title="Nothing recorded yet" className="border-0 py-8">
            Sign-ins, invitations, role changes and API keys are recorded here as they happen.
          </EmptyState>
        </div>
      )}
      {events.length > 0 && (
        <ol aria-label="Audit events" className="divide-y divide-line">
          {events.map((e) => (
            <AuditRow key={e.id} event={e} text={describeAudit(e, people)} actor={describeActor(e, people)} />
          ))}
        </ol>
      )}
      {audit.hasNextPage && (
        <div className="border-t border-line px-5 py-3 text-center">
          <Button
            variant="ghost"
            size="sm"
            loading={audit.isFetchingNextPage}
            onClick={() => audit.fetchNextPage()}
          >
            Show older events
          </Button>
        </div>
      )}
    </Section>
  );
}

function AuditRow({ event, text, actor }: { event: AuditEvent; text: string; actor: string }) {
  const subject = event.action.split('.')[0] ?? '';
  const Icon = ICONS[subject as keyof typeof ICONS] ?? UserRound;
  return (
    <li className="flex gap-3 px-5 py-3.5">
      <span
        className="mt-0.5 grid size-8 shrink-0 place-items-center rounded-full bg-subtle text-ink-faint"
        aria-hidden="true"
      >
        <Icon className="size-4" />
      </span>
      <div className="min-w-0 flex-1 sm:flex sm:items-baseline sm:justify-between sm:gap-4">
        <div className="min-w-0">
          <p className="text-sm text-ink">{text}</p>
          <p className="mt-0.5 text-[13px] text-ink-faint">
            {actor}
            {event.ip && <span className="font-mono"> · {event.ip}</span>}
          </p>
        </div>
        <time
          dateTime={event.createdAt}
          title={formatDateTime(event.createdAt)}
          className="mt-1 block shrink-0 text-xs text-ink-faint tabular-nums sm:mt-0"
        >
          {formatRelative(event.createdAt)}
        </time>
      </div>
    </li>
  );
}
