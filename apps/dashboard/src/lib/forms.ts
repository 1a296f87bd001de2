/** Pure helpers behind the forms (tested in test/forms.test.ts). */
import type { ApiError } from '../api/errors';

/** The server's password rules (packages/auth/src/domain/passwords.ts); the common-password list is checked on submit. */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  return null;
}

/** A slug suggestion from an App name: "Mama Oliech's Kitchen" → "mama-oliechs-kitchen". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/** The server's slug format: 3–40 of a-z, 0-9 and single hyphens, starting and ending with a letter or digit. */
export const SLUG_RE = /^(?=.{3,40}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A same-origin path to return to after sign-in; anything else (other hosts, `//x`) becomes `/`. */
export function safeRedirect(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  )
    return '/';
  return value;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/**
 * Puts a server error on the field it is about: validation issues by path, and known codes
 * (`auth.password_common`, `apps.slug_taken`, …) by the field they name. What fits no field is
 * returned as `form`.
 */
export function fieldErrorsOf<K extends string>(
  error: ApiError,
  fields: readonly K[],
): { fields: FieldErrors<K>; form: string | null } {
  const out: FieldErrors<K> = {};
  for (const issue of error.issues) {
    const field = fields.find((f) => issue.path === f || issue.path.startsWith(`${f}.`));
    if (field && !out[field]) out[field] = issue.message;
  }
  const codeField = fields.find((f) => {
    const name = error.code.split('.')[1] ?? '';
    return name.startsWith(`${f.toLowerCase()}_`) || name === `invalid_${f.toLowerCase()}`;
  });
  if (codeField && !out[codeField]) out[codeField] = error.message;
  const placed = Object.keys(out).length > 0;
  return { fields: out, form: placed ? null : error.message };
}
