import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, messageOf } from '../../api/errors';
import { sessionQuery } from '../../api/queries';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox';
import { Field } from '../../components/ui/field';
import { Label } from '../../components/ui/label';
import { type FieldErrors, passwordProblem } from '../../lib/forms';
import { PasswordInput, PasswordRules } from '../../routes/password-input';
import { changePassword, sessionsQuery } from './account-api';
import { FormActions, SettingsSection } from './section';

type PasswordField = 'currentPassword' | 'newPassword' | 'confirm';

/** Which field a failed change is about: the current password was wrong, or the new one breaks a rule. */
function errorsOf(error: unknown): { fields: FieldErrors<PasswordField>; form: string | null } {
  if (!(error instanceof ApiError)) return { fields: {}, form: messageOf(error) };
  if (error.code === 'auth.invalid_password')
    return { fields: { currentPassword: 'That is not your current password.' }, form: null };
  if (/^auth\.password_/.test(error.code)) return { fields: { newPassword: error.message }, form: null };
  return { fields: {}, form: error.message };
}

export function PasswordSection() {
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [signOutOthers, setSignOutOthers] = useState(true);
  const [errors, setErrors] = useState<FieldErrors<PasswordField>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setConfirm('');
      // Signing out the others replaces this session too (Better Auth issues a fresh cookie).
      await queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
    },
    onError: (error) => {
      const mapped = errorsOf(error);
      setErrors(mapped.fields);
      setFormError(mapped.form);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    const local: FieldErrors<PasswordField> = {};
    if (!current) local.currentPassword = 'Enter the password you use now.';
    const problem = passwordProblem(next);
    if (problem) local.newPassword = problem;
    else if (next === current) local.newPassword = 'Choose a password different from the current one.';
    if (!local.newPassword && confirm !== next) local.confirm = 'The two passwords differ.';
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length === 0)
      change.mutate({ currentPassword: current, newPassword: next, revokeOtherSessions: signOutOthers });
  };

  return (
    <SettingsSection
      id="password"
      title="Password"
      description="A few unrelated words make a password that is long, easy to remember and hard to guess."
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {formError && <Alert tone="error">{formError}</Alert>}
        {change.isSuccess && (
          <Alert tone="success" title="Password changed">
            {change.variables.revokeOtherSessions
              ? 'Your other devices were signed out; this one stays signed in.'
              : 'Use the new password the next time you sign in.'}
          </Alert>
        )}
        <Field label="Current password" error={errors.currentPassword}>
          {(control) => (
            <PasswordInput
              {...control}
              name="currentPassword"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </Field>
        <Field label="New password" error={errors.newPassword} hint={<PasswordRules password={next} />}>
          {(control) => (
            <PasswordInput
              {...control}
              name="newPassword"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
            />
          )}
        </Field>
        <Field label="Confirm new password" error={errors.confirm}>
          {(control) => (
            <PasswordInput
              {...control}
              name="confirm"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          )}
        </Field>
        <div className="flex items-start gap-2.5">
          <Checkbox
            id="sign-out-others"
            checked={signOutOthers}
            onCheckedChange={(v) => setSignOutOthers(v === true)}
            className="mt-0.5"
          />
          <Label htmlFor="sign-out-others" className="font-normal text-ink-muted">
            Sign out my other devices (recommended if you think someone knows the old password)
          </Label>
        </div>
        <FormActions>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </FormActions>
      </form>
    </SettingsSection>
  );
}
