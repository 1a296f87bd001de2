/**
 * The smallest SQL surface both drivers share (`pg.Client`/`pg.PoolClient` and `PGlite` both
 * satisfy it). Used by the migration runner and other owner-level maintenance.
 */
export interface SqlClient {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}
