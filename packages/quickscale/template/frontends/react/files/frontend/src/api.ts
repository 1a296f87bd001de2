/**
 * The only way the frontend reaches the server: JSON over the project's REST API, same origin,
 * cookies included. A failed call throws an ApiError whose message a person can act on.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await fetch(path, {
      ...rest,
      headers,
      credentials: 'same-origin',
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as {
    error?: { message?: string; details?: { fields?: Record<string, string> } };
    message?: string;
  } | null;
  if (!res.ok) {
    const fields = body?.error?.details?.fields ?? {};
    const first = Object.values(fields)[0];
    throw new ApiError(
      res.status,
      first ?? body?.error?.message ?? body?.message ?? `The server answered ${res.status}.`,
      fields,
    );
  }
  return body as T;
}
