import { useQueryClient } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { sessionQuery } from '../../api/queries';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../routes/app-shell';
import { AppearanceSection } from './appearance-section';
import { DeleteAccountSection, SignOutEverywhereSection } from './danger-section';
import { PasswordSection } from './password-section';
import { ProfileSection } from './profile-section';
import { SessionsSection } from './sessions-section';

/** `/account`: profile, password, appearance, sessions, and the irreversible actions last. */
export function AccountPage() {
  const search: { email?: string } = useSearch({ strict: false });
  const emailChanged = search.email === 'changed';
  const queryClient = useQueryClient();
  useEffect(() => {
    // Back from the change-of-email link: the cached session still holds the old address.
    if (emailChanged) void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey });
  }, [emailChanged, queryClient]);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        title="Account"
        description="Your profile, password, appearance and the devices signed in as you."
      />
      {emailChanged && (
        <Alert tone="success" title="Email changed" className="mb-8">
          Sign-in and security mail now go to your new address.
        </Alert>
      )}
      <ProfileSection />
      <PasswordSection />
      <AppearanceSection />
      <SessionsSection />
      <SignOutEverywhereSection />
      <DeleteAccountSection />
    </div>
  );
}
