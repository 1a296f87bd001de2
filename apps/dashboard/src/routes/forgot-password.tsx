import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { requestPasswordReset } from '../api/auth';
import { ApiError, messageOf } from '../api/errors';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { TextField } from '../components/ui/field';
import { AuthCard, linkClass, StatusIcon } from './auth-shell';

export function ForgotPassword() {
  const search = useSearch({ from: '/_auth/forgot-password' });
  const [email, setEmail] = useState(search.email ?? '');
  const [missing, setMissing] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: requestPasswordReset });
  const back = (
    <Link to="/sign-in" className={linkClass}>
      Back to sign in
    </Link>
  );

  if (mutation.isSuccess) {
    return (
      <AuthCard
        icon={
          <StatusIcon tone="brand">
            <MailCheck className="size-6" aria-hidden="true" />
          </StatusIcon>
        }
        title="Check your email"
        description={
          <>
            If <strong className="font-semibold text-ink">{mutation.variables}</strong> has a Q-Space account,
            we sent it a link to choose a new password. The link works once, for 60 minutes.
          </>
        }
        footer={back}
      >
        <Button variant="secondary" className="w-full" onClick={() => mutation.reset()}>
          Use a different email
        </Button>
      </AuthCard>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    setMissing(value ? null : 'Enter the email you signed up with.');
    if (value) mutation.mutate(value);
  };
  const limited = mutation.error instanceof ApiError && mutation.error.status === 429;

  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email you use for Q-Space and we’ll send you a link to choose a new password."
      footer={back}
    >
      <form className="space-y-5" onSubmit={onSubmit} noValidate>
        {mutation.isError && (
          <Alert tone={limited ? 'warning' : 'error'} title={limited ? 'Please wait a little' : undefined}>
            {messageOf(mutation.error)}
          </Alert>
        )}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={missing}
        />
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Send reset link
        </Button>
      </form>
    </AuthCard>
  );
}
