import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { signUp } from '../api/auth';
import { ApiError, messageOf } from '../api/errors';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Field, TextField } from '../components/ui/field';
import { type FieldErrors, fieldErrorsOf, passwordProblem } from '../lib/forms';
import { AuthCard, linkClass } from './auth-shell';
import { PasswordInput, PasswordRules } from './password-input';

const FIELDS = ['name', 'email', 'password'] as const;
type FieldName = (typeof FIELDS)[number];

export function SignUp() {
  const search = useSearch({ from: '/_auth/sign-up' });
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<FieldName>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: signUp,
    onSuccess: (_, input) => navigate({ to: '/check-email', search: { email: input.email } }),
    onError: (error) => {
      if (error instanceof ApiError && error.status !== 429) {
        const mapped = fieldErrorsOf(error, FIELDS);
        setErrors(mapped.fields);
        setFormError(mapped.form);
      } else setFormError(messageOf(error));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get('name') ?? '').trim(),
      email: String(data.get('email') ?? '').trim(),
      password: String(data.get('password') ?? ''),
    };
    const local: FieldErrors<FieldName> = {};
    if (!input.name) local.name = 'Tell us your name, as your team will see it.';
    if (!input.email) local.email = 'Enter your email address.';
    const weak = passwordProblem(input.password);
    if (weak) local.password = weak;
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length === 0) mutation.mutate(input);
  };

  return (
    <AuthCard
      title="Create your account"
      description="Launch your website, take payments and see who visits — from one place."
      footer={
        <>
          Already have an account?{' '}
          <Link to="/sign-in" search={{ redirect: search.redirect }} className={linkClass}>
            Sign in
          </Link>
        </>
      }
    >
      <form
        className="space-y-5"
        onSubmit={onSubmit}
        noValidate
        aria-describedby={formError ? 'signup-error' : undefined}
      >
        {formError && (
          <div id="signup-error">
            <Alert tone="error">{formError}</Alert>
          </div>
        )}
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          placeholder="Wanjiru Kamau"
          error={errors.name}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          placeholder="you@business.co.ke"
          error={errors.email}
        />
        <Field label="Password" error={errors.password} hint={<PasswordRules password={password} />}>
          {(control) => (
            <PasswordInput
              {...control}
              name="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Button type="submit" size="lg" className="w-full" loading={mutation.isPending}>
          Create account
        </Button>
        <p className="text-center text-xs text-ink-faint">We’ll send a link to confirm your email address.</p>
      </form>
    </AuthCard>
  );
}
