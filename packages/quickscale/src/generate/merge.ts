/**
 * Three-way merges of text files with `git merge-file` (git's own merge machinery, no repository
 * needed): the person's file, the pristine base it was generated from, and the new version. Clean
 * merges apply both sides' changes; overlapping changes are left as standard conflict markers
 * (`<<<<<<< yours` … `=======` … `>>>>>>> quickscale`) and reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface MergeResult {
  content: Buffer;
  conflicts: number;
}

export function hasGit(): boolean {
  return spawnSync('git', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A file that is not text (a NUL byte in its first 8 KiB, as git decides) is never merged. */
export function isBinary(content: Buffer): boolean {
  return content.subarray(0, 8192).includes(0);
}

/**
 * Merges `theirs` (the new version) into `ours` (the person's file) from `base`. Returns null when
 * the files cannot be merged as text (binary, or git is missing): the caller keeps the person's
 * file and writes the new version beside it.
 */
export function mergeThreeWay(
  ours: Buffer,
  base: Buffer,
  theirs: Buffer,
  labels: { ours: string; base: string; theirs: string },
): MergeResult | null {
  if (isBinary(ours) || isBinary(base) || isBinary(theirs) || !hasGit()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'quickscale-merge-'));
  try {
    const [o, b, t] = ['ours', 'base', 'theirs'].map((n) => join(dir, n)) as [string, string, string];
    writeFileSync(o, ours);
    writeFileSync(b, base);
    writeFileSync(t, theirs);
    const result = spawnSync(
      'git',
      ['merge-file', '-L', labels.ours, '-L', labels.base, '-L', labels.theirs, o, b, t],
      { encoding: 'buffer' },
    );
    // Exit status: 0 clean, N > 0 the number of conflicts, negative (255…) an error.
    if (result.status === null || result.status > 127) return null;
    return { content: readFileSync(o), conflicts: result.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
