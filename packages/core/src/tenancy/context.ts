/**
 * Tenant context: who is acting, in which App, with which role. Services receive it explicitly —
 * an `app_id` is never taken from a request body.
 */
export const APP_ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type AppRole = (typeof APP_ROLES)[number];

export type Actor =
  | { type: 'user'; id: string }
  | { type: 'api_key'; id: string }
  | { type: 'system'; id: string };

export interface TenantContext {
  appId: string;
  actor: Actor;
  role: AppRole;
}

const RANK: Record<AppRole, number> = { owner: 4, admin: 3, editor: 2, viewer: 1 };

/** True when `role` is at least as strong as `required` (owner > admin > editor > viewer). */
export function roleAtLeast(role: AppRole, required: AppRole): boolean {
  return RANK[role] >= RANK[required];
}

/** A context for background work done on an App's behalf (jobs, schedulers). */
export function systemContext(appId: string, reason: string): TenantContext {
  return { appId, actor: { type: 'system', id: reason }, role: 'owner' };
}
