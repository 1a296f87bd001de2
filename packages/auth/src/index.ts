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
export { authEnv } from './env.js';
export { AuthErrors } from './errors.js';
export { authMigrations } from './migrations.js';
export { accounts, authSchema, jwks, sessions, users, verifications } from './schema.js';
