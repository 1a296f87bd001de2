/**
 * `npm run check:extract -- <package>`: proves a package is extractable. Copies it and the
 * workspace packages it depends on into a fresh folder outside the repository, installs them from
 * the npm registry with nothing but their own package.json files, then type-checks the package and
 * runs its tests there. Anything that only works inside this monorepo fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { internalDeps, listWorkspaces, root, type Workspace } from './workspace.js';

function closure(target: Workspace, all: Workspace[]): Workspace[] {
  const byName = new Map(all.map((w) => [w.name, w]));
  const seen = new Map<string, Workspace>();
  const visit = (ws: Workspace) => {
    if (seen.has(ws.name)) return;
    seen.set(ws.name, ws);
    // Only runtime dependencies travel with an extracted package.
    for (const dep of Object.keys(ws.manifest.dependencies ?? {})) {
      const next = byName.get(dep);
      if (next) visit(next);
    }
  };
  visit(target);
  for (const dep of internalDeps(target, all)) if (!seen.has(dep)) visit(byName.get(dep) as Workspace);
  return [...seen.values()];
}

function run(command: string, args: string[], cwd: string): void {
  console.log(`\n$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, npm_config_workspaces: undefined },
  });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed with exit code ${result.status}`);
  }
}

const name = process.argv[2];
const keep = process.argv.includes('--keep');
const all = listWorkspaces();
const target = all.find((w) => w.name === name);
if (!target) {
  console.error(
    `Usage: npm run check:extract -- <package> [--keep]\nUnknown package "${name ?? ''}". Known: ${all.map((w) => w.name).join(', ')}`,
  );
  process.exit(2);
}

const packages = closure(target, all);
const dir = mkdtempSync(join(tmpdir(), 'qspace-extract-'));
console.log(`Extracting ${target.name} with ${packages.map((p) => p.name).join(', ')} into ${dir}`);
let failed = false;
try {
  for (const ws of packages) {
    cpSync(ws.dir, join(dir, ws.path), {
      recursive: true,
      filter: (src) => !/\/(node_modules|\.tsbuild|screenshots)(\/|$)/.test(src),
    });
  }
  cpSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'extracted', private: true, type: 'module', workspaces: packages.map((p) => p.path) }, null, 2)}\n`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  run('npx', ['tsc', '-b', target.path], dir);
  run('npm', ['test', '-w', target.name], dir);
  console.log(`\n✓ ${target.name} works outside the repository.`);
} catch (error) {
  failed = true;
  console.error(`\n✗ ${target.name} is not extractable: ${(error as Error).message}`);
} finally {
  if (keep) console.log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
