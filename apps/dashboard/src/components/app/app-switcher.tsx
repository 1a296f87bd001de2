import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Check, ChevronsUpDown, LayoutGrid, Plus } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { appsQuery } from '../../api/queries';
import { cn } from '../../lib/cn';
import { AppAvatar, ROLE_LABEL } from './app-avatar';

const item =
  'flex cursor-pointer select-none items-center gap-2.5 rounded-md px-2 py-2 text-sm text-ink outline-none data-[highlighted]:bg-subtle';

/**
 * Switch App from anywhere: the current App (from the URL) on the trigger, every App in the menu.
 * `modal={false}`: the modal variant injects a <style> element, which the server's CSP refuses.
 */
export function AppSwitcher() {
  const { appId } = useParams({ strict: false });
  const apps = useQuery(appsQuery);
  const current = apps.data?.find((a) => a.id === appId);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="flex h-9 min-w-0 max-w-[15rem] items-center gap-2 rounded-lg px-2 text-sm font-medium text-ink hover:bg-subtle focus-visible:outline-2 focus-visible:outline-brand data-[state=open]:bg-subtle">
        {current ? (
          <AppAvatar name={current.name} slug={current.slug} className="size-6 text-[11px]" />
        ) : (
          <LayoutGrid className="size-4 text-ink-faint" aria-hidden="true" />
        )}
        {/* The name is spoken with what the button does (its visible words stay part of the name). */}
        <span className="truncate">
          {current && <span className="sr-only">Current App: </span>}
          {current?.name ?? 'All Apps'}
          <span className="sr-only">. Switch App</span>
        </span>
        <ChevronsUpDown className="size-3.5 shrink-0 text-ink-faint" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 w-72 rounded-xl border border-line bg-surface p-1.5 shadow-pop"
        >
          <DropdownMenu.Label className="px-2 pb-1 pt-1.5 text-xs font-medium text-ink-faint">
            Your Apps
          </DropdownMenu.Label>
          {apps.isPending && <p className="px-2 py-2 text-sm text-ink-muted">Loading…</p>}
          {apps.isError && <p className="px-2 py-2 text-sm text-danger">Your Apps could not be loaded.</p>}
          <div className="max-h-72 overflow-y-auto">
            {apps.data?.map((app) => (
              <DropdownMenu.Item key={app.id} asChild className={item}>
                <Link to="/apps/$appId" params={{ appId: app.id }}>
                  <AppAvatar name={app.name} slug={app.slug} className="size-7 text-xs" />
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{app.name}</span>
                    <span className="block truncate text-xs text-ink-faint">{ROLE_LABEL[app.role]}</span>
                  </span>
                  <Check
                    className={cn('size-4 text-brand', app.id !== appId && 'invisible')}
                    aria-hidden="true"
                  />
                </Link>
              </DropdownMenu.Item>
            ))}
          </div>
          <DropdownMenu.Separator className="my-1.5 h-px bg-line" />
          <DropdownMenu.Item asChild className={item}>
            <Link to="/">
              <LayoutGrid className="size-4 text-ink-faint" aria-hidden="true" /> All Apps
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild className={item}>
            <Link to="/apps/new">
              <Plus className="size-4 text-ink-faint" aria-hidden="true" /> New App
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
