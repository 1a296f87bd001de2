/**
 * Embedding by `git subtree`, when the Q-Space repository is a git checkout: each module package
 * has a split branch (`quickscale/split/<folder>`: the history of `packages/<folder>` alone), a
 * project adds it with `git subtree add --squash` and updates with `git subtree pull --squash` —
 * one mode, always squashed, so the project's history stays clean and `sync-back` can map changes
 * back. A split is recomputed only when the package changed since the branch was made.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Context } from '../cli/context.js';
import { CliError } from '../cli/errors.js';
import type { Plan } from './plan.js';
import type { Project } from './project.js';
import { identity } from './run.js';
import { type EmbedSource, gitFilesUnder, type PackageRef, type SourceFile } from './sources.js';
import { EXECUTABLE } from './write.js';

export const SPLIT_PREFIX = 'quickscale/split/';

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...(input !== undefined ? { input } : {}),
  }).trim();
}

function tryGit(cwd: string, args: string[]): string | null {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * What one command needs to know about a repository, asked once: its root per folder, the trees of
 * HEAD's package folders, the split branches, and (on first use) the files of every package asked
 * for — so embedding N packages costs a handful of git processes, not a few per package. A command
 * is one process and the repository does not change under it, so the answers hold for its run.
 */
interface RepoFacts {
  /** `packages/auth` → tree sha at HEAD, per parent folder listed. */
  trees: Map<string, string>;
  listedParents: Set<string>;
  /** Split branch name → { commit, tree }. */
  splits: Map<string, { commit: string; tree: string }> | undefined;
  /** Prefixes whose files were asked for; read together on the first `files()`. */
  wanted: Set<string>;
  files: Map<string, SourceFile[]>;
}

const rootOfFolder = new Map<string, string | null>();
const facts = new Map<string, RepoFacts>();

function factsOf(root: string): RepoFacts {
  let f = facts.get(root);
  if (!f) {
    f = {
      trees: new Map(),
      listedParents: new Set(),
      splits: undefined,
      wanted: new Set(),
      files: new Map(),
    };
    facts.set(root, f);
  }
  return f;
}

/** The tree of HEAD:`prefix`, listing the prefix's parent folder once for all its siblings. */
function headTree(root: string, prefix: string): string | undefined {
  const f = factsOf(root);
  const parent = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
  if (!f.listedParents.has(parent)) {
    f.listedParents.add(parent);
    const listing = tryGit(root, ['ls-tree', '-d', '-z', 'HEAD', ...(parent ? [`${parent}/`] : [])]) ?? '';
    for (const line of listing.split('\0').filter(Boolean)) {
      const [meta, path] = line.split('\t') as [string, string];
      f.trees.set(path, meta.split(' ')[2] as string);
    }
  }
  return f.trees.get(prefix);
}

/** The git work tree holding `dir` with the package committed in it, or null. */
export function repositoryOf(dir: string): { root: string; prefix: string } | null {
  if (!existsSync(dir)) return null;
  const parent = dirname(dir);
  if (!rootOfFolder.has(parent)) rootOfFolder.set(parent, tryGit(parent, ['rev-parse', '--show-toplevel']));
  const root = rootOfFolder.get(parent);
  if (!root) return null;
  const prefix = relative(root, dir).split('\\').join('/');
  if (!prefix || prefix.startsWith('..')) return null;
  // The package must be in a commit: subtree works on history, not on the working tree.
  if (!headTree(root, prefix)) return null;
  return { root, prefix };
}

/** The split commit for a package folder, reusing the branch when the folder has not changed. */
export function splitCommit(root: string, prefix: string, folder: string): string {
  const branch = `${SPLIT_PREFIX}${folder}`;
  const f = factsOf(root);
  if (!f.splits) {
    f.splits = new Map();
    const refs = tryGit(root, [
      'for-each-ref',
      '--format=%(refname:short) %(objectname) %(tree)',
      `refs/heads/${SPLIT_PREFIX}`,
    ]);
    for (const line of (refs ?? '').split('\n').filter(Boolean)) {
      const [name, commit, tree] = line.split(' ') as [string, string, string];
      f.splits.set(name, { commit, tree });
    }
  }
  const tip = f.splits.get(branch);
  if (tip && tip.tree === headTree(root, prefix)) return tip.commit;
  const r = spawnSync('git', ['subtree', 'split', `--prefix=${prefix}`, '-b', branch], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    throw new CliError(
      'subtree-split',
      `git subtree split of ${prefix} failed: ${r.stderr.trim().split('\n').at(-1)}`,
      'Check that git subtree is installed (it ships with git), or embed by copy with --no-git.',
    );
  }
  const commit = git(root, ['rev-parse', `refs/heads/${branch}`]);
  f.splits.set(branch, { commit, tree: headTree(root, prefix) as string });
  return commit;
}

