/**
 * `quickscale sync-back [--preview|--apply]`: the improvements you made to embedded module code
 * (`quickscale/<module>/…`), sent back to the Q-Space repository. The patch is computed against the
 * pristine base of the last generation (so only your changes travel, never QuickScale's own), its
 * paths mapped from `quickscale/<folder>/` to the package's folder in the repository, and checked
 * to re-apply cleanly on the repository's HEAD. `--apply` commits it on a new branch
 * `quickscale/sync-back/<project>-<n>` without touching the repository's work tree or index.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { structuredPatch } from 'diff';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { CliError, type ExitCode } from '../cli/errors.js';
import { printJson } from '../cli/output.js';
import { sha256 } from '../generate/lock.js';
import { isBinary } from '../generate/merge.js';
import { posix } from '../generate/parts.js';
import { openProject, type Project } from '../generate/project.js';
import { identity } from '../generate/run.js';
import { findPackage } from '../generate/sources.js';
import { repositoryOf } from '../generate/subtree.js';

const HELP = `
Only embedded module code travels back (files under quickscale/<module>/); your theme and
extension files are yours. Nothing is sent anywhere: --apply makes a branch in the repository the
modules came from, for you to review and push.

Examples:
  $ quickscale sync-back                   same as --preview
  $ quickscale sync-back --preview         the patch against the repository, and whether it applies
  $ quickscale sync-back --apply           commit it on a new branch of the repository
  $ quickscale sync-back --output fix.patch  write the patch to a file (e.g. to mail it)

Exit codes: 0 shown or applied (or nothing to send) · 1 the patch does not re-apply cleanly, or no repository`;

export interface ModuleChange {
  module: string;
  /** Path in the repository, e.g. packages/auth/src/x.ts. */
  path: string;
  change: 'modified' | 'added' | 'deleted';
}

export interface SyncBack {
  repository: string | null;
  changes: ModuleChange[];
  patch: string;
  applies: boolean;
  /** Why it does not apply (git's words), when it does not. */
  problem?: string;
  branch?: string;
  commit?: string;
}

const SKIP_DIRS = new Set(['node_modules', 'dist', '.turbo', '.qspace', 'coverage']);

function filesUnder(root: string, dir = root): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (SKIP_DIRS.has(name) || name.endsWith('.tsbuildinfo')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(root, full));
    else out.push(posix(relative(root, full)));
  }
  return out;
}

/** A git-style patch of one file (text only: binary changes are refused with a hint). */
function filePatch(path: string, before: string | null, after: string | null): string {
  const header = [`diff --git a/${path} b/${path}`];
  if (before === null) header.push('new file mode 100644');
  if (after === null) header.push('deleted file mode 100644');
  const p = structuredPatch(path, path, before ?? '', after ?? '', '', '', { context: 3 });
  header.push(before === null ? '--- /dev/null' : `--- a/${path}`);
  header.push(after === null ? '+++ /dev/null' : `+++ b/${path}`);
  const body = p.hunks.map((h) =>
    [
      `@@ -${h.oldLines === 0 ? h.oldStart - 1 : h.oldStart},${h.oldLines} +${h.newLines === 0 ? h.newStart - 1 : h.newStart},${h.newLines} @@`,
      ...h.lines,
    ].join('\n'),
  );
  return `${[...header, ...body].join('\n')}\n`;
}

interface Located {
  module: string;
  embedPath: string;
  repo: { root: string; prefix: string } | null;
  packageDir: string | undefined;
}

function locate(ctx: Context, project: Project): Located[] {
  return Object.entries(project.lock.modules).map(([module, m]) => {
    const pkg = findPackage(m.package, ctx.packageDirs);
    return {
      module,
      embedPath: m.path,
      packageDir: pkg?.dir,
      repo: pkg ? repositoryOf(pkg.dir) : null,
    };
  });
}

