/**
 * Where embedded module code comes from. A project embeds each module package whole under
 * `quickscale/<folder>/` (the user owns it and may change it). The files come either from the
 * package folder on disk (`copy`) or, when the Q-Space repository is a git checkout, from the
 * module's split branch at a commit (`git`, see subtree.ts) — the same files either way for a clean
 * checkout, so a project's tree does not depend on how it was embedded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { posix } from './parts.js';

export interface SourceFile {
  /** Path inside the package, forward slashes. */
  path: string;
  content: Buffer;
}

/** Folders and files that are build output or local state, never module source. */
const IGNORED = /(^|\/)(node_modules|\.tsbuild|dist|coverage|\.turbo|\.DS_Store)(\/|$)|\.tsbuildinfo$/;

export interface EmbedSource {
  kind: 'copy' | 'git';
  /** Package folder on disk (copy) or the repository (git). */
  dir: string;
  /** The split commit the files come from (git only). */
  commit?: string;
  files(): SourceFile[];
}

export function copySource(dir: string): EmbedSource {
  return {
    kind: 'copy',
    dir,
    files: () => {
      const out: SourceFile[] = [];
      const visit = (d: string) => {
        for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
          a.name < b.name ? -1 : 1,
        )) {
          const path = join(d, entry.name);
          const rel = posix(relative(dir, path));
          if (IGNORED.test(rel)) continue;
          if (entry.isDirectory()) visit(path);
          else if (entry.isFile()) out.push({ path: rel, content: readFileSync(path) });
        }
      };
      visit(dir);
      return out;
    },
  };
}

/** The files of a tree-ish (a commit of a split branch) in a git repository, without a checkout. */
export function gitTreeFiles(repo: string, commit: string): SourceFile[] {
  return gitFilesUnder(repo, commit, ['']).get('') ?? [];
}

/**
 * The files under each of `prefixes` (folders of `treeish`, e.g. `packages/auth`; `''` = all) in
 * two git processes whatever their number: one `ls-tree`, one `cat-file --batch`. Paths are
 * relative to their prefix.
 */
export function gitFilesUnder(repo: string, treeish: string, prefixes: string[]): Map<string, SourceFile[]> {
  const args = ['-C', repo, 'ls-tree', '-r', '-z', '--full-tree', treeish];
  if (!prefixes.includes('')) args.push('--', ...prefixes.map((p) => `${p}/`));
  const listing = execFileSync('git', args, { maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
  const ownerOf = (path: string) => prefixes.find((p) => p === '' || path.startsWith(`${p}/`));
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, full] = line.split('\t') as [string, string];
      const [, type, sha] = meta.split(' ') as [string, string, string];
      const owner = ownerOf(full) ?? '';
      return { type, sha, owner, path: owner === '' ? full : full.slice(owner.length + 1) };
    })
    .filter((e) => e.type === 'blob' && !IGNORED.test(e.path))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const out = new Map<string, SourceFile[]>(prefixes.map((p) => [p, []]));
  if (entries.length === 0) return out;
  // One `cat-file --batch` for every blob: a process per file would dominate generation time.
  const batch = execFileSync('git', ['-C', repo, 'cat-file', '--batch'], {
    input: `${entries.map((e) => e.sha).join('\n')}\n`,
    maxBuffer: 1024 * 1024 * 1024,
  });
  let at = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(10, at);
    const header = batch.subarray(at, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const start = headerEnd + 1;
    out
      .get(entry.owner)
      ?.push({ path: entry.path, content: Buffer.from(batch.subarray(start, start + size)) });
    at = start + size + 1;
  }
  return out;
}

export interface PackageRef {
  name: string;
  version: string;
  dir: string;
  /** Folder name: the package embeds at `quickscale/<folder>/`. */
  folder: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** Reads a package folder's package.json. */
export function packageAt(dir: string): PackageRef {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return {
    name: pkg.name,
    version: pkg.version,
    dir,
    folder: basename(dir),
    dependencies: pkg.dependencies ?? {},
    devDependencies: pkg.devDependencies ?? {},
  };
}

/** Finds a package by name in the package folders (children and `@scope/` grandchildren). */
export function findPackage(name: string, packageDirs: string[]): PackageRef | undefined {
  for (const root of packageDirs) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      const candidates = entry.name.startsWith('@')
        ? readdirSync(join(root, entry.name)).map((n) => join(root, entry.name, n))
        : [join(root, entry.name)];
      for (const dir of candidates) {
        const file = join(dir, 'package.json');
        if (!existsSync(file)) continue;
        try {
          const ref = packageAt(dir);
          if (ref.name === name) return ref;
        } catch {
          // not a readable package: not the one we look for
        }
      }
    }
  }
  return undefined;
}
