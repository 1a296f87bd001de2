/**
 * The typed client for /api/v1: paths, parameters, bodies and responses all come from
 * `schema.d.ts`, generated from the server's route definitions (`npm run api:types`).
 */
import createClient from 'openapi-fetch';
import { ApiError, safeFetch, toApiError } from './errors';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type App = Schemas['App'];
export type Role = App['role'];
export type Starter = Schemas['Starter'];
export type PageSummary = Schemas['PageSummary'];

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  credentials: 'same-origin',
  fetch: (request) => safeFetch(request),
});

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The response body of a successful call; an ApiError otherwise. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response, error);
  if (data === undefined && response.status !== 204)
    throw new ApiError(response.status, 'http.empty', 'Empty response.');
  return data as T;
}
