import { describe, expect, it } from 'vitest';
import { describeActor, describeAudit } from './audit-labels';

const members = [
  { userId: 'u1', name: 'Wanjiku' },
  { userId: 'u2', name: 'Baraka' },
];

describe('audit log labels', () => {
  it('turns role changes into a sentence naming the member', () => {
    const event = { action: 'member.role_changed', target: 'u2', details: { from: 'editor', to: 'admin' } };
    expect(describeAudit(event, members)).toBe('Changed Baraka’s role from editor to admin');
  });

  it('names invitations and keys by what the details carry', () => {
    expect(
      describeAudit(
        { action: 'invitation.created', target: 'i1', details: { email: 'a@b.ke', role: 'viewer' } },
        members,
      ),
    ).toBe('Invited a@b.ke as viewer');
    expect(
      describeAudit(
        { action: 'api_key.created', target: 'k1', details: { name: 'Mobile app', scopes: ['read'] } },
        members,
      ),
    ).toBe('Created the API key “Mobile app”');
  });

  it('says "a former member" for someone no longer on the team', () => {
    expect(describeAudit({ action: 'member.removed', target: 'gone', details: {} }, members)).toBe(
      'Removed a former member from the team',
    );
    expect(describeActor({ actorType: 'user', actorId: 'gone' }, members)).toBe('A former member');
  });

  it('still reads an action it does not know', () => {
    expect(describeAudit({ action: 'api_key.rotated', target: null, details: {} }, members)).toBe(
      'api key · rotated',
    );
  });
});
