import { describe, expect, it } from 'vitest';
import { assignableRoles, can, canManageMember } from './permissions';

describe('the role matrix as the admin screens read it', () => {
  it('keeps the inbox from viewers and the team tools from editors', () => {
    expect(can('viewer', 'inbox.read')).toBe(false);
    expect(can('editor', 'inbox.read')).toBe(true);
    expect(can('editor', 'members.manage')).toBe(false);
    expect(can('admin', 'api_keys.manage')).toBe(true);
    expect(can(undefined, 'inbox.read')).toBe(false);
  });

  it('lets only the owner delete or transfer the App', () => {
    expect(can('admin', 'app.delete')).toBe(false);
    expect(can('admin', 'app.transfer')).toBe(false);
    expect(can('owner', 'app.delete')).toBe(true);
  });

  it('lets only owners hand out or touch the owner role', () => {
    expect(assignableRoles('admin')).not.toContain('owner');
    expect(assignableRoles('owner')).toContain('owner');
    expect(canManageMember('admin', 'owner')).toBe(false);
    expect(canManageMember('admin', 'editor')).toBe(true);
    expect(canManageMember('owner', 'owner')).toBe(true);
  });
});
