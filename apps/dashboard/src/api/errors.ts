/**
 * Every failed API call becomes an `ApiError` carrying the server's one error shape
 * (`{ error: { code, message, details } }`), so screens handle one kind of failure.
 */

export interface FieldIssue {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The server's stable code, e.g. `apps.slug_taken` or `auth.invalid_email_or_password`. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds to wait, from a 429's Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Validation issues the server attached (`core.validation_failed`), keyed by field path. */
  get issues(): FieldIssue[] {
    const issues = (this.details as { issues?: unknown } | undefined)?.issues;
    return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
  }
}

export const OFFLINE_MESSAGE = 'Q-Space could not be reached. Check your connection and try again.';

/** Builds an ApiError from a failed response and its (already parsed) body. */
export function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  const retry = Number(response.headers.get('retry-after'));
  return new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : `http.${response.status}`,
    typeof error?.message === 'string' ? error.message : fallbackMessage(response.status),
    error?.details,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Your session has ended. Sign in again.';
  if (status === 403) return 'Your role in this App does not allow this.';
  if (status === 404) return 'This was not found. It may have been deleted.';
  if (status === 429) return 'Too many attempts. Wait a moment and try again.';
  if (status >= 500) return 'Something went wrong on our side. Try again in a moment.';
  return 'The request could not be completed.';
}

/** A message a person can act on, for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something unexpected happened. Reload the page and try again.';
}

/** fetch, with "could not reach the server" turned into an ApiError. */
export async function safeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    throw new ApiError(0, 'network.offline', OFFLINE_MESSAGE);
  }
}
