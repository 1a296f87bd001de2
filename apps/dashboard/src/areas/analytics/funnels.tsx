/**
 * Funnels: ordered steps (pages or events) and how many visitors reach each, with the drop-off
 * between steps drawn as bars. Admins create funnels (2–8 steps, reorderable) and delete them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, Filter as FunnelIcon, Plus, Trash2, X } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { messageOf } from '../../api/errors';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog, Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/spinner';
import { toast } from '../../components/ui/toast';
import { cn } from '../../lib/cn';
import {
  analyticsKey,
  createFunnel,
  deleteFunnel,
  type FunnelInput,
  type FunnelReport,
  type FunnelStepInput,
  type FunnelStepStats,
  type QueryFor,
  reportQuery,
  type Scope,
} from './api';
import { formatCount, formatExact, formatPercent } from './format';
import type { ReportQuery } from './search';
import { Tabs } from './tabs';

const MAX_STEPS = 8;

export function FunnelsPanel({
  scope,
  query,
  manage,
}: {
  scope: Scope;
  query: ReportQuery;
  manage: boolean;
}) {
  const funnels = useQuery(reportQuery(scope, 'funnels', query as QueryFor<'funnels'>));
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [removing, setRemoving] = useState<FunnelReport | null>(null);
  const client = useQueryClient();
  const list = funnels.data?.funnels ?? [];
  const current = list.find((f) => f.id === selected) ?? list[0];
  const id = useId();
  const remove = useMutation({
    mutationFn: (f: FunnelReport) => deleteFunnel(scope.kind === 'app' ? scope.appId : '', f.id),
    onSuccess: async (_, f) => {
      setRemoving(null);
      setSelected(null);
      toast.success(`Funnel “${f.name}” deleted.`);
      await client.invalidateQueries({ queryKey: analyticsKey(scope) });
    },
  });

  return (
    <Card className="overflow-hidden">
      <section aria-labelledby="analytics-funnels">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-4 py-3 sm:px-5">
          <div className="min-w-0">
            <h2 id="analytics-funnels" className="font-semibold text-ink">
              Funnels
            </h2>
            <p className="text-[13px] text-ink-muted">Where visitors drop off on the way to a result.</p>
          </div>
          {manage && (
            <Button size="sm" variant="secondary" onClick={() => setCreating(true)}>
              <Plus className="size-4" aria-hidden="true" /> New funnel
            </Button>
          )}
        </div>
        {funnels.isPending ? (
          <div className="space-y-3 p-5" aria-busy="true">
            <Skeleton className="h-10" />
            <Skeleton className="h-10 w-4/5" />
            <Skeleton className="h-10 w-3/5" />
          </div>
        ) : funnels.isError ? (
          <div className="p-4">
            <Alert tone="error" title="Funnels could not be loaded">
              {messageOf(funnels.error)}
            </Alert>
          </div>
        ) : !current ? (
          <div className="flex flex-col items-center px-6 py-10 text-center">
            <span className="grid size-10 place-items-center rounded-xl bg-brand-soft text-brand">
              <FunnelIcon className="size-5" aria-hidden="true" />
            </span>
            <p className="mt-3 font-medium text-ink">No funnels yet</p>
            <p className="mt-1 max-w-md text-sm text-ink-muted">
              A funnel follows visitors through steps in order — home page, menu, contact page, message sent —
              and shows how many make it to each one.
            </p>
            {manage && (
              <Button className="mt-4" size="sm" onClick={() => setCreating(true)}>
                <Plus className="size-4" aria-hidden="true" /> Create a funnel
              </Button>
            )}
          </div>
        ) : (
          <div className="p-4 sm:p-5">
            <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
              {list.length > 1 ? (
                <Tabs
                  label="Funnel"
                  items={list.map((f) => ({ value: f.id, label: f.name }))}
                  value={current.id}
                  onChange={setSelected}
                  panelId={`${id}-panel`}
                  idPrefix={id}
                />
              ) : (
                <h3 className="font-medium text-ink">{current.name}</h3>
              )}
              <div className="flex items-center gap-3">
                <p className="text-sm text-ink-muted">
                  <span className="font-semibold text-ink tabular-nums">
                    {formatPercent(current.conversionRate)}
                  </span>{' '}
                  complete it
                </p>
                {manage && (
                  <button
                    type="button"
                    onClick={() => setRemoving(current)}
                    className="rounded-md p-1.5 text-ink-faint hover:bg-danger-soft hover:text-danger focus-visible:outline-2 focus-visible:outline-brand"
                  >
                    <Trash2 className="size-4" aria-hidden="true" />
                    <span className="sr-only">Delete funnel {current.name}</span>
                  </button>
                )}
              </div>
            </div>
            {list.length > 1 ? (
              <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-${current.id}`}>
                <FunnelSteps funnel={current} />
              </div>
            ) : (
              <FunnelSteps funnel={current} />
            )}
          </div>
        )}
      </section>
      {manage && scope.kind === 'app' && (
        <FunnelDialog
          appId={scope.appId}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(fid) => setSelected(fid)}
          scope={scope}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Delete the funnel “${removing?.name ?? ''}”?`}
        confirmLabel="Delete funnel"
        loading={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        <p>The funnel’s report goes away; the visits it counted stay in your analytics.</p>
      </ConfirmDialog>
    </Card>
  );
}

/** One bar per step, its width the share of the first step's visitors; the drop-off between steps. */
export function FunnelSteps({ funnel }: { funnel: FunnelReport }) {
  const steps = funnel.steps as FunnelStepStats[];
  const first = Math.max(1, steps[0]?.visitors ?? 0);
  return (
    <ol className="space-y-1" aria-label={`${funnel.name}: visitors per step`}>
      {steps.map((step, i) => {
        const ofFirst = step.visitors / first;
        return (
          <li key={`${step.kind}:${step.match}:${step.label}`}>
            {i > 0 && (
              <p className="flex items-center gap-1.5 py-1 pl-9 text-xs text-ink-faint">
                <ArrowDown className="size-3" aria-hidden="true" />
                {step.dropOff > 0 ? (
                  <span>
                    <span className="font-medium text-danger tabular-nums">−{formatCount(step.dropOff)}</span>{' '}
                    dropped off ({formatPercent(step.dropOffRate)})
                  </span>
                ) : (
                  'No drop-off'
                )}
              </p>
            )}
            <div className="flex items-center gap-3">
              <span className="grid size-6 shrink-0 place-items-center rounded-full bg-subtle text-xs font-semibold text-ink-muted">
                {i + 1}
              </span>
              <div className="relative min-w-0 flex-1 overflow-hidden rounded-md bg-subtle">
                <div
                  className="absolute inset-y-0 left-0 rounded-md bg-brand/20"
                  style={{ width: `${Math.max(1, ofFirst * 100)}%` }}
                  aria-hidden="true"
                />
                <div className="relative flex items-center justify-between gap-3 px-3 py-2 text-sm">
                  <span className="min-w-0 truncate text-ink">
                    {step.label || step.match}
                    {step.label && step.label !== step.match && (
                      <span className="ml-2 font-mono text-xs text-ink-faint">{step.match}</span>
                    )}
                  </span>
                  <span className="shrink-0 tabular-nums">
                    <span className="font-semibold text-ink" title={`${formatExact(step.visitors)} visitors`}>
                      {formatCount(step.visitors)}
                    </span>
                    <span className="ml-2 text-ink-muted">{formatPercent(ofFirst)}</span>
                  </span>
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

type DraftStep = FunnelStepInput & { key: number };
let nextKey = 1;
const emptyStep = (match = ''): DraftStep => ({ key: nextKey++, kind: 'page', match, label: '' });

function FunnelDialog({
  appId,
  open,
  onClose,
  onCreated,
  scope,
}: {
  appId: string;
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  scope: Scope;
}) {
  const [name, setName] = useState('');
  const [steps, setSteps] = useState<DraftStep[]>(() => [emptyStep('/'), emptyStep()]);
  const client = useQueryClient();
  const id = useId();
  const create = useMutation({
    mutationFn: (input: FunnelInput) => createFunnel(appId, input),
    onSuccess: async (funnel) => {
      toast.success(`Funnel “${funnel.name}” created.`);
      onCreated(funnel.id);
      close();
      await client.invalidateQueries({ queryKey: analyticsKey(scope) });
    },
  });
  const close = () => {
    setName('');
    setSteps([emptyStep('/'), emptyStep()]);
    create.reset();
    onClose();
  };
  const update = (i: number, patch: Partial<FunnelStepInput>) =>
    setSteps((s) => s.map((step, j) => (j === i ? { ...step, ...patch } : step)));
  const move = (i: number, by: -1 | 1) =>
    setSteps((s) => {
      const next = [...s];
      const [step] = next.splice(i, 1);
      if (step) next.splice(i + by, 0, step);
      return next;
    });
  const ready = name.trim() && steps.length >= 2 && steps.every((s) => s.match.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    create.mutate({
      name: name.trim(),
      steps: steps.map((s) => ({
        kind: s.kind,
        match: s.match.trim(),
        ...(s.label?.trim() ? { label: s.label.trim() } : {}),
      })),
    });
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title="New funnel"
      description="Steps in the order visitors take them. A visitor counts at a step once they reached every step before it."
      onSubmit={submit}
      size="2xl"
      footer={
        <>
          <Button type="button" variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!ready}>
            Create funnel
          </Button>
        </>
      }
    >
      <TextField
        label="Name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        placeholder="e.g. From menu to message"
        maxLength={80}
        required
      />
      <fieldset className="mt-5">
        <legend className="mb-2 text-sm font-medium text-ink">Steps</legend>
        <ol className="space-y-2">
          {steps.map((step, i) => (
            <li
              key={step.key}
              className="flex flex-wrap items-center gap-2 rounded-lg border border-line bg-canvas p-2 sm:flex-nowrap"
            >
              <span className="grid size-6 shrink-0 place-items-center rounded-full bg-surface text-xs font-semibold text-ink-muted ring-1 ring-line">
                {i + 1}
              </span>
              <label className="sr-only" htmlFor={`${id}-kind-${i}`}>
                Step {i + 1} kind
              </label>
              <select
                id={`${id}-kind-${i}`}
                value={step.kind}
                onChange={(e) => update(i, { kind: e.target.value as FunnelStepInput['kind'] })}
                className="h-9 rounded-lg border border-line-strong bg-surface px-2 text-sm text-ink focus:border-brand focus:outline-none focus:ring-4 focus:ring-brand/15"
              >
                <option value="page">Visits page</option>
                <option value="event">Sends event</option>
              </select>
              <label className="sr-only" htmlFor={`${id}-match-${i}`}>
                Step {i + 1} {step.kind === 'page' ? 'page path' : 'event name'}
              </label>
              <Input
                id={`${id}-match-${i}`}
                value={step.match}
                onChange={(e) => update(i, { match: e.target.value })}
                placeholder={step.kind === 'page' ? '/contact' : 'form_submitted'}
                maxLength={300}
                className="h-9 min-w-0 flex-1 basis-40 font-mono"
                required
              />
              <label className="sr-only" htmlFor={`${id}-label-${i}`}>
                Step {i + 1} label (optional)
              </label>
              <Input
                id={`${id}-label-${i}`}
                value={step.label ?? ''}
                onChange={(e) => update(i, { label: e.target.value })}
                placeholder="Label (optional)"
                maxLength={80}
                className="h-9 min-w-0 flex-1 basis-32"
              />
              <span className="flex shrink-0 gap-0.5">
                <IconButton label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>
                  <ArrowUp className="size-4" aria-hidden="true" />
                </IconButton>
                <IconButton
                  label={`Move step ${i + 1} down`}
                  disabled={i === steps.length - 1}
                  onClick={() => move(i, 1)}
                >
                  <ArrowDown className="size-4" aria-hidden="true" />
                </IconButton>
                <IconButton
                  label={`Remove step ${i + 1}`}
                  disabled={steps.length <= 2}
                  onClick={() => setSteps((s) => s.filter((_, j) => j !== i))}
                >
                  <X className="size-4" aria-hidden="true" />
                </IconButton>
              </span>
            </li>
          ))}
        </ol>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          className="mt-2"
          disabled={steps.length >= MAX_STEPS}
          onClick={() => setSteps((s) => [...s, emptyStep()])}
        >
          <Plus className="size-4" aria-hidden="true" /> Add step
        </Button>
        <p className="mt-1 text-[13px] text-ink-muted">
          2 to {MAX_STEPS} steps. Page paths may use *, e.g. /blog/*. A contact-form message is the event{' '}
          <span className="font-mono">form_submitted</span>.
        </p>
      </fieldset>
      {create.error && (
        <Alert tone="error" className="mt-4">
          {messageOf(create.error)}
        </Alert>
      )}
    </Dialog>
  );
}

function IconButton({
  label,
  disabled,
  onClick,
  children,
}: {
  label: string;
  disabled?: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      disabled={disabled}
      onClick={onClick}
      className={cn(
        'grid size-8 place-items-center rounded-md text-ink-muted hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand',
        'disabled:pointer-events-none disabled:opacity-40',
      )}
    >
      {children}
    </button>
  );
}
