/**
 * How a project on disk relates to a plan: for each file, whether QuickScale would add, update,
 * merge or delete it, and whether the person changed or deleted it since it was generated (the
 * lock's hash says what was generated). `preview`, `status`, `generate`, `update` and `remove` all
 * read this one classification.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Base, type Lock, sha256 } from './lock.js';
import type { PlannedFile } from './plan.js';

/** What the person did to a file QuickScale generated. */
export type FileState = 'untouched' | 'user-modified' | 'user-deleted' | 'new';

export type ChangeKind =
  /** Not on disk and not generated before: written. */
  | 'add'
  /** Generated before, untouched, the new content differs: replaced. */
  | 'update'
  /** Generated before, changed by the person, the new content differs: three-way merged. */
  | 'merge'
  /** Generated before and deleted by the person: stays deleted. */
  | 'skip-deleted'
  /** Generated before, no longer planned, untouched: deleted. */
  | 'delete'
  /** Generated before, no longer planned, changed by the person: kept. */
  | 'keep'
  /** On disk but never generated, and the plan wants to write it: a conflict. */
  | 'collide'
  /** Nothing to do. */
  | 'same';

export interface FileChange {
  path: string;
  kind: ChangeKind;
  state: FileState;
  origin: string;
  /** The planned content (absent for delete/keep). */
  next?: Buffer;
  /** What is on disk now, if anything. */
  current?: Buffer;
  /** The pristine content of the last generation, if stored. */
  base?: Buffer;
}

function readIfFile(file: string): Buffer | undefined {
  if (!existsSync(file)) return undefined;
  return statSync(file).isFile() ? readFileSync(file) : undefined;
}

/** Classifies every file of the plan and of the previous generation. */
export function classify(
  projectDir: string,
  planned: PlannedFile[],
  lock: Lock | undefined,
  base: Base,
): FileChange[] {
  const changes: FileChange[] = [];
  const plannedPaths = new Set<string>();
  for (const f of planned) {
    plannedPaths.add(f.path);
    const current = readIfFile(join(projectDir, f.path));
    const locked = lock?.files[f.path];
    const baseContent = base.get(f.path);
    const common = {
      path: f.path,
      origin: f.origin,
      next: f.content,
      ...(current ? { current } : {}),
      ...(baseContent ? { base: baseContent } : {}),
    };
    if (!locked) {
      if (!current) changes.push({ ...common, kind: 'add', state: 'new' });
      else if (current.equals(f.content)) changes.push({ ...common, kind: 'same', state: 'new' });
      else changes.push({ ...common, kind: 'collide', state: 'new' });
      continue;
    }
    if (!current) {
      changes.push({ ...common, kind: 'skip-deleted', state: 'user-deleted' });
      continue;
    }
    const touched = sha256(current) !== locked.sha256;
    const state: FileState = touched ? 'user-modified' : 'untouched';
    if (current.equals(f.content)) changes.push({ ...common, kind: 'same', state });
    else if (!touched) changes.push({ ...common, kind: 'update', state });
    else if (sha256(f.content) === locked.sha256) changes.push({ ...common, kind: 'same', state });
    else changes.push({ ...common, kind: 'merge', state });
  }
  for (const [path, locked] of Object.entries(lock?.files ?? {})) {
    if (plannedPaths.has(path)) continue;
    const current = readIfFile(join(projectDir, path));
    const baseContent = base.get(path);
    const common = {
      path,
      origin: locked.origin,
      ...(current ? { current } : {}),
      ...(baseContent ? { base: baseContent } : {}),
    };
    if (!current) changes.push({ ...common, kind: 'same', state: 'user-deleted' });
    else if (sha256(current) === locked.sha256)
      changes.push({ ...common, kind: 'delete', state: 'untouched' });
    else changes.push({ ...common, kind: 'keep', state: 'user-modified' });
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The state of every file of the last generation (for `status` and `sync-back`). */
export function drift(
  projectDir: string,
  lock: Lock,
): Array<{ path: string; state: FileState; origin: string }> {
  return Object.entries(lock.files)
    .map(([path, locked]) => {
      const current = readIfFile(join(projectDir, path));
      const state: FileState = !current
        ? 'user-deleted'
        : sha256(current) === locked.sha256
          ? 'untouched'
          : 'user-modified';
      return { path, state, origin: locked.origin };
    })
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
