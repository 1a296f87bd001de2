/**
 * Password rules: at least 10 characters, at most 128, and not a common password. "Common" means the
 * lower-cased password is on the shipped list (data/common-passwords.txt), or is a listed word with
 * only digits or symbols added around it ("Password2026!", "123dragonfly").
 */
import { readFileSync } from 'node:fs';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(new URL('../../data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#')),
  );
  return common;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common';

export function checkPassword(password: string): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return 'common';
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length >= 4 && core !== lower && list.has(core)) return 'common';
  return null;
}

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember and hard to guess.`,
  too_long: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  common:
    'This password is on the list of passwords attackers try first. Choose something less common — a few unrelated words work well.',
};
