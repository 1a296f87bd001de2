/**
 * `.quickscale/lock.json` records what generated the project: the CLI version, the parts, each
 * embedded package's version and source (and commit, when it came from git), and the SHA-256 of
 * every file QuickScale wrote. It is the base of `status`, `update`, `remove` and `explain`.
 *
 * `.quickscale/base.json.gz` keeps the pristine content of those files as generated, so an update
 * is a true three-way merge (base → the user's file, base → the new version), never a replay of
 * old templates. Both files are deterministic: sorted keys, no timestamps, gzip without a date.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CliError } from '../cli/errors.js';
import { isBinary } from './merge.js';
import type { Plan, PlannedFile } from './plan.js';

export const LOCK_DIR = '.quickscale';
export const LOCK_FILE = `${LOCK_DIR}/lock.json`;
export const BASE_FILE = `${LOCK_DIR}/base.json.gz`;
export const LOCK_VERSION = 1;

export interface LockedPackage {
  package: string;
  version: string;
  path: string;
  source: 'copy' | 'git';
  commit?: string;
}

export interface LockedFile {
  sha256: string;
  /** The part (or `composed`, or `module:<id>`) that produced it. */
  origin: string;
}

export interface Lock {
  lockfile_version: number;
  cli: string;
  /** SHA-256 of quickscale.yml when the project was generated. */
  config_sha256: string;
  theme: string;
  frontend: string;
  variant: string;
  parts: string[];
  modules: Record<string, LockedPackage>;
  /** Environment variables the project reads (names as read), for `preview` to diff. */
  env: string[];
  /** Migrations by owner (module id or part id), for `preview` to say which will run. */
  migrations: Record<string, string[]>;
  files: Record<string, LockedFile>;
}

export function sha256(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Every file the plan writes: part and composed files, then module code. */
export function plannedFiles(plan: Plan): PlannedFile[] {
  return [...plan.files, ...plan.moduleFiles].sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function lockOf(plan: Plan, configText: string): Lock {
  const modules: Record<string, LockedPackage> = {};
  for (const p of plan.packages) {
    modules[p.id] = {
      package: p.packageName,
      version: p.version,
      path: p.path,
      source: p.source.kind,
      ...(p.source.commit ? { commit: p.source.commit } : {}),
    };
  }
  const files: Record<string, LockedFile> = {};
  for (const f of plannedFiles(plan)) files[f.path] = { sha256: sha256(f.content), origin: f.origin };
  return {
    lockfile_version: LOCK_VERSION,
    cli: plan.cliVersion,
    config_sha256: sha256(configText),
    theme: plan.config.theme,
    frontend: plan.config.frontend.source,
    variant: plan.config.frontend.variant,
    parts: plan.parts.map((p) => p.id),
    modules,
    env: plan.env.map((v) => v.readFrom ?? v.name),
    migrations: Object.fromEntries(plan.migrations.map((m) => [m.owner, m.tags])),
    files,
  };
}

export function lockText(lock: Lock): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

export function readLock(projectDir: string): Lock | undefined {
  const file = join(projectDir, LOCK_FILE);
  if (!existsSync(file)) return undefined;
  let lock: Lock;
  try {
    lock = JSON.parse(readFileSync(file, 'utf8')) as Lock;
  } catch (error) {
    throw new CliError(
      'bad-lock',
      `${LOCK_FILE} is not valid JSON (${(error as Error).message})`,
      'Restore it from version control (`git checkout .quickscale/lock.json`); QuickScale needs it to know what it generated.',
    );
  }
  if (lock.lockfile_version > LOCK_VERSION) {
    throw new CliError(
      'lock-newer',
      `${LOCK_FILE} was written by a newer quickscale (lock format ${lock.lockfile_version})`,
      'Upgrade quickscale: `npm install -g quickscale@latest`.',
    );
  }
  return lock;
}

/** The pristine base: path → content as generated. */
export type Base = Map<string, Buffer>;

/**
 * Text files only: a binary file (a font, an image) is never merged — a changed one lands beside
 * yours as `.quickscale-new` — so its pristine copy would only cost space; the lock keeps its hash.
 */
export function baseOf(files: PlannedFile[]): Base {
  return new Map(files.filter((f) => !isBinary(f.content)).map((f) => [f.path, f.content]));
}

/** Deterministic gzip of the base (sorted paths; gzip's header carries no time). */
export function baseArchive(base: Base): Buffer {
  const entries = [...base.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const json = JSON.stringify(Object.fromEntries(entries.map(([p, c]) => [p, c.toString('base64')])));
  return gzipSync(Buffer.from(json), { level: 6 });
}

export function readBase(projectDir: string): Base {
  const file = join(projectDir, BASE_FILE);
  if (!existsSync(file)) return new Map();
  const json = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Record<string, string>;
  return new Map(Object.entries(json).map(([p, c]) => [p, Buffer.from(c, 'base64')]));
}
