/**
 * Goals: what counts as a conversion (a page visit, a custom event, a contact-form submission), each
 * with its converting visitors, conversions and conversion rate, and per source where the API gives
 * it. Admins add and delete goals here; everyone else reads.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ChevronDown, FileText, MailCheck, MousePointerClick, Plus, Target, Trash2 } from 'lucide-react';
import { type FormEvent, Fragment, useId, useState } from 'react';
import { messageOf } from '../../api/errors';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Card } from '../../components/ui/card';
import { ConfirmDialog, Dialog } from '../../components/ui/dialog';
import { Field, TextField } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { Skeleton } from '../../components/ui/spinner';
import { toast } from '../../components/ui/toast';
import { cn } from '../../lib/cn';
import {
  analyticsKey,
  createGoal,
  csvHref,
  deleteGoal,
  type GoalInput,
  type GoalKind,
  type GoalsReport,
  type QueryFor,
  reportQuery,
  type Scope,
} from './api';
import { CsvLink } from './csv-link';
import { formatCount, formatExact, formatPercent, sourceLabel } from './format';
import type { ReportQuery } from './search';

type Goal = GoalsReport['goals'][number];

export const GOAL_KIND_INFO: Record<
  GoalKind,
  { label: string; icon: typeof Target; match: string; hint: string; placeholder: string }
> = {
  page: {
    label: 'Page visit',
    icon: FileText,
    match: 'Page path',
    hint: 'A visit to this page counts. Use * for any part, e.g. /blog/* or /thank-you.',
    placeholder: '/contact',
  },
  event: {
    label: 'Custom event',
    icon: MousePointerClick,
    match: 'Event name',
    hint: "An event your site sends with qs('name'), e.g. qs('signup').",
    placeholder: 'signup',
  },
  form: {
    label: 'Form submission',
    icon: MailCheck,
    match: 'Form name',
    hint: 'Leave empty to count every contact form on the site.',
    placeholder: 'Any form',
  },
};

export function GoalsPanel({
  scope,
  query,
  manage,
  exportable = true,
}: {
  scope: Scope;
  query: ReportQuery;
  manage: boolean;
  exportable?: boolean;
}) {
  const goals = useQuery(reportQuery(scope, 'goals', query as QueryFor<'goals'>));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Goal | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: (goal: Goal) => deleteGoal(scope.kind === 'app' ? scope.appId : '', goal.id),
    onSuccess: async (_, goal) => {
      setRemoving(null);
      toast.success(`Goal “${goal.name}” deleted.`);
      await client.invalidateQueries({ queryKey: analyticsKey(scope) });
    },
  });
  const list = goals.data?.goals ?? [];
  const max = Math.max(0.0001, ...list.map((g) => g.conversionRate));

  return (
    <Card className="overflow-hidden">
      <section aria-labelledby="analytics-goals">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-4 py-3 sm:px-5">
          <div className="min-w-0">
            <h2 id="analytics-goals" className="font-semibold text-ink">
              Goals
            </h2>
            <p className="text-[13px] text-ink-muted">
              The visits that matter: messages sent, pages reached.
            </p>
          </div>
          <div className="flex items-center gap-1">
            {exportable && list.length > 0 && (
              <CsvLink scope={scope} href={csvHref(scope, 'goals', query)} label="Export goals as CSV" />
            )}
            {manage && (
              <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
                <Plus className="size-4" aria-hidden="true" /> Add goal
              </Button>
            )}
          </div>
        </div>
        {goals.isPending ? (
          <div className="space-y-3 p-5" aria-busy="true">
            <Skeleton className="h-8" />
            <Skeleton className="h-8" />
          </div>
        ) : goals.isError ? (
          <div className="p-4">
            <Alert tone="error" title="Goals could not be loaded">
              {messageOf(goals.error)}
            </Alert>
          </div>
        ) : list.length === 0 ? (
          <div className="flex flex-col items-center px-6 py-10 text-center">
            <span className="grid size-10 place-items-center rounded-xl bg-brand-soft text-brand">
              <Target className="size-5" aria-hidden="true" />
            </span>
            <p className="mt-3 font-medium text-ink">No goals yet</p>
            <p className="mt-1 max-w-md text-sm text-ink-muted">
              A goal turns a visit into a result: a contact-form message, a visit to your booking page, a
              click on “Order”. Add one and see how many visitors convert, and from where.
            </p>
            {manage && (
              <Button className="mt-4" size="sm" onClick={() => setAdding(true)}>
                <Plus className="size-4" aria-hidden="true" /> Add your first goal
              </Button>
            )}
          </div>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full text-sm sm:min-w-[560px]">
              <caption className="sr-only">
                Goals, with converting visitors, conversions and conversion rate of{' '}
                {formatExact(goals.data.visitors)} visitors
              </caption>
              <thead>
                <tr className="border-b border-line text-left text-xs text-ink-faint">
                  <th scope="col" className="px-4 py-2 font-medium sm:px-5">
                    Goal
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium sm:w-24">
                    Uniques
                  </th>
                  <th scope="col" className="hidden w-28 px-3 py-2 text-right font-medium sm:table-cell">
                    Conversions
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium sm:w-44 sm:text-left">
                    <span className="sm:hidden">Rate</span>
                    <span className="hidden sm:inline">Conversion rate</span>
                  </th>
                  <th scope="col" className="w-16 px-2 py-2 sm:w-20">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((goal) => {
                  const info = GOAL_KIND_INFO[goal.kind];
                  const expanded = open === goal.id;
                  return (
                    <Fragment key={goal.id}>
                      <tr className="border-b border-line last:border-0">
                        <th scope="row" className="px-4 py-3 text-left font-normal sm:px-5">
                          <span className="flex items-center gap-2.5">
                            <span className="grid size-7 shrink-0 place-items-center rounded-md bg-subtle text-ink-muted">
                              <info.icon className="size-3.5" aria-hidden="true" />
                            </span>
                            <span className="min-w-0">
                              <span className="block truncate font-medium text-ink">{goal.name}</span>
                              <span className="block truncate text-xs text-ink-faint">
                                {info.label}
                                {goal.match ? (
                                  <>
                                    {' · '}
                                    <span className="font-mono">{goal.match}</span>
                                  </>
                                ) : goal.kind === 'form' ? (
                                  ' · any form'
                                ) : null}
                              </span>
                            </span>
                          </span>
                        </th>
                        <td className="px-3 py-3 text-right font-medium text-ink tabular-nums">
                          {formatCount(goal.visitors)}
                        </td>
                        <td className="hidden px-3 py-3 text-right text-ink-muted tabular-nums sm:table-cell">
                          {formatCount(goal.conversions)}
                        </td>
                        <td className="px-3 py-3">
                          <span className="flex items-center gap-2">
                            <span
                              className="hidden h-1.5 flex-1 overflow-hidden rounded-full bg-subtle sm:block"
                              aria-hidden="true"
                            >
                              <span
                                className="block h-full rounded-full bg-brand"
                                style={{ width: `${(goal.conversionRate / max) * 100}%` }}
                              />
                            </span>
                            <span className="w-12 text-right font-semibold text-ink tabular-nums">
                              {formatPercent(goal.conversionRate)}
                            </span>
                          </span>
                        </td>
                        <td className="px-3 py-3">
                          <span className="flex justify-end gap-0.5">
                            {goal.sources.length > 0 && (
                              <button
                                type="button"
                                aria-expanded={expanded}
                                aria-controls={`goal-sources-${goal.id}`}
                                onClick={() => setOpen(expanded ? null : goal.id)}
                                className="rounded-md p-1.5 text-ink-faint hover:bg-subtle hover:text-ink focus-visible:outline-2 focus-visible:outline-brand"
                              >
                                <ChevronDown
                                  className={cn('size-4 transition-transform', expanded && 'rotate-180')}
                                  aria-hidden="true"
                                />
                                <span className="sr-only">Conversion by source for {goal.name}</span>
                              </button>
                            )}
                            {manage && (
                              <button
                                type="button"
                                onClick={() => setRemoving(goal)}
                                className="rounded-md p-1.5 text-ink-faint hover:bg-danger-soft hover:text-danger focus-visible:outline-2 focus-visible:outline-brand"
                              >
                                <Trash2 className="size-4" aria-hidden="true" />
                                <span className="sr-only">Delete goal {goal.name}</span>
                              </button>
                            )}
                          </span>
                        </td>
                      </tr>
                      {expanded && (
                        <tr id={`goal-sources-${goal.id}`} className="border-b border-line bg-canvas">
                          <td colSpan={5} className="px-4 py-3 sm:px-5">
                            <GoalSources goal={goal} />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {manage && scope.kind === 'app' && (
        <GoalDialog appId={scope.appId} open={adding} onClose={() => setAdding(false)} scope={scope} />
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={`Delete the goal “${removing?.name ?? ''}”?`}
        confirmLabel="Delete goal"
        loading={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        <p>
          Its conversions stop showing here. The visits themselves stay counted; adding the goal again counts
          them again.
        </p>
      </ConfirmDialog>
    </Card>
  );
}

function GoalSources({ goal }: { goal: Goal }) {
  return (
    <table className="w-full text-[13px]">
      <caption className="mb-1 text-left text-xs font-medium text-ink-faint">
        Conversion rate by source
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Source</th>
          <th scope="col">Converted / visitors</th>
          <th scope="col">Conversion rate</th>
        </tr>
      </thead>
      <tbody>
        {goal.sources.map((s) => (
          <tr key={s.source}>
            <th scope="row" className="py-1 pr-3 text-left font-normal text-ink">
              {sourceLabel(s.source)}
            </th>
            <td className="py-1 pr-3 text-right text-ink-muted tabular-nums">
              {formatExact(s.converted)} of {formatExact(s.visitors)}
            </td>
            <td className="w-16 py-1 text-right font-medium text-ink tabular-nums">
              {formatPercent(s.conversionRate)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GoalDialog({
  appId,
  open,
  onClose,
  scope,
}: {
  appId: string;
  open: boolean;
  onClose: () => void;
  scope: Scope;
}) {
  const [kind, setKind] = useState<GoalKind>('form');
  const [name, setName] = useState('');
  const [match, setMatch] = useState('');
  const id = useId();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (input: GoalInput) => createGoal(appId, input),
    onSuccess: async (goal) => {
      toast.success(`Goal “${goal.name}” added. Past visits are being counted.`);
      close();
      await client.invalidateQueries({ queryKey: analyticsKey(scope) });
    },
  });
  const close = () => {
    setName('');
    setMatch('');
    setKind('form');
    create.reset();
    onClose();
  };
  const info = GOAL_KIND_INFO[kind];
  const defaultName =
    kind === 'form'
      ? match
        ? `Form: ${match}`
        : 'Contact form sent'
      : kind === 'page'
        ? `Visited ${match}`
        : match;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ kind, match: match.trim(), name: (name.trim() || defaultName).slice(0, 80) });
  };
  const issues = (create.error as { issues?: Array<{ path: string; message: string }> } | null)?.issues ?? [];
  const issue = (field: string) => issues.find((i) => i.path.endsWith(field))?.message;
  return (
    <Dialog
      open={open}
      onClose={close}
      title="Add a goal"
      description="Count the visits that end in something you want."
      onSubmit={submit}
      size="2xl"
      footer={
        <>
          <Button type="button" variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={kind !== 'form' && !match.trim()}>
            Add goal
          </Button>
        </>
      }
    >
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium text-ink">What counts</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {(Object.keys(GOAL_KIND_INFO) as GoalKind[]).map((k) => {
            const item = GOAL_KIND_INFO[k];
            return (
              <label
                key={k}
                className={cn(
                  'flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand',
                  kind === k
                    ? 'border-brand bg-brand-soft text-ink'
                    : 'border-line-strong text-ink-muted hover:bg-subtle',
                )}
              >
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  className="sr-only"
                />
                <item.icon className="size-4 shrink-0" aria-hidden="true" />
                {item.label}
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="mt-5 space-y-4">
        <Field label={info.match} hint={info.hint} error={issue('match')}>
          {(control) => (
            <Input
              {...control}
              value={match}
              onChange={(e) => setMatch(e.target.value)}
              placeholder={info.placeholder}
              maxLength={kind === 'page' ? 300 : 80}
              className={kind === 'form' ? undefined : 'font-mono'}
            />
          )}
        </Field>
        <TextField
          label="Name"
          hint="How the goal is called in reports."
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={defaultName || 'e.g. Booked a table'}
          maxLength={80}
          error={issue('name')}
        />
      </div>
      {create.error && issues.length === 0 && (
        <Alert tone="error" className="mt-4">
          {messageOf(create.error)}
        </Alert>
      )}
    </Dialog>
  );
}
