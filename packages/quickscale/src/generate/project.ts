/** An existing QuickScale project on disk: its folder, configuration, lock and pristine base. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import { type Base, type Lock, readBase, readLock } from './lock.js';
import { CONFIG_FILE } from './write.js';

export interface Project {
  dir: string;
  configFile: string;
  configText: string;
  lock: Lock;
  base: Base;
}

/** Finds the project that holds `start` (it or a parent folder has .quickscale/lock.json). */
export function openProject(ctx: Context, start = '.'): Project {
  let dir = resolve(ctx.io.cwd, start);
  for (;;) {
    if (existsSync(join(dir, '.quickscale', 'lock.json'))) break;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new CliError(
        'not-a-project',
        `${resolve(ctx.io.cwd, start)} is not inside a QuickScale project (no .quickscale/lock.json here or above)`,
        'Run this in a project made by `quickscale create` or `quickscale generate`.',
      );
    }
    dir = parent;
  }
  const lock = readLock(dir) as Lock;
  const configFile = join(dir, CONFIG_FILE);
  if (!existsSync(configFile)) {
    throw new CliError(
      'file-not-found',
      `${configFile} is missing`,
      'Restore quickscale.yml (e.g. from git); QuickScale needs it to know what the project is.',
    );
  }
  return { dir, configFile, configText: readFileSync(configFile, 'utf8'), lock, base: readBase(dir) };
}
