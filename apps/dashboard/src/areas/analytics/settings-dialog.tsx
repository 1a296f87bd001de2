/**
 * Analytics settings (admins): the time zone reports use, whether Do-Not-Track / Global Privacy
 * Control signals are honoured, and the public share link (with an optional password; copy, new
 * link, turn off).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, Copy, Link2, Lock, RefreshCw } from 'lucide-react';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { messageOf } from '../../api/errors';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { ConfirmDialog, Dialog } from '../../components/ui/dialog';
import { Field, TextField } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/spinner';
import { toast } from '../../components/ui/toast';
import {
  disableShare,
  enableShare,
  type Settings,
  type Share,
  settingsQuery,
  sharePageUrl,
  shareQuery,
  updateSettings,
} from './api';

export function SettingsDialog({
  appId,
  open,
  onClose,
}: {
  appId: string;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} title="Analytics settings" size="lg">
      {open && (
        <div className="space-y-8">
          <TrackingSettings appId={appId} />
          <ShareSettings appId={appId} />
        </div>
      )}
    </Dialog>
  );
}

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

function TrackingSettings({ appId }: { appId: string }) {
  const settings = useQuery(settingsQuery(appId));
  const client = useQueryClient();
  const [draft, setDraft] = useState<Settings | null>(null);
  useEffect(() => {
    if (settings.data && !draft) setDraft(settings.data);
  }, [settings.data, draft]);
  const options = useMemo(() => zones(draft?.timezone ?? 'Africa/Nairobi'), [draft?.timezone]);
  const save = useMutation({
    mutationFn: (patch: Settings) => updateSettings(appId, patch),
    onSuccess: async (saved) => {
      setDraft(saved);
      client.setQueryData(settingsQuery(appId).queryKey, saved);
      toast.success('Analytics settings saved.');
      await client.invalidateQueries({ queryKey: ['apps', appId, 'analytics'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft) save.mutate(draft);
  };
  const changed =
    draft &&
    settings.data &&
    (draft.timezone !== settings.data.timezone || draft.respectDnt !== settings.data.respectDnt);
  return (
    <section aria-labelledby="analytics-tracking">
      <h3 id="analytics-tracking" className="font-semibold text-ink">
        Tracking
      </h3>
      <p className="mt-0.5 text-sm text-ink-muted">
        Visitors are counted without cookies and without storing IP addresses, so no consent banner is needed.
      </p>
      {settings.isError && (
        <Alert tone="error" className="mt-3">
          {messageOf(settings.error)}
        </Alert>
      )}
      {!draft ? (
        !settings.isError && <Skeleton className="mt-4 h-24" />
      ) : (
        <form onSubmit={submit} className="mt-4 space-y-4">
          <Field label="Time zone" hint="Days and hours in reports follow this time zone.">
            {(control) => (
              <select
                {...control}
                value={draft.timezone}
                onChange={(e) => setDraft({ ...draft, timezone: e.target.value })}
                className="block h-10 w-full rounded-lg border border-line-strong bg-surface px-3 text-sm text-ink shadow-xs focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15"
              >
                {options.map((z) => (
                  <option key={z} value={z}>
                    {z.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <DntToggle checked={draft.respectDnt} onChange={(v) => setDraft({ ...draft, respectDnt: v })} />
          {save.error && <Alert tone="error">{messageOf(save.error)}</Alert>}
          <Button type="submit" size="sm" loading={save.isPending} disabled={!changed}>
            Save settings
          </Button>
        </form>
      )}
    </section>
  );
}

function DntToggle({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <Checkbox
        id={id}
        checked={checked}
        onCheckedChange={(v) => onChange(v === true)}
        className="mt-0.5"
        aria-describedby={`${id}-hint`}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-ink">
          Respect Do Not Track and Global Privacy Control
        </label>
        <p id={`${id}-hint`} className="text-[13px] text-ink-muted">
          Visitors whose browser asks not to be tracked are not counted at all.
        </p>
      </div>
    </div>
  );
}

function ShareSettings({ appId }: { appId: string }) {
  const share = useQuery(shareQuery(appId));
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const [confirmOff, setConfirmOff] = useState(false);
  const [copied, setCopied] = useState(false);
  const saved = async (value: Share | null, message: string) => {
    client.setQueryData(
      shareQuery(appId).queryKey,
      value ?? { enabled: false, hasPassword: false, token: null, url: null },
    );
    setPassword('');
    toast.success(message);
  };
  const turnOn = useMutation({
    mutationFn: (body: { password?: string | null; rotate?: boolean }) => enableShare(appId, body),
    onSuccess: (value, body) =>
      saved(
        value,
        body.rotate
          ? 'New link made. The old one no longer works.'
          : body.password === null
            ? 'Password removed.'
            : body.password
              ? 'Password set.'
              : 'Share link turned on.',
      ),
  });
  const turnOff = useMutation({
    mutationFn: () => disableShare(appId),
    onSuccess: () => {
      setConfirmOff(false);
      return saved(null, 'Share link turned off.');
    },
  });
  const url = share.data?.token ? sharePageUrl(share.data.token) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast.error('Copy failed: select the link and copy it yourself.');
    }
  };
  const error = turnOn.error ?? turnOff.error;
  return (
    <section aria-labelledby="analytics-share">
      <h3 id="analytics-share" className="flex items-center gap-2 font-semibold text-ink">
        <Link2 className="size-4 text-ink-muted" aria-hidden="true" /> Public share link
      </h3>
      <p className="mt-0.5 text-sm text-ink-muted">
        A read-only view of these reports for someone without an account — a partner, an investor.
      </p>
      {share.isPending && <Skeleton className="mt-4 h-20" />}
      {share.isError && (
        <Alert tone="error" className="mt-3">
          {messageOf(share.error)}
        </Alert>
      )}
      {share.data && !share.data.enabled && (
        <form
          className="mt-4 space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            turnOn.mutate(password ? { password } : {});
          }}
        >
          <TextField
            label="Password (optional)"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            hint="8 characters or more. Without one, anyone with the link can see the reports."
            minLength={password ? 8 : undefined}
            maxLength={128}
          />
          <Button type="submit" size="sm" loading={turnOn.isPending}>
            <Link2 className="size-4" aria-hidden="true" /> Create share link
          </Button>
        </form>
      )}
      {share.data?.enabled && (
        <div className="mt-4 space-y-4">
          <Field
            label="Link"
            hint={
              share.data.hasPassword ? (
                <span className="inline-flex items-center gap-1">
                  <Lock className="size-3.5" aria-hidden="true" /> Protected by a password.
                </span>
              ) : (
                'Anyone with this link can see the reports.'
              )
            }
          >
            {(control) => (
              <div className="flex gap-2">
                <Input
                  {...control}
                  readOnly
                  value={url}
                  className="font-mono text-[13px]"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <Button type="button" variant="secondary" onClick={copy} className="shrink-0">
                  {copied ? (
                    <Check className="size-4" aria-hidden="true" />
                  ) : (
                    <Copy className="size-4" aria-hidden="true" />
                  )}
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              </div>
            )}
          </Field>
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (password) turnOn.mutate({ password });
            }}
          >
            <TextField
              className="min-w-0 flex-1 basis-56"
              label={share.data.hasPassword ? 'Change the password' : 'Add a password'}
              type="password"
              autoComplete="new-password"
              value={password}
              minLength={8}
              maxLength={128}
              onChange={(e) => setPassword(e.target.value)}
            />
            <Button
              type="submit"
              variant="secondary"
              disabled={password.length < 8}
              loading={turnOn.isPending && Boolean(password)}
            >
              {share.data.hasPassword ? 'Change' : 'Set password'}
            </Button>
          </form>
          <div className="flex flex-wrap gap-2 border-t border-line pt-4">
            {share.data.hasPassword && (
              <Button
                type="button"
                size="sm"
                variant="ghost"
                onClick={() => turnOn.mutate({ password: null })}
              >
                Remove password
              </Button>
            )}
            <Button type="button" size="sm" variant="ghost" onClick={() => turnOn.mutate({ rotate: true })}>
              <RefreshCw className="size-3.5" aria-hidden="true" /> New link
            </Button>
            <Button
              type="button"
              size="sm"
              variant="ghost"
              className="text-danger hover:text-danger"
              onClick={() => setConfirmOff(true)}
            >
              Turn off link
            </Button>
          </div>
        </div>
      )}
      {error && (
        <Alert tone="error" className="mt-3">
          {messageOf(error)}
        </Alert>
      )}
      <ConfirmDialog
        open={confirmOff}
        onOpenChange={setConfirmOff}
        title="Turn off the share link?"
        confirmLabel="Turn off"
        loading={turnOff.isPending}
        error={turnOff.error ? messageOf(turnOff.error) : null}
        onConfirm={() => turnOff.mutate()}
      >
        <p>Anyone opening the link sees “link turned off”. You can make a new link later.</p>
      </ConfirmDialog>
    </section>
  );
}