/** Your changes to embedded module code, as a patch against the repository. */
export function syncBackOf(ctx: Context): { result: SyncBack; project: Project } {
  const project = openProject(ctx);
  const located = locate(ctx, project);
  const changes: ModuleChange[] = [];
  const patches: string[] = [];
  const roots = new Set<string>();
  for (const l of located) {
    const prefix =
      l.repo?.prefix ?? (l.packageDir ? `packages/${l.embedPath.split('/').at(-1)}` : l.embedPath);
    const generated = Object.entries(project.lock.files).filter(([, f]) => f.origin === `module:${l.module}`);
    const known = new Set(generated.map(([p]) => p));
    const onDisk = filesUnder(join(project.dir, l.embedPath)).map((p) => `${l.embedPath}/${p}`);
    const touched: Array<{ path: string; before: Buffer | null; after: Buffer | null }> = [];
    for (const [path, f] of generated) {
      let current: Buffer | null = null;
      try {
        current = readFileSync(join(project.dir, path));
      } catch {
        current = null;
      }
      if (current && sha256(current) === f.sha256) continue;
      const before = project.base.get(path) ?? null;
      if (!before) continue; // no pristine copy: nothing to diff against
      touched.push({ path, before, after: current });
    }
    for (const path of onDisk)
      if (!known.has(path))
        touched.push({ path, before: null, after: readFileSync(join(project.dir, path)) });
    if (touched.length === 0) continue;
    if (l.repo) roots.add(l.repo.root);
    for (const t of touched.sort((a, b) => (a.path < b.path ? -1 : 1))) {
      const repoPath = `${prefix}${t.path.slice(l.embedPath.length)}`;
      if ((t.before && isBinary(t.before)) || (t.after && isBinary(t.after))) {
        throw new CliError(
          'binary-change',
          `${t.path} is a binary file you changed; sync-back sends text changes only`,
          `Copy it into ${repoPath} of the repository by hand, or undo the change.`,
        );
      }
      changes.push({
        module: l.module,
        path: repoPath,
        change: t.before === null ? 'added' : t.after === null ? 'deleted' : 'modified',
      });
      patches.push(
        filePatch(repoPath, t.before?.toString('utf8') ?? null, t.after?.toString('utf8') ?? null),
      );
    }
  }
  const patch = patches.join('');
  if (roots.size > 1) {
    throw new CliError(
      'several-repositories',
      `the changed modules come from ${roots.size} repositories (${[...roots].join(', ')})`,
      'Run sync-back with QUICKSCALE_PACKAGES naming one repository at a time.',
    );
  }
  const root = [...roots][0] ?? null;
  const result: SyncBack = { repository: root, changes, patch, applies: false };
  if (changes.length > 0 && root) {
    const check = withIndexAtHead(root, (env) =>
      spawnSync('git', ['apply', '--cached', '--check', '-'], {
        cwd: root,
        env,
        input: patch,
        encoding: 'utf8',
      }),
    );
    result.applies = check.status === 0;
    if (!result.applies) result.problem = check.stderr.trim();
  }
  return { result, project };
}

/** Runs `fn` with GIT_INDEX_FILE pointing at a throwaway index holding HEAD's tree. */
function withIndexAtHead<T>(root: string, fn: (env: NodeJS.ProcessEnv) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'quickscale-sync-'));
  const env = { ...process.env, GIT_INDEX_FILE: join(dir, 'index') };
  try {
    execFileSync('git', ['read-tree', 'HEAD'], { cwd: root, env, stdio: 'pipe' });
    return fn(env);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function git(root: string, args: string[], env?: NodeJS.ProcessEnv, input?: string): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(env ? { env } : {}),
    ...(input !== undefined ? { input } : {}),
  }).trim();
}

