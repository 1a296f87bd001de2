/**
 * API keys: create (name, scopes, optional expiry) → the whole key shown once with a copy button →
 * list (prefix, scopes, last use, expiry) → revoke.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, Copy, KeyRound, Plus, TriangleAlert } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { Field, TextField } from '../../../components/ui/field';
import { Input } from '../../../components/ui/input';
import { toast } from '../../../components/ui/toast';
import { cn } from '../../../lib/cn';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/forms';
import { formatDate, formatRelative } from '../shared/format';
import { type ApiKey, apiKeysQuery } from '../shared/queries';
import { ListSkeleton, LoadError, Section, Select } from '../shared/section';

type Scope = ApiKey['scopes'][number];
type CreatedKey = Schemas['ApiKey'] & { key: string };

const SCOPES: Array<{ id: Scope; label: string; help: string }> = [
  { id: 'read', label: 'Read', help: 'Read pages, posts, media and inbox messages.' },
  { id: 'write', label: 'Write', help: 'Create and change content. Give it only to programs you trust.' },
];

const EXPIRY = [
  { value: '', label: 'Never' },
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In 1 year' },
] as const;

export function ApiKeysPanel({ appId }: { appId: string }) {
  const keys = useQuery(apiKeysQuery(appId));
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: (key: ApiKey) =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/api-keys/{keyId}', { params: { path: { appId, keyId: key.id } } }),
      ),
    onSuccess: async (_, key) => {
      setRevoking(null);
      toast.success(`“${key.name}” is revoked. Programs using it are refused from now on.`);
      await queryClient.invalidateQueries({ queryKey: apiKeysQuery(appId).queryKey });
    },
  });
  const active = keys.data?.filter((k) => !k.revokedAt) ?? [];
  const revoked = keys.data?.filter((k) => k.revokedAt) ?? [];

  return (
    <div className="space-y-8">
      <Section
        id="api-keys"
        title="API keys"
        description="Let your own programs and integrations read or change this App through the API."
        action={
          !creating && !created ? (
            <Button size="sm" onClick={() => setCreating(true)}>
              <Plus className="size-4" aria-hidden="true" /> Create key
            </Button>
          ) : undefined
        }
      >
        {created && <NewKey created={created} onDone={() => setCreated(null)} />}
        {creating && (
          <CreateKeyForm
            appId={appId}
            onCancel={() => setCreating(false)}
            onCreated={(key) => {
              setCreating(false);
              setCreated(key);
            }}
          />
        )}
        {keys.isPending && <ListSkeleton rows={2} />}
        {keys.isError && (
          <div className="p-5">
            <LoadError title="The API keys could not be loaded" error={keys.error} onRetry={keys.refetch} />
          </div>
        )}
        {keys.data && active.length === 0 && !creating && !created && (
          <div className="p-5">
            <EmptyState
              icon={KeyRound}
              title="No API keys yet"
              className="border-0 py-8"
              action={
                <Button variant="secondary" onClick={() => setCreating(true)}>
                  <Plus className="size-4" aria-hidden="true" /> Create your first key
                </Button>
              }
            >
              A key lets a program act on this App without your password — a mobile app, a booking system, a
              script. Each key shows once; you can revoke it at any time.
            </EmptyState>
          </div>
        )}
        {active.length > 0 && (
          <KeyList
            keys={active}
            onRevoke={(k) => {
              revoke.reset();
              setRevoking(k);
            }}
          />
        )}
      </Section>
      {revoked.length > 0 && (
        <Section
          id="revoked-keys"
          title="Revoked keys"
          description="Kept for the record; they no longer work."
        >
          <KeyList keys={revoked} />
        </Section>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        loading={revoke.isPending}
        error={revoke.error ? messageOf(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      >
        <p>
          Every program using the key <code className="font-mono text-ink">{revoking?.prefix}…</code> is
          refused from the next request on. This cannot be undone; create a new key if you still need one.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function KeyList({ keys, onRevoke }: { keys: ApiKey[]; onRevoke?: (key: ApiKey) => void }) {
  return (
    <>
      <div
        aria-hidden="true"
        className="hidden grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_8rem_8rem_6rem] gap-4 border-b border-line bg-subtle/50 px-5 py-2 text-xs font-medium text-ink-faint md:grid"
      >
        <span>Key</span>
        <span>Scopes</span>
        <span>Last used</span>
        <span>Expires</span>
        <span />
      </div>
      <ul aria-label={onRevoke ? 'API keys' : 'Revoked keys'} className="divide-y divide-line">
        {keys.map((k) => {
          const expired = k.expiresAt !== null && new Date(k.expiresAt).getTime() < Date.now();
          return (
            <li
              key={k.id}
              className={cn(
                'grid grid-cols-2 gap-x-4 gap-y-2 px-5 py-4 text-sm md:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_8rem_8rem_6rem] md:items-center',
                k.revokedAt && 'text-ink-muted',
              )}
            >
              <div className="col-span-2 min-w-0 md:col-span-1">
                <p className="truncate font-medium text-ink">{k.name}</p>
                <p className="truncate font-mono text-[13px] text-ink-faint">{k.prefix}…</p>
              </div>
              <div className="col-span-2 flex flex-wrap gap-1.5 md:col-span-1">
                {k.scopes.map((s) => (
                  <Badge key={s} tone={s === 'write' ? 'warning' : 'neutral'}>
                    {s}
                  </Badge>
                ))}
                {expired && !k.revokedAt && <Badge tone="warning">Expired</Badge>}
              </div>
              <Cell label="Last used">
                {k.lastUsedAt ? (
                  <span title={formatDate(k.lastUsedAt)}>{formatRelative(k.lastUsedAt)}</span>
                ) : (
                  'Never'
                )}
              </Cell>
              <Cell label={k.revokedAt ? 'Revoked' : 'Expires'}>
                {k.revokedAt ? formatDate(k.revokedAt) : k.expiresAt ? formatDate(k.expiresAt) : 'Never'}
              </Cell>
              <div className="col-span-2 flex md:col-span-1 md:justify-end">
                {onRevoke && (
                  <Button size="sm" variant="ghost" className="-ml-3 md:ml-0" onClick={() => onRevoke(k)}>
                    Revoke<span className="sr-only"> {k.name}</span>
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A value with its column name shown on phones, where the table header is hidden. */
function Cell({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 text-[13px] text-ink-muted">
      <span className="block text-xs text-ink-faint md:sr-only">{label}</span>
      {children}
    </div>
  );
}

