import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { sendVerificationEmail, signIn } from '../api/auth';
import { ApiError, messageOf } from '../api/errors';
import { sessionQuery } from '../api/queries';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Checkbox } from '../components/ui/checkbox';
import { Field, TextField } from '../components/ui/field';
import { Label } from '../components/ui/label';
import { safeRedirect } from '../lib/forms';
import { AuthCard, linkClass } from './auth-shell';
import { PasswordInput } from './password-input';

export function SignIn() {
  const search = useSearch({ from: '/_auth/sign-in' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const rememberId = useId();
  const [email, setEmail] = useState(search.email ?? '');
  const [remember, setRemember] = useState(true);
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      // Read the new session before navigating: the guarded routes consult the cache, which still
      // holds "signed out" from the visit to this page.
      await queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
      const target = safeRedirect(search.redirect);
      // Pages the server renders itself (an invitation) need a real page load, not a client route.
      if (target.startsWith('/invite/')) window.location.assign(target);
      else await navigate({ href: target });
    },
  });
  const resend = useMutation({ mutationFn: () => sendVerificationEmail(email.trim()) });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const next = {
      email: email.trim() ? undefined : 'Enter the email you signed up with.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(next);
    if (!next.email && !next.password)
      mutation.mutate({ email: email.trim(), password, rememberMe: remember });
  };

  const error = mutation.error;
  const unverified = error instanceof ApiError && error.code === 'auth.email_not_verified';

  return (
    <AuthCard
      title="Sign in to Q-Space"
      description="Welcome back. Pick up where you left off."
      footer={
        <>
          New to Q-Space?{' '}
          <Link to="/sign-up" search={{ redirect: search.redirect }} className={linkClass}>
            Create an account
          </Link>
        </>
      }
    >
      <form className="space-y-5" onSubmit={onSubmit} noValidate>
        {search.reset && !error && (
          <Alert tone="success" title="Password changed">
            Sign in with your new password. You were signed out everywhere else.
          </Alert>
        )}
        {unverified ? (
          <Alert
            tone="warning"
            title="Confirm your email first"
            actions={
              resend.isSuccess ? (
                <span className="text-sm font-medium text-success">Link sent — check your inbox.</span>
              ) : (
                <Button
                  size="sm"
                  variant="secondary"
                  loading={resend.isPending}
                  onClick={() => resend.mutate()}
                >
                  Send the link again
                </Button>
              )
            }
          >
            We sent a confirmation link when you signed up. Open it, then sign in here.
            {resend.isError && <span className="mt-1 block text-danger">{messageOf(resend.error)}</span>}
          </Alert>
        ) : (
          error && (
            <Alert
              tone="error"
              title={error instanceof ApiError && error.status === 429 ? 'Too many attempts' : undefined}
            >
              {error instanceof ApiError && error.code === 'auth.invalid_email_or_password'
                ? 'That email and password don’t match. Check for typos, or reset your password.'
                : messageOf(error)}
            </Alert>
          )
        )}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={missing.email}
        />
        <Field
          label="Password"
          error={missing.password}
          aside={
            <Link
              to="/forgot-password"
              search={{ email: email.trim() || undefined }}
              className={`${linkClass} text-[13px]`}
            >
              Forgot password?
            </Link>
          }
        >
          {(control) => <PasswordInput {...control} name="password" autoComplete="current-password" />}
        </Field>
        <div className="flex items-center gap-2.5">
          <Checkbox id={rememberId} checked={remember} onCheckedChange={(v) => setRemember(v === true)} />
          <Label htmlFor={rememberId} className="font-normal text-ink-muted">
            Keep me signed in on this device
          </Label>
        </div>
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
