import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { CircleCheck, Link2Off } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { sendVerificationEmail } from '../api/auth';
import { messageOf } from '../api/errors';
import { sessionQuery } from '../api/queries';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { TextField } from '../components/ui/field';
import { Loading } from '../components/ui/spinner';
import { AuthCard, StatusIcon } from './auth-shell';

/**
 * Where the verification link lands. Better Auth has already checked the token and, when it was
 * good, signed the person in; when not, it adds `?error=INVALID_TOKEN` (or TOKEN_EXPIRED).
 */
export function VerifyEmail() {
  const { error } = useSearch({ from: '/_auth/verify-email' });
  const session = useQuery(sessionQuery);
  if (error) return <LinkFailed expired={error === 'TOKEN_EXPIRED'} />;
  if (session.isPending) return <Loading label="Confirming your email…" />;
  const signedIn = Boolean(session.data);
  return (
    <AuthCard
      icon={
        <StatusIcon tone="success">
          <CircleCheck className="size-6" aria-hidden="true" />
        </StatusIcon>
      }
      title="Email confirmed"
      description={
        signedIn
          ? `Thanks, ${session.data?.user.name.split(' ')[0] ?? 'there'} — your account is ready.`
          : 'Your account is ready. Sign in to continue.'
      }
    >
      <Button asChild size="lg" className="w-full">
        {signedIn ? <Link to="/">Go to your Apps</Link> : <Link to="/sign-in">Sign in</Link>}
      </Button>
    </AuthCard>
  );
}

function LinkFailed({ expired }: { expired: boolean }) {
  const [email, setEmail] = useState('');
  const resend = useMutation({ mutationFn: () => sendVerificationEmail(email.trim()) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (email.trim()) resend.mutate();
  };
  return (
    <AuthCard
      icon={
        <StatusIcon tone="danger">
          <Link2Off className="size-6" aria-hidden="true" />
        </StatusIcon>
      }
      title={expired ? 'This link has expired' : 'This link doesn’t work'}
      description="Confirmation links work once and for 24 hours. Enter your email and we’ll send a fresh one."
    >
      {resend.isSuccess ? (
        <Alert tone="success" title="Link sent">
          If {email.trim()} has an account waiting for confirmation, a new link is on its way.
        </Alert>
      ) : (
        <form className="space-y-5" onSubmit={onSubmit} noValidate>
          {resend.isError && <Alert tone="error">{messageOf(resend.error)}</Alert>}
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Button type="submit" className="w-full" loading={resend.isPending} disabled={!email.trim()}>
            Send a new link
          </Button>
        </form>
      )}
    </AuthCard>
  );
}
