/** @qspace/auth — accounts, sessions, password rules and tokens on Better Auth. */
export {
  type Auth,
  type AuthOptions,
  createAuth,
  RESET_PASSWORD_MINUTES,
  VERIFY_EMAIL_HOURS,
} from './auth.js';
export {
  checkPassword,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_MESSAGES,
  type PasswordProblem,
} from './domain/passwords.js';
export { type Action, authorize, can, PERMISSIONS } from './domain/permissions.js';
export { checkSlug, RESERVED_SLUGS, slugify } from './domain/slug.js';
export { authEnv } from './env.js';
export { AppErrors, AuthErrors } from './errors.js';
export { authMigrations } from './migrations.js';
export {
  accounts,
  apiKeys,
  appInvitations,
  appMembers,
  apps,
  auditEvents,
  authSchema,
  jwks,
  sessions,
  users,
  verifications,
} from './schema.js';
export {
  API_KEY_RE,
  API_KEY_SCOPES,
  type ApiKeyPrincipal,
  type ApiKeyScope,
  type ApiKeyView,
  createApiKey,
  listApiKeys,
  revokeApiKey,
  roleForScopes,
  verifyApiKey,
} from './services/api-keys.js';
export {
  type AppSummary,
  addMember,
  changeRole,
  createApp,
  deleteApp,
  getApp,
  listMembers,
  listMyApps,
  type MemberView,
  membershipContext,
  type Role,
  removeMember,
  slugAvailability,
  transferOwnership,
  updateApp,
} from './services/apps.js';
export { type AuditInput, type AuditPage, listAudit, recordAudit } from './services/audit.js';
export {
  acceptInvitation,
  INVITATION_DAYS,
  type InvitationSettings,
  type InvitationView,
  inviteMember,
  listInvitations,
  previewInvitation,
  resendInvitation,
  revokeInvitation,
} from './services/invitations.js';
export {
  type ResolvedSession,
  resolveSession,
  SESSION_COOKIE,
  verifiedSessionToken,
} from './services/sessions.js';
