import { defineErrors } from '@qspace/core';

export const AuthErrors = defineErrors('auth', {
  secret_missing: {
    status: 500,
    message: 'AUTH_SECRET is not set. Production needs a secret of 32+ characters (openssl rand -base64 48).',
  },
  key_malformed: {
    status: 401,
    message:
      'The API key is malformed. Send `Authorization: Bearer PREFIX.SECRET` with the whole key exactly as shown when it was created.',
  },
  key_invalid: {
    status: 401,
    message: 'This API key does not exist. Check it, or create a new one in the App settings.',
  },
  key_revoked: { status: 401, message: 'This API key was revoked. Create a new one in the App settings.' },
  key_expired: { status: 401, message: 'This API key has expired. Create a new one in the App settings.' },
  person_required: {
    status: 403,
    message: 'This action needs a signed-in person; API keys cannot do it.',
  },
  unauthenticated: {
    status: 401,
    message: 'Sign in first: this request has no valid session cookie or API key.',
  },
});

export const AppErrors = defineErrors('apps', {
  slug_invalid: {
    status: 400,
    message:
      'A slug is 3–40 characters: lowercase letters, digits and single hyphens, starting and ending with a letter or digit.',
  },
  slug_reserved: { status: 400, message: 'This slug is reserved for the platform. Pick another one.' },
  slug_taken: { status: 409, message: 'Another App already uses this slug. Pick another one.' },
  not_found: {
    status: 404,
    message: 'No App with this id among your Apps. Check the id, or ask its owner to invite you.',
  },
  confirm_mismatch: {
    status: 400,
    message: 'To delete an App, type its slug exactly as confirmation. Nothing was deleted.',
  },
  member_not_found: { status: 404, message: 'No member with this id in this App.' },
  user_not_found: {
    status: 404,
    message: 'No Q-Space account uses this email. Send an invitation instead; it works for new accounts.',
  },
  already_member: { status: 409, message: 'This person is already a member of the App.' },
  last_owner: {
    status: 409,
    message: 'An App needs at least one owner. Make someone else an owner (or transfer ownership) first.',
  },
  already_invited: {
    status: 409,
    message: 'This address already has a pending invitation. Resend it instead of creating another.',
  },
  invitation_not_found: { status: 404, message: 'No invitation with this id in this App.' },
  invitation_invalid: {
    status: 404,
    message: 'This invitation link is not valid. Ask the person who invited you to send a new one.',
  },
  invitation_used: {
    status: 410,
    message: 'This invitation was already used or revoked. Ask for a new one if you still need access.',
  },
  invitation_expired: {
    status: 410,
    message:
      'This invitation has expired (invitations last 7 days). Ask the person who invited you to resend it.',
  },
  invitation_wrong_account: {
    status: 403,
    message:
      'This invitation was sent to another email address. Sign in with that address (or create an account with it), then open the link again.',
  },
  api_key_not_found: { status: 404, message: 'No API key with this id in this App.' },
  owner_only: { status: 403, message: 'Only an owner can change or remove another owner.' },
});
