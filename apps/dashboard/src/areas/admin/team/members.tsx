/** Members (role, remove, leave), invitations (invite, resend, revoke) and the ownership transfer. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Crown, MailPlus, RotateCw, UserMinus, X } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { api, type Role, unwrap } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/errors';
import { appQuery, appsQuery, sessionQuery } from '../../../api/queries';
import { ROLE_LABEL } from '../../../components/app/app-avatar';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/dialog';
import { Field, TextField } from '../../../components/ui/field';
import { toast } from '../../../components/ui/toast';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/forms';
import { formatDate, formatRelative } from '../shared/format';
import { assignableRoles, can, canManageMember } from '../shared/permissions';
import { type Invitation, invitationsQuery, type Member, membersQuery } from '../shared/queries';
import { ListSkeleton, LoadError, Section, Select } from '../shared/section';

export const ROLE_HELP: Record<Role, string> = {
  owner: 'Everything, including billing, deleting the App and transferring it',
  admin: 'Publishes, manages the team, API keys, settings and the domain',
  editor: 'Edits pages, posts and media, and reads the inbox',
  viewer: 'Sees the App and its content; changes nothing',
};

export function MembersPanel({ appId, role }: { appId: string; role: Role }) {
  return (
    <div className="space-y-8">
      <MembersSection appId={appId} role={role} />
      {can(role, 'invitations.manage') && <InvitationsSection appId={appId} />}
      {can(role, 'app.transfer') && <TransferSection appId={appId} />}
    </div>
  );
}

function MembersSection({ appId, role }: { appId: string; role: Role }) {
  const members = useQuery(membersQuery(appId));
  const session = useQuery(sessionQuery);
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);
  const [error, setError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = session.data?.user.id;

  const changeRole = useMutation({
    mutationFn: ({ member, to }: { member: Member; to: Role }) =>
      unwrap(
        api.PATCH('/api/v1/apps/{appId}/members/{memberId}', {
          params: { path: { appId, memberId: member.id } },
          body: { role: to },
        }),
      ),
    onMutate: () => setError(null),
    onSuccess: async (updated) => {
      toast.success(`${updated.name} is now ${ROLE_LABEL[updated.role].toLowerCase()}.`);
      await queryClient.invalidateQueries({ queryKey: membersQuery(appId).queryKey });
      if (updated.userId === me) await queryClient.invalidateQueries({ queryKey: appQuery(appId).queryKey });
    },
    onError: (e) => setError(messageOf(e)),
  });

  const remove = useMutation({
    mutationFn: (member: Member) =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/members/{memberId}', {
          params: { path: { appId, memberId: member.id } },
        }),
      ),
    onSuccess: async (_, member) => {
      setRemoving(null);
      if (member.userId === me) {
        toast.success('You left the App.');
        await queryClient.invalidateQueries({ queryKey: appsQuery.queryKey });
        await navigate({ to: '/' });
        return;
      }
      toast.success(`${member.name} no longer has access.`);
      await queryClient.invalidateQueries({ queryKey: membersQuery(appId).queryKey });
    },
  });

  const canInvite = can(role, 'invitations.manage');
  return (
    <Section
      id="members"
      title="Members"
      description={
        members.data
          ? `${members.data.length} ${members.data.length === 1 ? 'person' : 'people'} can open this App.`
          : undefined
      }
      action={
        canInvite && !inviting ? (
          <Button size="sm" onClick={() => setInviting(true)}>
            <MailPlus className="size-4" aria-hidden="true" /> Invite people
          </Button>
        ) : undefined
      }
    >
      {inviting && <InviteForm appId={appId} role={role} onClose={() => setInviting(false)} />}
      {error && (
        <div className="border-b border-line px-5 py-4">
          <Alert tone="error" title="That change was not made">
            {error}
          </Alert>
        </div>
      )}
      {members.isPending && <ListSkeleton rows={3} />}
      {members.isError && (
        <div className="p-5">
          <LoadError
            title="The members could not be loaded"
            error={members.error}
            onRetry={members.refetch}
          />
        </div>
      )}
      {members.data && (
        <>
          <div
            className="hidden grid-cols-[minmax(0,1fr)_11rem_8rem_7rem] gap-4 border-b border-line bg-subtle/50 px-5 py-2 text-xs font-medium text-ink-faint md:grid"
            aria-hidden="true"
          >
            <span>Person</span>
            <span>Role</span>
            <span>Joined</span>
            <span />
          </div>
          <ul aria-label="Members" className="divide-y divide-line">
            {members.data.map((m) => (
              <MemberRow
                key={m.id}
                member={m}
                actor={role}
                isMe={m.userId === me}
                busy={changeRole.isPending && changeRole.variables?.member.id === m.id}
                onRole={(to) => changeRole.mutate({ member: m, to })}
                onRemove={() => {
                  remove.reset();
                  setRemoving(m);
                }}
              />
            ))}
          </ul>
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={removing?.userId === me ? 'Leave this App?' : `Remove ${removing?.name ?? ''}?`}
        confirmLabel={removing?.userId === me ? 'Leave App' : 'Remove member'}
        loading={remove.isPending}
        error={remove.error ? messageOf(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing)}
      >
        {removing?.userId === me ? (
          <p>You lose access at once. To come back, an owner or admin has to invite you again.</p>
        ) : (
          <p>
            <strong className="text-ink">{removing?.name}</strong> ({removing?.email}) loses access at once.
            Their past edits stay. You can invite them again later.
          </p>
        )}
      </ConfirmDialog>
    </Section>
  );
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]?.toUpperCase())
      .join('') || '?'
  );
}

function MemberRow({
  member: m,
  actor,
  isMe,
  busy,
  onRole,
  onRemove,
}: {
  member: Member;
  actor: Role;
  isMe: boolean;
  busy: boolean;
  onRole: (role: Role) => void;
  onRemove: () => void;
}) {
  const manageable = canManageMember(actor, m.role) && !isMe;
  const options = assignableRoles(actor);
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-3 px-5 py-4 md:grid-cols-[minmax(0,1fr)_11rem_8rem_7rem] md:gap-4">
      <div className="col-span-2 flex min-w-0 items-center gap-3 md:col-span-1">
        <span
          aria-hidden="true"
          className="grid size-9 shrink-0 place-items-center rounded-full bg-subtle text-[13px] font-semibold text-ink-muted"
        >
          {initials(m.name)}
        </span>
        <div className="min-w-0">
          <p className="flex items-center gap-2 truncate text-sm font-medium text-ink">
            <span className="truncate">{m.name}</span>
            {isMe && <Badge>You</Badge>}
          </p>
          <p className="truncate text-[13px] text-ink-faint">{m.email}</p>
        </div>
      </div>
      <div className="col-span-2 flex items-center justify-between gap-3 md:contents">
        <div className="w-40 md:w-auto">
          {manageable ? (
            <Field label={<span className="sr-only">Role of {m.name}</span>} className="space-y-0">
              {(control) => (
                <Select
                  {...control}
                  value={m.role}
                  disabled={busy}
                  onChange={(e) => onRole(e.target.value as Role)}
                  className="h-9"
                >
                  {options.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABEL[r]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ) : (
            <span title={ROLE_HELP[m.role]}>
              <Badge tone={m.role === 'owner' ? 'brand' : 'neutral'}>{ROLE_LABEL[m.role]}</Badge>
            </span>
          )}
        </div>
        <span className="hidden text-[13px] text-ink-muted md:block" title={formatDate(m.createdAt)}>
          {formatDate(m.createdAt)}
        </span>
        <div className="flex justify-end">
          {(manageable || (isMe && m.role !== 'owner')) && (
            <Button size="sm" variant="ghost" onClick={onRemove}>
              <UserMinus className="size-4" aria-hidden="true" />
              {isMe ? 'Leave' : 'Remove'}
              <span className="sr-only"> {m.name}</span>
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}

const INVITE_FIELDS = ['email', 'role'] as const;
type InviteField = (typeof INVITE_FIELDS)[number];

function InviteForm({ appId, role, onClose }: { appId: string; role: Role; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [inviteRole, setInviteRole] = useState<Role>('editor');
  const [errors, setErrors] = useState<FieldErrors<InviteField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/invitations', {
          params: { path: { appId } },
          body: { email: email.trim(), role: inviteRole },
        }),
      ),
    onSuccess: async (inv) => {
      toast.success(`Invitation sent to ${inv.email}. The link works for 7 days.`);
      setEmail('');
      await queryClient.invalidateQueries({ queryKey: invitationsQuery(appId).queryKey });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return setFormError(messageOf(error));
      //"Already a member" and"already invited" are about the address.
      if (error.code === 'apps.already_member' || error.code === 'apps.already_invited') {
        setErrors({ email: error.message });
        return setFormError(null);
      }
      const mapped = fieldErrorsOf(error, INVITE_FIELDS);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!/^\S+@\S+\.\S+$/.test(email.trim()))
      return setErrors({ email: 'Enter an email address like name@example.co.ke.' });
    setErrors({});
    invite.mutate();
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-4 border-b border-line bg-subtle/40 px-5 py-5"
      aria-label="Invite someone"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-sm font-semibold text-ink">Invite someone</h3>
          <p className="mt-0.5 text-[13px] text-ink-muted">
            They get an email with a link that works once, for 7 days. New people create their account from
            it.
          </p>
        </div>
        <Button type="button" size="sm" variant="ghost" onClick={onClose} aria-label="Close the invite form">
          <X className="size-4" aria-hidden="true" />
        </Button>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_11rem_auto] sm:items-start">
        <TextField
          label="Email address"
          type="email"
          name="email"
          autoComplete="off"
          placeholder="baraka@example.co.ke"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <Field label="Role" error={errors.role}>
          {(control) => (
            <Select
              {...control}
              name="role"
              value={inviteRole}
              onChange={(e) => setInviteRole(e.target.value as Role)}
            >
              {assignableRoles(role).map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABEL[r]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" loading={invite.isPending} className="sm:mt-6.5">
          Send invitation
        </Button>
      </div>
      <p className="text-[13px] text-ink-muted">
        <strong className="font-medium text-ink">{ROLE_LABEL[inviteRole]}:</strong> {ROLE_HELP[inviteRole]}.
      </p>
    </form>
  );
}

function InvitationsSection({ appId }: { appId: string }) {
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery(appId));
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: invitationsQuery(appId).queryKey });
  const resend = useMutation({
    mutationFn: (inv: Invitation) =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/invitations/{invitationId}/resend', {
          params: { path: { appId, invitationId: inv.id } },
        }),
      ),
    onSuccess: async (inv) => {
      toast.success(`Sent again to ${inv.email}, with a fresh 7-day link.`);
      await refresh();
    },
    onError: (e) => toast.error(messageOf(e)),
  });
  const revoke = useMutation({
    mutationFn: (inv: Invitation) =>
      unwrap(
        api.DELETE('/api/v1/apps/{appId}/invitations/{invitationId}', {
          params: { path: { appId, invitationId: inv.id } },
        }),
      ),
    onSuccess: async (_, inv) => {
      setRevoking(null);
      toast.success(`The invitation to ${inv.email} no longer works.`);
      await refresh();
    },
  });
  const pending = invitations.data?.filter((i) => i.status === 'pending') ?? [];
  return (
    <Section id="invitations" title="Pending invitations" description="Invitations not yet accepted.">
      {invitations.isPending && <ListSkeleton rows={2} />}
      {invitations.isError && (
        <div className="p-5">
          <LoadError
            title="The invitations could not be loaded"
            error={invitations.error}
            onRetry={invitations.refetch}
          />
        </div>
      )}
      {invitations.data && pending.length === 0 && (
        <p className="px-5 py-6 text-sm text-ink-muted">
          No invitations waiting. Use <strong className="font-medium text-ink">Invite people</strong> above to
          add someone by email.
        </p>
      )}
      {pending.length > 0 && (
        <ul aria-label="Pending invitations" className="divide-y divide-line">
          {pending.map((inv) => {
            const expired = new Date(inv.expiresAt).getTime() < Date.now();
            return (
              <li
                key={inv.id}
                className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-ink">
                    <span className="truncate">{inv.email}</span>
                    <Badge>{ROLE_LABEL[inv.role]}</Badge>
                    {expired && <Badge tone="warning">Expired</Badge>}
                  </p>
                  <p className="mt-0.5 text-[13px] text-ink-faint">
                    Sent {formatRelative(inv.createdAt)} ·{' '}
                    {expired ? 'resend it for a fresh link' : `link works until ${formatDate(inv.expiresAt)}`}
                  </p>
                </div>
                <div className="flex gap-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    loading={resend.isPending && resend.variables?.id === inv.id}
                    onClick={() => resend.mutate(inv)}
                  >
                    <RotateCw className="size-3.5" aria-hidden="true" /> Resend
                    <span className="sr-only"> to {inv.email}</span>
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => {
                      revoke.reset();
                      setRevoking(inv);
                    }}
                  >
                    Revoke<span className="sr-only"> the invitation to {inv.email}</span>
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        loading={revoke.isPending}
        error={revoke.error ? messageOf(revoke.error) : null}
        onConfirm={() => revoking && revoke.mutate(revoking)}
      >
        <p>
          The link sent to <strong className="text-ink">{revoking?.email}</strong> stops working. You can
          invite the address again later.
        </p>
      </ConfirmDialog>
    </Section>
  );
}

function TransferSection({ appId }: { appId: string }) {
  const queryClient = useQueryClient();
  const members = useQuery(membersQuery(appId));
  const session = useQuery(sessionQuery);
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);
  const candidates = members.data?.filter((m) => m.userId !== session.data?.user.id) ?? [];
  const chosen = candidates.find((m) => m.id === target);
  const transfer = useMutation({
    mutationFn: (memberId: string) =>
      unwrap(
        api.POST('/api/v1/apps/{appId}/transfer-ownership', {
          params: { path: { appId } },
          body: { memberId },
        }),
      ),
    onSuccess: async () => {
      setConfirming(false);
      toast.success(`${chosen?.name ?? 'They'} now own${chosen ? 's' : ''} the App. You are an admin.`);
      setTarget('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appQuery(appId).queryKey }),
        queryClient.invalidateQueries({ queryKey: membersQuery(appId).queryKey }),
        queryClient.invalidateQueries({ queryKey: appsQuery.queryKey }),
      ]);
    },
  });
  return (
    <Section
      id="transfer"
      title="Transfer ownership"
      description="Hand the App to another member. They become the owner; you stay on as an admin."
    >
      <div className="px-5 py-5">
        {members.data && candidates.length === 0 ? (
          <p className="text-sm text-ink-muted">
            You are the only member. Invite the person first; once they have joined, you can make them the
            owner here.
          </p>
        ) : (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
            <Field label="New owner" className="sm:w-80">
              {(control) => (
                <Select {...control} value={target} onChange={(e) => setTarget(e.target.value)}>
                  <option value="">Choose a member…</option>
                  {candidates.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name} ({m.email})
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Button
              variant="secondary"
              disabled={!chosen}
              onClick={() => {
                transfer.reset();
                setConfirming(true);
              }}
            >
              <Crown className="size-4" aria-hidden="true" /> Transfer ownership
            </Button>
          </div>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Make ${chosen?.name ?? 'this member'} the owner?`}
        confirmLabel="Transfer ownership"
        loading={transfer.isPending}
        error={transfer.error ? messageOf(transfer.error) : null}
        onConfirm={() => chosen && transfer.mutate(chosen.id)}
      >
        <p>
          <strong className="text-ink">{chosen?.name}</strong> becomes the owner: they can delete the App,
          manage billing and change anyone’s role, including yours. You become an admin.
        </p>
        <p>Only the new owner can undo this.</p>
      </ConfirmDialog>
    </Section>
  );
}