/**
 * An embed source from the package's split branch. The split commit's tree is HEAD's tree of the
 * package folder (the branch is reused only when they are equal, and a new split is made from
 * HEAD), so the files are read from HEAD — for all packages of the plan in one pass.
 */
export function gitSource(pkg: PackageRef, repo: { root: string; prefix: string }): EmbedSource {
  const commit = splitCommit(repo.root, repo.prefix, pkg.folder);
  const f = factsOf(repo.root);
  f.wanted.add(repo.prefix);
  return {
    kind: 'git',
    dir: repo.root,
    commit,
    files: () => {
      if (!f.files.has(repo.prefix)) {
        const missing = [...f.wanted].filter((p) => !f.files.has(p));
        for (const [prefix, files] of gitFilesUnder(repo.root, 'HEAD', missing)) f.files.set(prefix, files);
      }
      return f.files.get(repo.prefix) ?? [];
    },
  };
}

/** Whether every package of the plan can embed by subtree (same mode for all, or none). */
export function canUseSubtree(packages: PackageRef[]): boolean {
  if (spawnSync('git', ['subtree', '-h'], { stdio: 'ignore' }).status === null) return false;
  return packages.every((p) => repositoryOf(p.dir) !== null);
}

/**
 * Turns a staged project (every file already written, module code included) into a git repository
 * whose embedded modules are squashed subtrees: a commit of the generated files without the module
 * folders, for each package a parentless squash commit of its files carrying the `git-subtree-dir`
 * / `git-subtree-split` trailers `git subtree pull --squash` looks for, and one merge of them all.
 * It is what `git subtree add --squash` makes, written by one `git fast-import` from the contents in
 * memory (one pack, no shell script per module). Git trees are content addressed, so a squash's tree
 * is its split commit's tree without fetching anything.
 */
export function addSubtrees(
  staging: string,
  plan: Plan,
  files: Array<{ path: string; content: Buffer }>,
): void {
  const run = (args: string[], input?: Buffer) =>
    execFileSync('git', args, {
      cwd: staging,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
      ...(input !== undefined ? { input } : {}),
    }).trim();
  run(['init', '-q', '-b', 'main']);
  const who = committer(staging);
  const embedded = plan.packages.filter((p) => p.source.kind === 'git' && p.source.commit);
  const owner = (path: string) => embedded.find((p) => path.startsWith(`${p.path}/`));

  const chunks: Buffer[] = [];
  const text = (s: string) => chunks.push(Buffer.from(s));
  const data = (content: Buffer) => {
    text(`data ${content.length}\n`);
    chunks.push(content);
    text('\n');
  };
  const marks = new Map<string, number>();
  files.forEach((f, i) => {
    text(`blob\nmark :${i + 1}\n`);
    data(f.content);
    marks.set(f.path, i + 1);
  });
  const line = (path: string, prefix = '') =>
    `M ${EXECUTABLE.test(path) ? '100755' : '100644'} :${marks.get(path)} ${JSON.stringify(path.slice(prefix.length))}\n`;
  const commit = (mark: number, message: string, body: string, from?: number, merges: number[] = []) => {
    if (from === undefined) text('reset refs/heads/main\n');
    text(`commit refs/heads/main\nmark :${mark}\nauthor ${who} now\ncommitter ${who} now\n`);
    data(Buffer.from(message));
    if (from !== undefined) text(`from :${from}\n`);
    for (const m of merges) text(`merge :${m}\n`);
    text(body);
  };
  let next = files.length + 1;
  const squashes = embedded.map((p) => {
    const split = p.source.commit as string;
    const mark = next++;
    const prefix = `${p.path}/`;
    commit(
      mark,
      `Squashed '${prefix}' content from commit ${split.slice(0, 7)}\n\ngit-subtree-dir: ${p.path}\ngit-subtree-split: ${split}\n`,
      files
        .filter((f) => f.path.startsWith(prefix))
        .map((f) => line(f.path, prefix))
        .join(''),
    );
    return mark;
  });
  const generated = next++;
  commit(
    generated,
    `Generated by QuickScale ${plan.cliVersion} (${plan.config.theme}, ${plan.config.frontend.source})\n`,
    files
      .filter((f) => !owner(f.path))
      .map((f) => line(f.path))
      .join(''),
  );
  if (squashes.length > 0) {
    commit(
      next++,
      `Embed ${embedded.map((p) => `${p.packageName} ${p.version}`).join(', ')}\n\n${embedded
        .map(
          (p) =>
            `${p.path}: ${p.packageName} ${p.version} (split ${(p.source.commit as string).slice(0, 12)})`,
        )
        .join('\n')}\n`,
      files
        .filter((f) => owner(f.path))
        .map((f) => line(f.path))
        .join(''),
      generated,
      squashes,
    );
  }
  text('done\n');
  run(
    ['-c', 'core.compression=1', 'fast-import', '--quiet', '--done', '--date-format=now'],
    Buffer.concat(chunks),
  );
  // The index from HEAD, with the files on disk as they are (already identical).
  run(['reset', '-q']);
}

