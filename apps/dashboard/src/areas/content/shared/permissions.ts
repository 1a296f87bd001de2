/**
 * What the signed-in person may do in this App, from their role (the server's matrix,
 * packages/auth/src/domain/permissions.ts): screens hide the controls a role cannot use, so a
 * viewer never meets a "not allowed" error.
 */
import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../api/client';
import { appQuery } from '../../../api/queries';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

export interface ContentPermissions {
  /** Posts and media: create, change, delete (editor+). */
  edit: boolean;
  /** Publish, schedule, unpublish posts (admin+). */
  publish: boolean;
  /** Theme and site settings (admin+). */
  manageSite: boolean;
}

export function permissionsOf(role: Role | undefined): ContentPermissions {
  const rank = role ? RANK[role] : -1;
  return { edit: rank >= 1, publish: rank >= 2, manageSite: rank >= 2 };
}

export function usePermissions(appId: string): ContentPermissions {
  const app = useQuery(appQuery(appId));
  return permissionsOf(app.data?.role);
}
