import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Link2Off } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { resetPassword } from '../api/auth';
import { ApiError, messageOf } from '../api/errors';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Field } from '../components/ui/field';
import { fieldErrorsOf, passwordProblem } from '../lib/forms';
import { AuthCard, linkClass, StatusIcon } from './auth-shell';
import { PasswordInput, PasswordRules } from './password-input';

/**
 * Where the reset link lands (`/api/auth/reset-password/<token>?callbackURL=/reset-password`
 * redirects here with `?token=`, or `?error=INVALID_TOKEN` when the link is expired or used).
 */
export function ResetPassword() {
  const { token, error } = useSearch({ from: '/_auth/reset-password' });
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  const mutation = useMutation({
    mutationFn: resetPassword,
    onSuccess: () => navigate({ to: '/sign-in', search: { reset: '1' } }),
    onError: (e) => {
      if (e instanceof ApiError) setErrors(fieldErrorsOf(e, ['password'] as const).fields);
    },
  });

  const tokenRejected = mutation.error instanceof ApiError && mutation.error.code === 'auth.invalid_token';
  if (!token || error || tokenRejected) return <ExpiredLink />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      password: passwordProblem(password) ?? undefined,
      confirm: confirm === password ? undefined : 'The two passwords differ. Type the same one twice.',
    };
    setErrors(next);
    if (!next.password && !next.confirm) mutation.mutate({ token, newPassword: password });
  };
  const formError = mutation.error && !errors.password ? messageOf(mutation.error) : null;

  return (
    <AuthCard
      title="Choose a new password"
      description="After this you’ll be signed out on every device, and can sign in with the new password."
    >
      <form className="space-y-5" onSubmit={onSubmit} noValidate>
        {formError && <Alert tone="error">{formError}</Alert>}
        <Field label="New password" error={errors.password} hint={<PasswordRules password={password} />}>
          {(control) => (
            <PasswordInput
              {...control}
              name="new-password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label="Confirm new password" error={errors.confirm}>
          {(control) => (
            <PasswordInput
              {...control}
              name="confirm-password"
              autoComplete="new-password"
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Save new password
        </Button>
      </form>
    </AuthCard>
  );
}

function ExpiredLink() {
  return (
    <AuthCard
      icon={
        <StatusIcon tone="danger">
          <Link2Off className="size-6" aria-hidden="true" />
        </StatusIcon>
      }
      title="This reset link doesn’t work any more"
      description="Reset links work once, for 60 minutes. Ask for a new one — it only takes a moment."
      footer={
        <Link to="/sign-in" className={linkClass}>
          Back to sign in
        </Link>
      }
    >
      <Button asChild size="lg" className="w-full">
        <Link to="/forgot-password">Send me a new link</Link>
      </Button>
    </AuthCard>
  );
}
