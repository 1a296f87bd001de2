/**
 * The audit log in words: each action code the server records (packages/auth services) becomes a
 * sentence fragment about its target. Unknown codes still read sensibly ("api key · rotated").
 */
import type { AuditEvent, Member } from '../shared/queries';

const ROLE = { owner: 'owner', admin: 'admin', editor: 'editor', viewer: 'viewer' } as Record<string, string>;

type Describe = (d: Record<string, unknown>, target: string) => string;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const role = (v: unknown): string => ROLE[str(v)] ?? (str(v) || 'a role');
const quoted = (v: unknown, fallback: string): string => (str(v) ? `“${str(v)}”` : fallback);

const ACTIONS: Record<string, Describe> = {
  'app.created': (d) => `Created the App${str(d.name) ? ` ${quoted(d.name, '')}` : ''}`,
  'app.slug_changed': (d) => `Changed the site address to /s/${str(d.slug)}/`,
  'app.deleted': () => 'Deleted the App',
  'app.ownership_transferred': (_, t) => `Transferred ownership to ${t}`,
  'member.added': (d, t) => `Added ${t} as ${role(d.role)}`,
  'member.role_changed': (d, t) => `Changed ${t}’s role from ${role(d.from)} to ${role(d.to)}`,
  'member.removed': (_, t) => `Removed ${t} from the team`,
  'member.left': () => 'Left the App',
  'member.signed_in': () => 'Signed in',
  'invitation.created': (d) => `Invited ${str(d.email) || 'someone'} as ${role(d.role)}`,
  'invitation.resent': (d) => `Resent the invitation to ${str(d.email) || 'someone'}`,
  'invitation.revoked': (d) => `Revoked the invitation to ${str(d.email) || 'someone'}`,
  'invitation.accepted': (d) => `Accepted the invitation as ${role(d.role)}`,
  'api_key.created': (d) => `Created the API key ${quoted(d.name, '')}`.trimEnd(),
  'api_key.revoked': (d) => `Revoked the API key ${str(d.prefix) ? `${str(d.prefix)}…` : ''}`.trimEnd(),
};

/** A person's name from the member list, or a neutral word for someone who has left. */
export function personName(
  userId: string | null,
  members: readonly Pick<Member, 'userId' | 'name'>[],
): string {
  if (!userId) return 'someone';
  return members.find((m) => m.userId === userId)?.name ?? 'a former member';
}

/** What happened, as a sentence: "Changed Baraka’s role from editor to admin". */
export function describeAudit(
  event: Pick<AuditEvent, 'action' | 'details' | 'target'>,
  members: readonly Pick<Member, 'userId' | 'name'>[],
): string {
  const describe = ACTIONS[event.action];
  if (describe) return describe(event.details, personName(event.target, members));
  const [subject = '', verb = ''] = event.action.split('.');
  return `${subject.replaceAll('_', ' ')} · ${verb.replaceAll('_', ' ')}`.trim();
}

/** Who did it: a member's name, "API key", or "System". */
export function describeActor(
  event: Pick<AuditEvent, 'actorType' | 'actorId'>,
  members: readonly Pick<Member, 'userId' | 'name'>[],
): string {
  if (event.actorType === 'user') return personName(event.actorId, members).replace(/^a former/, 'A former');
  if (event.actorType === 'api_key') return 'API key';
  return 'System';
}
