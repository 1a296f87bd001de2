/**
 * The auth secret: AUTH_SECRET in production (start-up fails without it); in development a random
 * secret is created once and kept beside the embedded database, so sessions survive restarts and
 * nobody has to invent a secret to try Q-Space.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '@qspace/core';
import type { ServerConfig } from './env.js';

export function resolveAuthSecret(
  config: Pick<ServerConfig, 'AUTH_SECRET' | 'NODE_ENV' | 'QSPACE_DATA_DIR'>,
): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === 'production') {
    throw new ConfigError([
      {
        variable: 'AUTH_SECRET',
        value: undefined,
        problem: 'is required in production',
        hint: 'Generate one with `openssl rand -base64 48` and set AUTH_SECRET.',
      },
    ]);
  }
  const file = join(dirname(resolve(config.QSPACE_DATA_DIR)), 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