const KEY_FIELDS = ['name', 'scopes', 'expiresAt'] as const;
type KeyField = (typeof KEY_FIELDS)[number];

function CreateKeyForm({
  appId,
  onCancel,
  onCreated,
}: {
  appId: string;
  onCancel: () => void;
  onCreated: (key: CreatedKey) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(['read']);
  const [expiry, setExpiry] = useState<string>('90');
  const [errors, setErrors] = useState<FieldErrors<KeyField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => {
      const days = Number(expiry);
      const expiresAt = days ? new Date(Date.now() + days * 86_400_000).toISOString() : undefined;
      return unwrap(
        api.POST('/api/v1/apps/{appId}/api-keys', {
          params: { path: { appId } },
          body: { name: name.trim(), scopes, expiresAt },
        }),
      );
    },
    onSuccess: async (key) => {
      onCreated(key);
      await queryClient.invalidateQueries({ queryKey: apiKeysQuery(appId).queryKey });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return setFormError(messageOf(error));
      const mapped = fieldErrorsOf(error, KEY_FIELDS);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors<KeyField> = {};
    if (!name.trim()) local.name = 'Name the key after what uses it, e.g. “Mobile app”.';
    if (scopes.length === 0) local.scopes = 'Choose at least one scope: read or write.';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length === 0) create.mutate();
  };
  const toggle = (scope: Scope, on: boolean) =>
    setScopes((s) => (on ? [...new Set([...s, scope])] : s.filter((x) => x !== scope)));

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label="Create an API key"
      className="space-y-5 border-b border-line bg-subtle/40 px-5 py-5"
    >
      <h3 className="text-sm font-semibold text-ink">New API key</h3>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Name"
          name="name"
          placeholder="Mobile app"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
          hint="Whoever reads the list later should know what uses it."
        />
        <Field
          label="Expires"
          error={errors.expiresAt}
          hint="Short-lived keys limit the damage if one leaks."
        >
          {(control) => (
            <Select {...control} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
              {EXPIRY.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.scopes ? 'scopes-error' : undefined}>
        <legend className="text-sm font-medium text-ink">Scopes</legend>
        {SCOPES.map((s) => (
          <div
            key={s.id}
            className="flex items-start gap-3 rounded-lg border border-line bg-surface px-3 py-2.5"
          >
            <Checkbox
              id={`scope-${s.id}`}
              className="mt-0.5"
              checked={scopes.includes(s.id)}
              onCheckedChange={(v) => toggle(s.id, v === true)}
            />
            <label htmlFor={`scope-${s.id}`} className="cursor-pointer">
              <span className="block text-sm font-medium text-ink">{s.label}</span>
              <span className="block text-[13px] text-ink-muted">{s.help}</span>
            </label>
          </div>
        ))}
        {errors.scopes && (
          <p id="scopes-error" role="alert" className="text-[13px] font-medium text-danger">
            {errors.scopes}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create key
        </Button>
      </div>
    </form>
  );
}

/** The whole key, once. It is not kept anywhere in the dashboard after"Done". */
function NewKey({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    } catch {
      toast.error('Copying is blocked in this browser. Select the key and copy it by hand.');
    }
  };
  return (
    <section
      className="space-y-4 border-b border-line bg-warning-soft/60 px-5 py-5"
      aria-labelledby="new-key-title"
    >
      <div className="flex items-start gap-3">
        <TriangleAlert className="mt-0.5 size-5 shrink-0 text-warning" aria-hidden="true" />
        <div>
          <h3 id="new-key-title" className="text-sm font-semibold text-ink">
            Copy “{created.name}” now — it will not be shown again
          </h3>
          <p className="mt-0.5 text-[13px] text-ink-muted">
            Store it in your program’s secret settings or a password manager. Anyone with this key can{' '}
            {created.scopes.includes('write') ? 'read and change' : 'read'} this App. If you lose it, revoke
            it and create another.
          </p>
        </div>
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          readOnly
          aria-label="Your new API key"
          value={created.key}
          onFocus={(e) => e.currentTarget.select()}
          className="font-mono text-[13px] sm:text-[13px]"
        />
        <Button type="button" variant="secondary" onClick={copy} className="shrink-0">
          {copied ? (
            <Check className="size-4 text-success" aria-hidden="true" />
          ) : (
            <Copy className="size-4" aria-hidden="true" />
          )}
          {copied ? 'Copied' : 'Copy key'}
        </Button>
      </div>
      <p className="sr-only" aria-live="polite">
        {copied ? 'The key is copied to the clipboard.' : ''}
      </p>
      <div className="flex justify-end">
        <Button type="button" onClick={onDone}>
          I’ve stored it
        </Button>
      </div>
    </section>
  );
}
