import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { MailCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { sendVerificationEmail } from '../api/auth';
import { ApiError, messageOf } from '../api/errors';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { AuthCard, linkClass, StatusIcon } from './auth-shell';

const COOLDOWN_SECONDS = 60;

/** Counts down to zero once a second; `start(n)` restarts it. */
export function useCountdown(): [number, (seconds: number) => void] {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (left <= 0) return;
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);
  return [left, setLeft];
}

/** The waiting screen after sign-up: where the link went, and a resend that cannot be hammered. */
export function CheckEmail() {
  const { email } = useSearch({ from: '/_auth/check-email' });
  const [cooldown, startCooldown] = useCountdown();
  const [sent, setSent] = useState(false);
  const resend = useMutation({
    mutationFn: () => sendVerificationEmail(email ?? ''),
    onSuccess: () => {
      setSent(true);
      startCooldown(COOLDOWN_SECONDS);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.retryAfterSeconds) startCooldown(error.retryAfterSeconds);
    },
  });
  const limited = resend.error instanceof ApiError && resend.error.status === 429;
  const local =
    typeof location !== 'undefined' && /^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname);

  return (
    <AuthCard
      icon={
        <StatusIcon tone="brand">
          <MailCheck className="size-6" aria-hidden="true" />
        </StatusIcon>
      }
      title="Check your email"
      description={
        email ? (
          <>
            We sent a link to <strong className="font-semibold text-ink">{email}</strong>. Open it to confirm
            your address — it works for 24 hours.
          </>
        ) : (
          'We sent you a link. Open it to confirm your address — it works for 24 hours.'
        )
      }
      footer={
        <>
          Wrong address?{' '}
          <Link to="/sign-up" className={linkClass}>
            Sign up again
          </Link>
        </>
      }
    >
      <div className="space-y-4">
        {sent && !resend.isError && (
          <Alert tone="success" title="Sent again">
            A new link is on its way. Earlier links still work until they expire.
          </Alert>
        )}
        {limited && (
          <Alert tone="warning" title="Please wait a little">
            You’ve asked for several emails in a short time.{' '}
            {cooldown > 0 ? `You can ask again in ${cooldown} seconds.` : 'You can ask again now.'}
          </Alert>
        )}
        {resend.isError && !limited && <Alert tone="error">{messageOf(resend.error)}</Alert>}
        <div className="rounded-lg bg-subtle px-4 py-3 text-sm text-ink-muted">
          Nothing yet? Look in your spam or promotions folder, or send the link again.
        </div>
        <Button
          variant="secondary"
          className="w-full"
          loading={resend.isPending}
          disabled={!email || cooldown > 0}
          onClick={() => resend.mutate()}
        >
          {cooldown > 0 ? `Resend link in ${cooldown}s` : 'Resend link'}
        </Button>
        {local && (
          <p className="text-center text-xs text-ink-faint">
            Running Q-Space locally? Mail is captured in the{' '}
            <a href="/dev/mailbox" className={linkClass} target="_blank" rel="noreferrer">
              development mailbox
            </a>
            .
          </p>
        )}
      </div>
    </AuthCard>
  );
}
