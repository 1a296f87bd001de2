/**
 * Team and security: members and invitations for everyone who may see them; API keys and the audit
 * log for admins and owners only (the tabs are not shown to other roles).
 */
import { useNavigate } from '@tanstack/react-router';
import { KeyRound, ScrollText, Users } from 'lucide-react';
import type { ComponentType } from 'react';
import { cn } from '../../../lib/cn';
import { PageHeader } from '../../../routes/app-shell';
import { can } from '../shared/permissions';
import { useAppRole } from '../shared/queries';
import { ListSkeleton, LoadError } from '../shared/section';
import { ApiKeysPanel } from './api-keys';
import { AuditLog } from './audit-log';
import { MembersPanel } from './members';

export type TeamTab = 'members' | 'api-keys' | 'audit';

const TABS: Array<{ id: TeamTab; label: string; icon: ComponentType<{ className?: string }> }> = [
  { id: 'members', label: 'Members', icon: Users },
  { id: 'api-keys', label: 'API keys', icon: KeyRound },
  { id: 'audit', label: 'Audit log', icon: ScrollText },
];

export function TeamScreen({ appId, tab }: { appId: string; tab: TeamTab }) {
  const navigate = useNavigate();
  const { app, role } = useAppRole(appId);
  if (app.isPending) return <ListSkeleton rows={4} />;
  if (app.isError)
    return <LoadError title="This App could not be opened" error={app.error} onRetry={app.refetch} />;

  const admin = can(role, 'api_keys.manage');
  const current = admin ? tab : 'members';
  const select = (id: TeamTab) =>
    navigate({
      to: '/apps/$appId/team',
      params: { appId },
      search: { tab: id === 'members' ? undefined : id },
      replace: true,
    });

  const panel = (
    <>
      {current === 'members' && role && <MembersPanel appId={appId} role={role} />}
      {current === 'api-keys' && <ApiKeysPanel appId={appId} />}
      {current === 'audit' && <AuditLog appId={appId} />}
    </>
  );
  return (
    <div>
      <PageHeader
        title="Team and security"
        description={
          admin
            ? 'Who can work on this App, the keys programs use to reach it, and a record of what changed.'
            : 'Who works on this App. Owners and admins manage the team.'
        }
      />
      {admin && (
        <div
          role="tablist"
          aria-label="Team and security"
          className="-mx-4 mb-6 flex gap-1 overflow-x-auto border-b border-line px-4 sm:mx-0 sm:px-0"
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`team-tab-${t.id}`}
              aria-selected={current === t.id}
              aria-controls="team-panel"
              onClick={() => select(t.id)}
              className={cn(
                '-mb-px inline-flex shrink-0 items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors',
                'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand',
                current === t.id
                  ? 'border-brand text-brand-strong'
                  : 'border-transparent text-ink-muted hover:border-line-strong hover:text-ink',
              )}
            >
              <t.icon className="size-4" aria-hidden="true" /> {t.label}
            </button>
          ))}
        </div>
      )}
      {admin ? (
        <div id="team-panel" role="tabpanel" aria-labelledby={`team-tab-${current}`}>
          {panel}
        </div>
      ) : (
        panel
      )}
    </div>
  );
}
