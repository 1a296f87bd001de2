/**
 * Runs the real `quickscale` binary (bin/quickscale.js → tsx → src/main.ts) as a child process,
 * the way a user's shell does, and returns its exit code and output.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(PACKAGE_DIR, 'bin', 'quickscale.js');
export const REPO_PACKAGES = join(PACKAGE_DIR, '..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
  };
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? PACKAGE_DIR,
      env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The fixture's path as the tests pass it (relative to the package, as a user would type it). */
export function fixture(name: string): string {
  return `test/fixtures/${name}`;
}

/** A temporary folder removed when the test ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `quickscale-${prefix}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** sha256 of every file under `dir` (paths sorted; `.git` left out), and of the whole tree. */
export function treeHashes(dir: string): { files: Record<string, string>; tree: string } {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === '.git') continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  const tree = createHash('sha256').update(JSON.stringify(files)).digest('hex');
  return { files, tree };
}

/**
 * A copy of module packages of this repository in a temporary folder (without node_modules), for
 * tests that publish "newer versions" of a module. With `git`, the folder is a fresh repository with
 * the packages committed under `packages/`, so QuickScale embeds them by git subtree.
 */
export function packagesCopy(
  names: string[],
  options: { git?: boolean } = {},
): { root: string; packages: string } {
  const root = tempDir('repo');
  const packages = join(root, 'packages');
  for (const name of names) {
    cpSync(join(REPO_PACKAGES, name), join(packages, name), {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist)([\\/]|$)/.test(src) && !src.endsWith('.tsbuildinfo'),
    });
  }
  if (options.git) {
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'packages']);
  }
  return { root, packages };
}

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** Edits a file in place. */
export function edit(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** Bumps a package's version in its package.json. */
export function bumpVersion(packageDir: string, version: string): void {
  edit(join(packageDir, 'package.json'), (t) => t.replace(/"version": "[^"]+"/, `"version": "${version}"`));
}
