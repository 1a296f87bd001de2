/**
 * `.env` support for development: values from the file fill in variables that are not already set
 * in the real environment (the real environment always wins, as with every 12-factor tool).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'dotenv';

export function loadDotEnv(
  path = '.env',
  env: Record<string, string | undefined> = process.env,
): { loaded: boolean; keys: string[] } {
  if (!existsSync(path)) return { loaded: false, keys: [] };
  const parsed = parse(readFileSync(path));
  const keys: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (env[key] === undefined) {
      env[key] = value;
      keys.push(key);
    }
  }
  return { loaded: true, keys };
}
