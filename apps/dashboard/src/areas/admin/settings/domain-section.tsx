/**
 * A custom domain (PUT settings/domain). The site answers requests whose Host is that domain once its
 * DNS points at this server; verification and HTTPS certificates come later.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Globe } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { TextField } from '../../../components/ui/field';
import { Skeleton } from '../../../components/ui/spinner';
import { toast } from '../../../components/ui/toast';
import { fieldErrorsOf } from '../../../lib/forms';
import { siteSettingsQuery } from '../shared/queries';
import { LoadError, Section } from '../shared/section';

export function DomainSection({ appId, editable }: { appId: string; editable: boolean }) {
  const site = useQuery(siteSettingsQuery(appId));
  return (
    <Section
      id="domain"
      title="Custom domain"
      description="Serve your site at a domain you own, like www.mama-oliech.co.ke."
    >
      <div className="px-5 py-5">
        {site.isPending && <Skeleton className="h-10 w-full max-w-md" />}
        {site.isError && (
          <LoadError
            title="The domain settings could not be loaded"
            error={site.error}
            onRetry={site.refetch}
          />
        )}
        {site.data &&
          (editable ? (
            <DomainForm appId={appId} current={site.data.customDomain} />
          ) : (
            <p className="text-sm text-ink-muted">
              {site.data.customDomain ? (
                <>
                  The site also answers at{' '}
                  <span className="font-mono text-ink">{site.data.customDomain}</span>.
                </>
              ) : (
                'No custom domain is set.'
              )}
            </p>
          ))}
      </div>
    </Section>
  );
}

function DomainForm({ appId, current }: { appId: string; current: string | null }) {
  const queryClient = useQueryClient();
  const [domain, setDomain] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const host = globalThis.location?.hostname ?? 'this server';
  // A server reached by IP address takes an A record; a named one, a CNAME to its name.
  const byAddress = /^[\d.]+$|:/.test(host);
  const save = useMutation({
    mutationFn: (value: string | null) =>
      unwrap(
        api.PUT('/api/v1/apps/{appId}/settings/domain', {
          params: { path: { appId } },
          body: { domain: value },
        }),
      ),
    onSuccess: (site) => {
      queryClient.setQueryData(siteSettingsQuery(appId).queryKey, site);
      setDomain(site.customDomain ?? '');
      setConfirmRemove(false);
      toast.success(
        site.customDomain
          ? `Saved. Now point ${site.customDomain} at this server.`
          : 'Custom domain removed.',
      );
    },
    onError: (e) => {
      if (!(e instanceof ApiError)) return setFormError(messageOf(e));
      const mapped = fieldErrorsOf(e, ['domain'] as const);
      setError(mapped.fields.domain ?? null);
      setFormError(mapped.form);
    },
  });
  const value = domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!value) return setError('Enter a domain like www.example.co.ke, or use Remove to stop using one.');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value))
      return setError('Enter just the domain, like www.example.co.ke.');
    setError(null);
    save.mutate(value);
  };
  const shown = current ?? value;
  return (
    <div className="space-y-5">
      {current && (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Globe className="size-4 text-ink-faint" aria-hidden="true" />
          <span className="font-mono text-ink">{current}</span>
          <Badge tone="warning">DNS not verified yet</Badge>
        </div>
      )}
      <form onSubmit={submit} noValidate className="space-y-4">
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <TextField
            label="Domain"
            name="domain"
            placeholder="www.example.co.ke"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            value={domain}
            onChange={(e) => setDomain(e.target.value)}
            error={error}
            className="sm:w-96"
          />
          <div className="flex gap-2 sm:mt-6.5">
            <Button
              type="submit"
              loading={save.isPending && save.variables !== null}
              disabled={value === (current ?? '')}
            >
              {current ? 'Change domain' : 'Use this domain'}
            </Button>
            {current && (
              <Button type="button" variant="ghost" onClick={() => setConfirmRemove(true)}>
                Remove
              </Button>
            )}
          </div>
        </div>
      </form>
      <div className="rounded-lg border border-line bg-subtle/50 px-4 py-3.5 text-sm text-ink-muted">
        <p className="font-medium text-ink">Then, at the company where you bought the domain:</p>
        <ol className="mt-2 list-decimal space-y-1.5 pl-5">
          <li>
            Open its DNS settings and add {byAddress ? 'an' : 'a'}{' '}
            <strong className="font-medium text-ink">{byAddress ? 'A' : 'CNAME'}</strong> record for{' '}
            <span className="font-mono text-ink">{shown || 'www.example.co.ke'}</span> pointing to{' '}
            <span className="font-mono text-ink">{host}</span>
            {byAddress
              ? '.'
              : ' (for a bare domain without www, use an A record with this server’s IP address).'}
          </li>
          <li>Wait for the change to spread — usually minutes, sometimes up to a day.</li>
          <li>
            Open the domain in a browser: your site answers there. Automatic checking and HTTPS come later.
          </li>
        </ol>
      </div>
      <ConfirmDialog
        open={confirmRemove}
        onOpenChange={setConfirmRemove}
        title={`Stop using ${current ?? 'this domain'}?`}
        confirmLabel="Remove domain"
        loading={save.isPending}
        error={save.error && confirmRemove ? messageOf(save.error) : null}
        onConfirm={() => save.mutate(null)}
      >
        <p>
          Visitors who open <span className="font-mono text-ink">{current}</span> no longer reach your site.
          It stays at its Q-Space address.
        </p>
      </ConfirmDialog>
    </div>
  );
}
