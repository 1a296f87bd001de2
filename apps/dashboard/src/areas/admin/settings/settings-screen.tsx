/**
 * App settings: name and address, custom domain, and (for the owner) deleting the App. People who
 * cannot change settings see them read-only, without the controls.
 */

import { Alert } from '../../../components/ui/alert';
import { PageHeader } from '../../../routes/app-shell';
import { can } from '../shared/permissions';
import { useAppRole } from '../shared/queries';
import { ListSkeleton, LoadError } from '../shared/section';
import { DangerZone } from './danger-zone';
import { DomainSection } from './domain-section';
import { GeneralSection } from './general-section';

export function SettingsScreen({ appId }: { appId: string }) {
  const { app, role } = useAppRole(appId);
  if (app.isPending) return <ListSkeleton rows={4} />;
  if (app.isError)
    return <LoadError title="This App could not be opened" error={app.error} onRetry={app.refetch} />;
  const editable = can(role, 'app.update');
  return (
    <div className="space-y-8">
      <PageHeader
        title="Settings"
        description="Your App’s name, its address on the web, and its own domain."
      />
      {!editable && (
        <Alert tone="info" title="You can look, not change">
          Only owners and admins change these settings. Ask one of them if something here needs updating.
        </Alert>
      )}
      <GeneralSection app={app.data} editable={editable} />
      <DomainSection appId={appId} editable={can(role, 'site.manage')} />
      {can(role, 'app.delete') && <DangerZone app={app.data} />}
    </div>
  );
}
