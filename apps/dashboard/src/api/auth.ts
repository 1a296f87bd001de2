/**
 * Accounts: the Better Auth endpoints the server mounts at /api/auth/* (not in the OpenAPI document).
 * Errors come back in the API's one shape, with codes `auth.<better auth code>`.
 *
 * The redirect targets below are the dashboard's own routes: Better Auth puts them in the links it
 * mails (`/api/auth/verify-email?token=…&callbackURL=/verify-email`,
 * `/api/auth/reset-password/<token>?callbackURL=/reset-password`) and redirects there afterwards.
 */
import { safeFetch, toApiError } from './errors';

/** Where the verification link lands once Better Auth has checked the token (`?error=` when it failed). */
export const VERIFY_EMAIL_PATH = '/verify-email';
/** Where the reset link lands: `?token=` when valid, `?error=INVALID_TOKEN` when not. */
export const RESET_PASSWORD_PATH = '/reset-password';

export interface User {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean;
  image: string | null;
  createdAt: string;
}

export interface Session {
  user: User;
  session: { id: string; expiresAt: string };
}

async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await safeFetch(`/api/auth${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, data);
  return data as T;
}

/** The signed-in person, or null. */
export async function getSession(): Promise<Session | null> {
  const response = await safeFetch('/api/auth/get-session', { credentials: 'same-origin' });
  if (!response.ok) throw toApiError(response, await response.json().catch(() => null));
  return ((await response.json()) as Session | null) ?? null;
}

/** Creates the account and mails the verification link (answers the same for a taken address). */
export function signUp(input: { name: string; email: string; password: string }): Promise<unknown> {
  return post('/sign-up/email', { ...input, callbackURL: VERIFY_EMAIL_PATH });
}

export function signIn(input: { email: string; password: string; rememberMe: boolean }): Promise<unknown> {
  return post('/sign-in/email', input);
}

export function signOut(): Promise<unknown> {
  return post('/sign-out', {});
}

export function sendVerificationEmail(email: string): Promise<unknown> {
  return post('/send-verification-email', { email, callbackURL: VERIFY_EMAIL_PATH });
}

/** Mails a reset link when an account exists (the answer never says whether it does). */
export function requestPasswordReset(email: string): Promise<unknown> {
  return post('/request-password-reset', { email, redirectTo: RESET_PASSWORD_PATH });
}

export function resetPassword(input: { token: string; newPassword: string }): Promise<unknown> {
  return post('/reset-password', input);
}