/** `Name <email>` for commits: git's configured identity, or QuickScale's on a fresh machine. */
function committer(dir: string): string {
  const r = spawnSync('git', ['config', '--get-regexp', '^user\\.(name|email)$'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const values = new Map(
    r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(' ')), l.slice(l.indexOf(' ') + 1)] as [string, string]),
  );
  const email = values.get('user.email');
  return email ? `${values.get('user.name') ?? email} <${email}>` : 'QuickScale <quickscale@localhost>';
}

/**
 * `update` for subtree-embedded packages: `git subtree pull --squash` each one whose split commit
 * moved. Needs a clean work tree (git's rule). Returns the module paths it handled, so the file
 * merger leaves them alone; conflicts stay as git left them and are reported by `update`.
 */
export async function pullSubtrees(
  _ctx: Context,
  project: Project,
  plan: Plan,
  names: string[],
): Promise<{ paths: Set<string>; conflicts: string[] }> {
  const paths = new Set<string>();
  const conflicts: string[] = [];
  const todo = plan.packages.filter(
    (p) =>
      p.source.kind === 'git' &&
      project.lock.modules[p.id]?.source === 'git' &&
      project.lock.modules[p.id]?.commit !== p.source.commit &&
      (names.length === 0 || names.includes(p.id)),
  );
  if (todo.length === 0) return { paths, conflicts };
  if (!existsSync(join(project.dir, '.git')))
    throw new CliError(
      'not-a-repository',
      `${project.dir} is not a git repository, but its modules were embedded by git subtree`,
    );
  if (git(project.dir, ['status', '--porcelain']) !== '') {
    throw new CliError(
      'dirty-tree',
      'the project has uncommitted changes; git subtree pull needs a clean work tree',
      'Commit (or stash) your changes, then run `quickscale update` again.',
    );
  }
  const id = identity(project.dir);
  for (const p of todo) {
    const r = spawnSync(
      'git',
      [
        ...id,
        'subtree',
        'pull',
        `--prefix=${p.path}`,
        p.source.dir,
        `${SPLIT_PREFIX}${p.path.split('/').at(-1)}`,
        '--squash',
        '-m',
        `Update ${p.packageName} to ${p.version}`,
      ],
      { cwd: project.dir, encoding: 'utf8' },
    );
    for (const f of plan.moduleFiles) if (f.path.startsWith(`${p.path}/`)) paths.add(f.path);
    if (r.status !== 0) {
      const unmerged = tryGit(project.dir, ['diff', '--name-only', '--diff-filter=U']) ?? '';
      // A file you deleted that the update changed: it stays deleted.
      for (const line of (tryGit(project.dir, ['status', '--porcelain']) ?? '').split('\n')) {
        if (line.startsWith('UD ') || line.startsWith('DU ')) git(project.dir, ['rm', '-q', line.slice(3)]);
      }
      conflicts.push(...unmerged.split('\n').filter(Boolean));
    }
  }
  return { paths, conflicts };
}