/** Commits the patch on a new branch from HEAD, leaving the work tree and index alone. */
function applyOnBranch(root: string, patch: string, project: string, changes: ModuleChange[]) {
  const slug = project.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'project';
  let branch = `quickscale/sync-back/${slug}`;
  for (
    let n = 2;
    spawnSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], { cwd: root }).status ===
    0;
    n++
  )
    branch = `quickscale/sync-back/${slug}-${n}`;
  const modules = [...new Set(changes.map((c) => c.module))].join(', ');
  const commit = withIndexAtHead(root, (env) => {
    git(root, ['apply', '--cached', '-'], env, patch);
    const tree = git(root, ['write-tree'], env);
    const head = git(root, ['rev-parse', 'HEAD']);
    const message = `${modules}: improvements from ${project}\n\n${changes.map((c) => `${c.change} ${c.path}`).join('\n')}\n\nSent back by quickscale sync-back.`;
    return git(root, [...identity(root), 'commit-tree', tree, '-p', head, '-m', message], env);
  });
  git(root, ['branch', branch, commit]);
  return { branch, commit };
}

export function registerSyncBack(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'sync-back', 'sync-back')
    .description('send your improvements to embedded module code back to the Q-Space repository')
    .option('--preview', 'show the patch and whether it applies (the default)')
    .option('--apply', 'commit the patch on a new branch of the repository')
    .option('--output <file>', 'also write the patch to a file')
    .option('--json', 'print the outcome as JSON')
    .addHelpText('after', HELP)
    .action((opts: { preview?: boolean; apply?: boolean; output?: string; json?: boolean }) => {
      if (opts.preview && opts.apply)
        throw new CliError('usage', '--preview and --apply exclude each other', 'Pick one.', 2);
      const { result, project } = syncBackOf(ctx);
      if (opts.output && result.patch) writeFileSync(resolve(ctx.io.cwd, opts.output), result.patch);
      const o = ctx.stdout();
      if (result.changes.length === 0) {
        if (opts.json) printJson(ctx.io, result);
        else
          o.line(`${o.paint('green', '✓')} nothing to send back: the embedded module code is as generated`);
        done(0);
        return;
      }
      if (!result.repository) {
        if (opts.json) printJson(ctx.io, result);
        else ctx.io.stdout.write(result.patch);
        throw new CliError(
          'no-repository',
          'the modules do not come from a git checkout of the Q-Space repository, so the patch cannot be checked or applied',
          'Point QUICKSCALE_PACKAGES at the packages/ folder of a Q-Space clone, or send the patch (--output fix.patch).',
        );
      }
      if (opts.apply && result.applies)
        Object.assign(
          result,
          applyOnBranch(result.repository, result.patch, basename(project.dir), result.changes),
        );
      if (opts.json) printJson(ctx.io, result);
      else {
        if (!opts.apply) ctx.io.stdout.write(result.patch);
        o.line('');
        for (const c of result.changes)
          o.line(
            `  ${o.paint(c.change === 'added' ? 'green' : c.change === 'deleted' ? 'red' : 'yellow', c.change.padEnd(8))} ${c.path}`,
          );
        if (!result.applies)
          o.line(
            `${o.paint('red', '✗')} does not re-apply cleanly on ${result.repository} (HEAD): ${result.problem}`,
          );
        else if (result.branch)
          o.line(
            `${o.paint('green', '✓')} committed on branch ${o.paint('bold', result.branch)} of ${result.repository} (${result.commit?.slice(0, 10)}) — review it and push`,
          );
        else
          o.line(
            `${o.paint('green', '✓')} applies cleanly on ${result.repository} (HEAD) — \`quickscale sync-back --apply\` makes a branch`,
          );
      }
      if (!result.applies) {
        if (!opts.json)
          throw new CliError(
            'does-not-apply',
            'the patch does not re-apply cleanly: the repository changed the same lines since your project was generated',
            'Run `quickscale update` to bring those changes in (merging yours), then sync-back again.',
          );
        done(1);
        return;
      }
      done(0);
    });
}
