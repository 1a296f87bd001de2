/**
 * The role matrix as the dashboard reads it, so screens hide what a role cannot use instead of
 * showing errors. A copy of packages/auth/src/domain/permissions.ts (the server still authorizes
 * every call); `permissions.test.ts` pins the rows the admin screens depend on.
 */
import type { Role } from '../../../api/client';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export const ADMIN_PERMISSIONS = {
  'app.update': 'admin',
  'app.delete': 'owner',
  'app.transfer': 'owner',
  'members.manage': 'admin',
  'invitations.manage': 'admin',
  'api_keys.manage': 'admin',
  'audit.read': 'admin',
  'site.manage': 'admin',
  'inbox.read': 'editor',
} as const satisfies Record<string, Role>;

export type AdminAction = keyof typeof ADMIN_PERMISSIONS;

export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** Whether `role` may do `action` in an App. */
export function can(role: Role | undefined, action: AdminAction): boolean {
  return role !== undefined && roleAtLeast(role, ADMIN_PERMISSIONS[action]);
}

/** The roles `actor` may hand out: only owners make owners. */
export function assignableRoles(actor: Role): Role[] {
  return actor === 'owner' ? ['owner', 'admin', 'editor', 'viewer'] : ['admin', 'editor', 'viewer'];
}

/** Whether `actor` may change or remove a member who holds `target`: only owners touch owners. */
export function canManageMember(actor: Role | undefined, target: Role): boolean {
  if (!can(actor, 'members.manage')) return false;
  return target !== 'owner' || actor === 'owner';
}
