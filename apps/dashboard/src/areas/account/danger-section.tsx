import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, messageOf } from '../../api/errors';
import { sessionQuery } from '../../api/queries';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field, TextField } from '../../components/ui/field';
import { PasswordInput } from '../../routes/password-input';
import { deleteAccount, revokeAllSessions } from './account-api';
import { FormActions, SettingsSection } from './section';

/** Leaves the signed-in part for the sign-in screen with nothing cached from this person. */
function useLeave() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  };
}

export function SignOutEverywhereSection() {
  const leave = useLeave();
  const all = useMutation({ mutationFn: revokeAllSessions, onSuccess: leave });
  return (
    <SettingsSection
      id="everywhere"
      title="Sign out everywhere"
      description="Ends every session, this one included. Use it on a shared or lost device."
    >
      {all.isError && (
        <Alert tone="error" className="mb-4">
          {messageOf(all.error)}
        </Alert>
      )}
      <p className="text-sm text-ink-muted">You’ll need your password to sign in again on each device.</p>
      <FormActions className="mt-4">
        <Button variant="secondary" loading={all.isPending} onClick={() => all.mutate()}>
          Sign out everywhere
        </Button>
      </FormActions>
    </SettingsSection>
  );
}

/** Deletion asks for the email typed back (so it is deliberate) and the password (so it is the owner). */
export function DeleteAccountSection() {
  const email = useQuery(sessionQuery).data?.user.email ?? '';
  const leave = useLeave();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: deleteAccount,
    onSuccess: leave,
    onError: (e) =>
      setError(
        e instanceof ApiError && e.code === 'auth.invalid_password'
          ? 'That is not your password.'
          : messageOf(e),
      ),
  });
  const matches = typed.trim().toLowerCase() === email.toLowerCase();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!password) return setError('Enter your password.');
    if (matches) remove.mutate(password);
  };
  return (
    <SettingsSection
      id="delete"
      tone="danger"
      title="Delete account"
      description="Deletes your account and signs you out everywhere. Hand over Apps you own to a teammate first."
    >
      {!open ? (
        <div className="flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-ink-muted">This cannot be undone.</p>
          <Button variant="danger" onClick={() => setOpen(true)} aria-expanded={false}>
            Delete account…
          </Button>
        </div>
      ) : (
        <form onSubmit={onSubmit} noValidate className="space-y-5">
          <Alert tone="warning" title="This cannot be undone">
            Your profile, sessions and memberships are removed for good.
          </Alert>
          <TextField
            label={
              <>
                Type <span className="font-mono font-semibold">{email}</span> to confirm
              </>
            }
            name="confirmEmail"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <Field label="Your password" error={error}>
            {(control) => (
              <PasswordInput
                {...control}
                name="deletePassword"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <FormActions>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" disabled={!matches} loading={remove.isPending}>
              Delete my account
            </Button>
          </FormActions>
        </form>
      )}
    </SettingsSection>
  );
}
