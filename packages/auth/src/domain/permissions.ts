/**
 * The permission matrix — the one place in code that says which role may do what in an App.
 * docs/permissions.md is the written copy; a test checks the two agree.
 * Roles rank owner > admin > editor > viewer; each action names the weakest role allowed.
 */
import { type AppRole, CoreErrors, roleAtLeast, type TenantContext } from '@qspace/core';

export const PERMISSIONS = {
  'app.read': 'viewer',
  'app.update': 'admin',
  'app.delete': 'owner',
  'app.transfer': 'owner',
  'members.read': 'viewer',
  'members.manage': 'admin',
  'invitations.manage': 'admin',
  'api_keys.manage': 'admin',
  'audit.read': 'admin',
  'content.read': 'viewer',
  'content.edit': 'editor',
  'content.publish': 'admin',
  'site.manage': 'admin',
  'inbox.read': 'editor',
  'analytics.read': 'viewer',
  'analytics.manage': 'admin',
  'billing.manage': 'owner',
} as const satisfies Record<string, AppRole>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: AppRole, action: Action): boolean {
  return roleAtLeast(role, PERMISSIONS[action]);
}

/** Throws 403 naming the role the action needs, unless the context's role allows it. */
export function authorize(ctx: TenantContext, action: Action): void {
  if (can(ctx.role, action)) return;
  const needed = PERMISSIONS[action];
  throw CoreErrors.forbidden(
    { action, role: ctx.role, required: needed },
    `Your role in this App (${ctx.role}) cannot do this (${action}); it needs ${needed} or above. Ask an owner or admin.`,
  );
}
