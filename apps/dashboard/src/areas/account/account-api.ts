/**
 * The Better Auth endpoints behind the account screen (profile, email, password, sessions, deletion),
 * next to the ones `src/api/auth.ts` wraps for signing in. Errors arrive in the API's one shape
 * (`auth.<better auth code>`), as ApiError.
 */
import { queryOptions } from '@tanstack/react-query';
import { safeFetch, toApiError } from '../../api/errors';

/** Where the link in a change-of-email mail lands once Better Auth has switched the address. */
export const EMAIL_CHANGED_PATH = '/account?email=changed';

/** One signed-in browser or device, as Better Auth lists it. */
export interface ActiveSession {
  id: string;
  token: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
  ipAddress: string | null;
  userAgent: string | null;
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await safeFetch(`/api/auth${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    credentials: 'same-origin',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, data);
  return data as T;
}

export const sessionsQuery = queryOptions({
  queryKey: ['account', 'sessions'],
  queryFn: () => call<ActiveSession[]>('/list-sessions'),
});

export function updateName(name: string): Promise<unknown> {
  return call('/update-user', { name });
}

/** Mails a link to the new address; the address changes only once that link is opened. */
export function changeEmail(newEmail: string): Promise<unknown> {
  return call('/change-email', { newEmail, callbackURL: EMAIL_CHANGED_PATH });
}

export function changePassword(input: {
  currentPassword: string;
  newPassword: string;
  revokeOtherSessions: boolean;
}): Promise<unknown> {
  return call('/change-password', input);
}

export function revokeSession(token: string): Promise<unknown> {
  return call('/revoke-session', { token });
}

/** Signs out every session but this one. */
export function revokeOtherSessions(): Promise<unknown> {
  return call('/revoke-other-sessions', {});
}

/** Signs out every session, this one included. */
export function revokeAllSessions(): Promise<unknown> {
  return call('/revoke-sessions', {});
}

/** Deletes the account for good; the password proves it is the owner at the keyboard. */
export function deleteAccount(password: string): Promise<unknown> {
  return call('/delete-user', { password });
}
