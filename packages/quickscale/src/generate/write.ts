/**
 * Putting a plan on disk. A new project is built whole in a temporary folder beside its target and
 * moved into place in one rename, so a failure at any point leaves nothing behind. An existing
 * project gets its changes staged first (every new content computed, every merge done), then
 * applied; nothing is written while any change is refused.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../cli/errors.js';
import type { FileChange } from './changes.js';
import { BASE_FILE, baseArchive, baseOf, LOCK_FILE, lockOf, lockText, plannedFiles } from './lock.js';
import { mergeThreeWay } from './merge.js';
import type { Plan } from './plan.js';

export const CONFIG_FILE = 'quickscale.yml';

/** Files whose executable bit matters. */
export const EXECUTABLE = /(^|\/)(bin\/[^/]+|\.ci\/run|[^/]+\.sh)$/;

/**
 * Fault injection for the atomicity tests: QUICKSCALE_FAIL_AFTER_FILES=n makes the writer fail
 * after n files, as a full disk would. Never set in normal use.
 */
function faultAfter(env: Record<string, string | undefined>): number {
  const n = Number(env.QUICKSCALE_FAIL_AFTER_FILES);
  return Number.isInteger(n) && n >= 0 ? n : Number.POSITIVE_INFINITY;
}

function writeTree(
  root: string,
  files: Array<{ path: string; content: Buffer }>,
  env: Record<string, string | undefined>,
): void {
  const limit = faultAfter(env);
  let written = 0;
  for (const f of files) {
    if (written >= limit) throw new CliError('write-failed', `writing ${f.path} failed (injected fault)`);
    const target = join(root, ...f.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    if (EXECUTABLE.test(f.path)) chmodSync(target, 0o755);
    written++;
  }
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty. */
function removeEmptyParents(root: string, dir: string): void {
  for (let d = dir; d.startsWith(`${root}/`) && existsSync(d) && readdirSync(d).length === 0; d = dirname(d))
    rmSync(d, { recursive: true });
}

/** Everything a generation writes besides the plan's files: the config, the lock and the base. */
export function bookkeeping(plan: Plan, configText: string): Array<{ path: string; content: Buffer }> {
  return [
    { path: CONFIG_FILE, content: Buffer.from(configText) },
    { path: LOCK_FILE, content: Buffer.from(lockText(lockOf(plan, configText))) },
    { path: BASE_FILE, content: baseArchive(baseOf(plannedFiles(plan))) },
  ];
}

/** True when `dir` is absent, empty, or holds nothing but quickscale.yml (and dotfiles of git). */
export function isFreshTarget(dir: string): boolean {
  if (!existsSync(dir)) return true;
  return readdirSync(dir).every((n) => n === CONFIG_FILE || n === '.git');
}

/**
 * Writes a new project into `target` atomically. `finish` runs inside the staging folder before
 * the move (git steps that are part of generation); if it throws, nothing is left behind.
 */
export async function writeNewProject(
  target: string,
  plan: Plan,
  configText: string,
  options: {
    env: Record<string, string | undefined>;
    files?: Array<{ path: string; content: Buffer }>;
    finish?: (staging: string, files: Array<{ path: string; content: Buffer }>) => Promise<void> | void;
  },
): Promise<void> {
  if (!isFreshTarget(target)) {
    throw new CliError(
      'target-not-empty',
      `${target} already has files and is not a QuickScale project`,
      'Generate into a new or empty folder, or into a project QuickScale made (it has .quickscale/lock.json).',
    );
  }
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(target)}.quickscale-`));
  try {
    const files = options.files ?? [...plannedFiles(plan), ...bookkeeping(plan, configText)];
    writeTree(staging, files, options.env);
    await options.finish?.(staging, files);
    if (!existsSync(target)) {
      renameSync(staging, target);
      return;
    }
    // The folder exists (it holds quickscale.yml, perhaps .git): move the staged entries into it.
    for (const name of readdirSync(staging)) {
      const to = join(target, name);
      if (name === CONFIG_FILE || name === '.git') rmSync(to, { recursive: true, force: true });
      renameSync(join(staging, name), to);
    }
    rmSync(staging, { recursive: true, force: true });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

export interface AppliedChange {
  path: string;
  kind: FileChange['kind'] | 'conflict' | 'side-by-side';
  conflicts?: number;
}

/**
 * Computes the new content of every change (merging where the person changed a file), then writes
 * them. `mode` `generate` refuses merges unless forced; `update` merges.
 */
export function applyChanges(
  projectDir: string,
  changes: FileChange[],
  options: {
    mode: 'generate' | 'update';
    force: boolean;
    /** The conflict label of the new version, per file origin (`module:auth` → `auth 0.2.0`). */
    labels: { theirs: string | ((origin: string) => string) };
  },
): AppliedChange[] {
  const staged: Array<{ path: string; content: Buffer | null }> = [];
  const applied: AppliedChange[] = [];
  for (const c of changes) {
    switch (c.kind) {
      case 'add':
      case 'update':
        staged.push({ path: c.path, content: c.next as Buffer });
        applied.push({ path: c.path, kind: c.kind });
        break;
      case 'collide':
        if (options.force) {
          staged.push({ path: c.path, content: c.next as Buffer });
          applied.push({ path: c.path, kind: 'update' });
        } else applied.push({ path: c.path, kind: 'collide' });
        break;
      case 'merge': {
        if (options.mode === 'generate') {
          if (options.force) staged.push({ path: c.path, content: c.next as Buffer });
          applied.push({ path: c.path, kind: options.force ? 'update' : 'merge' });
          break;
        }
        const merged =
          c.base && c.current
            ? mergeThreeWay(c.current, c.base, c.next as Buffer, {
                ours: 'yours',
                base: 'generated',
                theirs:
                  typeof options.labels.theirs === 'function'
                    ? options.labels.theirs(c.origin)
                    : options.labels.theirs,
              })
            : null;
        if (!merged) {
          // Not mergeable as text (binary, no base, no git): the person's file stays, the new one lands beside it.
          staged.push({ path: `${c.path}.quickscale-new`, content: c.next as Buffer });
          applied.push({ path: c.path, kind: 'side-by-side' });
        } else {
          staged.push({ path: c.path, content: merged.content });
          applied.push({
            path: c.path,
            kind: merged.conflicts > 0 ? 'conflict' : 'merge',
            conflicts: merged.conflicts,
          });
        }
        break;
      }
      case 'delete':
        staged.push({ path: c.path, content: null });
        applied.push({ path: c.path, kind: 'delete' });
        break;
      case 'keep':
      case 'skip-deleted':
        applied.push({ path: c.path, kind: c.kind });
        break;
      case 'same':
        break;
    }
  }
  const refused = applied.filter((a) => options.mode === 'generate' && a.kind === 'merge');
  if (refused.length > 0) {
    throw new CliError(
      'user-modified',
      `${refused.length} file${refused.length === 1 ? '' : 's'} changed since generation would be overwritten:\n${refused
        .map((r) => `  ${r.path}`)
        .join('\n')}`,
      '`quickscale update` merges your changes with the new version; `quickscale generate --force` overwrites them.',
    );
  }
  const collisions = applied.filter((a) => a.kind === 'collide');
  if (collisions.length > 0 && !options.force) {
    throw new CliError(
      'collision',
      `${collisions.length} file${collisions.length === 1 ? '' : 's'} QuickScale would write already exist and were not generated by it:\n${collisions.map((c) => `  ${c.path}`).join('\n')}`,
      'Move them aside, or run with --force to replace them.',
    );
  }
  for (const s of staged) {
    const file = join(projectDir, ...s.path.split('/'));
    if (s.content === null) {
      rmSync(file, { force: true });
      removeEmptyParents(projectDir, dirname(file));
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, s.content);
    if (EXECUTABLE.test(s.path)) chmodSync(file, 0o755);
  }
  return applied;
}

/** Writes the lock and base of a (re)generation. */
export function writeBookkeeping(
  projectDir: string,
  plan: Plan,
  configText: string,
  base?: Map<string, Buffer>,
): void {
  const files = bookkeeping(plan, configText).filter((f) => f.path !== CONFIG_FILE);
  for (const f of files) {
    const content = f.path === BASE_FILE && base ? baseArchive(base) : f.content;
    const target = join(projectDir, ...f.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
