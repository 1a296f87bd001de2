import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import type { ApiError } from '../../api/errors';
import { messageOf } from '../../api/errors';
import { sessionQuery } from '../../api/queries';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/field';
import { changeEmail, updateName } from './account-api';
import { FormActions, SettingsSection } from './section';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Name (saved at once) and email (changed only once the new address confirms it). */
export function ProfileSection() {
  const session = useQuery(sessionQuery);
  const user = session.data?.user;
  return (
    <SettingsSection
      id="profile"
      title="Profile"
      description="Your name appears to your team and in the audit log. Your email is where sign-in and security mail goes."
    >
      {user && <NameForm current={user.name} />}
      {user && <EmailForm current={user.email} />}
    </SettingsSection>
  );
}

function NameForm({ current }: { current: string }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(current);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setName(current), [current]);
  const save = useMutation({
    mutationFn: updateName,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey }),
    onError: (e) => setError(messageOf(e)),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    save.reset();
    if (!name.trim()) return setError('Enter your name — the one your team knows you by.');
    save.mutate(name.trim());
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        value={name}
        maxLength={80}
        onChange={(e) => setName(e.target.value)}
        error={error}
        hint={save.isSuccess ? <span className="font-medium text-success">Saved.</span> : undefined}
      />
      <FormActions className="mt-4">
        <Button type="submit" variant="secondary" loading={save.isPending} disabled={name.trim() === current}>
          Save name
        </Button>
      </FormActions>
    </form>
  );
}

function EmailForm({ current }: { current: string }) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: changeEmail,
    onError: (e: ApiError | Error) => setError(messageOf(e)),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const next = email.trim().toLowerCase();
    if (!EMAIL_RE.test(next)) return setError('Enter an email address like name@example.com.');
    if (next === current.toLowerCase()) return setError('That is already your email address.');
    send.mutate(next);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 border-t border-line pt-6">
      <p className="text-sm text-ink">
        Current email: <span className="font-medium">{current}</span>
      </p>
      {send.isSuccess ? (
        <Alert tone="success" title="Check the new inbox" className="mt-4">
          We sent a confirmation link to {send.variables}. Your email changes when you open it; until then you
          sign in with {current}.
        </Alert>
      ) : (
        <>
          <TextField
            className="mt-4"
            label="New email"
            name="newEmail"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error}
            hint="We’ll send a link to the new address to confirm it."
          />
          <FormActions className="mt-4">
            <Button type="submit" variant="secondary" loading={send.isPending}>
              Send confirmation link
            </Button>
          </FormActions>
        </>
      )}
    </form>
  );
}
