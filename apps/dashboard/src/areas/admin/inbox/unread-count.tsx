/**
 * The inbox's unread count, for the App navigation (src/routes/app-layout.tsx is shared: its owner
 * can place `<InboxUnreadCount appId={appId} />` next to "Inbox"). Renders nothing for roles that
 * cannot read the inbox, and nothing at zero. Marking messages read refreshes it (same query key family).
 */
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { can } from '../shared/permissions';
import { inboxKey, useAppRole } from '../shared/queries';

export function InboxUnreadCount({ appId }: { appId: string }) {
  const { role } = useAppRole(appId);
  const count = useQuery({
    queryKey: [...inboxKey(appId), 'list', 'unread-count'],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/apps/{appId}/submissions', {
            params: { path: { appId }, query: { filter: 'unread', limit: 1 } },
          }),
        )
      ).unread,
    enabled: can(role, 'inbox.read'),
    refetchInterval: 60_000,
  });
  if (!count.data) return null;
  return (
    <span className="ml-auto rounded-full bg-brand px-1.5 text-[11px] leading-4 font-semibold text-on-brand tabular-nums">
      {count.data > 99 ? '99+' : count.data}
      <span className="sr-only"> unread</span>
    </span>
  );
}
