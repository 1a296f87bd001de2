/**
 * PGlite is a single-process database: two processes writing one data folder would corrupt it.
 * A lock file holding the owner's pid refuses the second process with a clear message; a lock left
 * by a process that no longer exists (crash, SIGKILL) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { defineErrors } from '../errors.js';

export const DirLockErrors = defineErrors('database', {
  data_dir_in_use: {
    status: 500,
    message:
      'Another Q-Space process is using this embedded database folder. Stop it, set QSPACE_DATA_DIR to another folder, or use a PostgreSQL server with DATABASE_URL to run several processes.',
  },
});

export interface DirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDirLock(dir: string): DirLock {
  const file = join(dir, 'qspace.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(owner) && (owner === process.pid || alive(owner))) {
        throw DirLockErrors.data_dir_in_use({ dir, pid: owner });
      }
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw DirLockErrors.data_dir_in_use({ dir });
}
