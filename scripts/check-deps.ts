/**
 * Dependency-direction check (part of `npm run lint`). Biome's noRestrictedImports catches
 * forbidden import specifiers file by file; this script checks what Biome cannot see:
 *  - the package graph: core depends on no workspace; a module only on core and other modules;
 *    nothing depends on an app; no cycles;
 *  - every `@qspace/*` import is declared in the importing package's package.json (or extraction
 *    breaks) and names an entry the target package exports;
 *  - relative imports never leave their package;
 *  - each package's tsconfig references its workspace dependencies (so `tsc -b` builds in order).
 * Every message says why the rule exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { internalDeps, listWorkspaces, root, type Workspace } from './workspace.js';

const WHY_LAYERS =
  'DESIGN.md "Layers": arrows point down only (apps → modules → core), so modules stay extractable and there are no cycles.';

/**
 * The one allowed app → app edge: the dashboard generates its API types from the server's route
 * definitions at build time (a devDependency, never bundled), so no response type is written twice.
 */
const CONTRACT_DEPS: Record<string, string> = { '@qspace/dashboard': '@qspace/server' };

function isContractDep(ws: Workspace, dep: string): boolean {
  return CONTRACT_DEPS[ws.name] === dep && dep in (ws.manifest.devDependencies ?? {});
}

export function checkWorkspaces(all: Workspace[]): string[] {
  const problems: string[] = [];
  const byName = new Map(all.map((w) => [w.name, w]));
  for (const ws of all) {
    for (const dep of internalDeps(ws, all)) {
      const target = byName.get(dep) as Workspace;
      if (ws.layer === 'core')
        problems.push(`${ws.name} depends on ${dep}: core must not depend on any workspace. ${WHY_LAYERS}`);
      if (target.layer === 'app' && ws.layer !== 'test' && !isContractDep(ws, dep)) {
        problems.push(`${ws.name} depends on the app ${dep}: nothing may depend on an app. ${WHY_LAYERS}`);
      }
      if (ws.layer === 'module' && target.layer === 'test') {
        problems.push(`${ws.name} depends on the test workspace ${dep}. ${WHY_LAYERS}`);
      }
    }
  }
  problems.push(...findCycles(all));
  return problems;
}

function findCycles(all: Workspace[]): string[] {
  const byName = new Map(all.map((w) => [w.name, w]));
  const state = new Map<string, 'visiting' | 'done'>();
  const problems: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      problems.push(`dependency cycle: ${[...path, name].join(' → ')}. ${WHY_LAYERS}`);
      return;
    }
    state.set(name, 'visiting');
    const ws = byName.get(name);
    if (ws) for (const dep of internalDeps(ws, all)) visit(dep, [...path, name]);
    state.set(name, 'done');
  };
  for (const ws of all) visit(ws.name, []);
  return problems;
}

/**
 * Folders at a workspace's root that hold source for *generated projects*, not for the package:
 * QuickScale's `template/` and each module's `quickscale/` parts. They import what the generated
 * project declares, and the QuickScale matrix test typechecks them there.
 */
const PROJECT_SOURCE_DIRS = new Set(['template', 'quickscale']);

function sourceFiles(dir: string, top = true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    if (top && PROJECT_SOURCE_DIRS.has(entry)) continue;
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full, false));
    else if (/\.(ts|tsx|mts)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function checkImports(all: Workspace[]): string[] {
  const problems: string[] = [];
  const byName = new Map(all.map((w) => [w.name, w]));
  for (const ws of all) {
    const declared = new Set(Object.keys({ ...ws.manifest.dependencies, ...ws.manifest.devDependencies }));
    for (const file of sourceFiles(ws.dir)) {
      const text = readFileSync(file, 'utf8');
      const where = relative(root, file);
      for (const match of text.matchAll(IMPORT_RE)) {
        const spec = match[1] ?? match[2] ?? '';
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(`${ws.dir}/`)) {
            problems.push(
              `${where} imports "${spec}", which leaves ${ws.path}. Import other packages by name through their public entry, never by path: a package must work when copied out alone.`,
            );
          }
          continue;
        }
        const m = /^(@qspace\/[^/]+)(\/.*)?$/.exec(spec);
        if (!m) continue;
        const [, name = '', sub] = m;
        if (name === ws.name) continue;
        const target = byName.get(name);
        if (!target) {
          problems.push(`${where} imports ${spec}, but no workspace is named ${name}.`);
          continue;
        }
        if (!declared.has(name)) {
          problems.push(
            `${where} imports ${name} but ${ws.path}/package.json does not declare it. Add it to "dependencies" so the package installs on its own.`,
          );
        }
        const entry = sub ? `.${sub}` : '.';
        if (!target.manifest.exports || !(entry in target.manifest.exports)) {
          problems.push(
            `${where} imports ${spec}, which ${name} does not export. Use its public entry: internals may change without notice.`,
          );
        }
      }
    }
  }
  return problems;
}

export function checkReferences(all: Workspace[]): string[] {
  const problems: string[] = [];
  const byName = new Map(all.map((w) => [w.name, w]));
  for (const ws of all) {
    const tsconfig = join(ws.dir, 'tsconfig.json');
    if (!existsSync(tsconfig)) {
      problems.push(`${ws.path} has no tsconfig.json: every workspace is a TypeScript project reference.`);
      continue;
    }
    const text = readFileSync(tsconfig, 'utf8');
    for (const dep of internalDeps(ws, all)) {
      const target = byName.get(dep) as Workspace;
      const ref = relative(ws.dir, target.dir);
      if (!text.includes(`"${ref}"`)) {
        problems.push(
          `${ws.path}/tsconfig.json does not reference ${ref} (${dep}): add it to "references" so \`tsc -b\` builds dependencies first and refuses cycles.`,
        );
      }
    }
  }
  return problems;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const all = listWorkspaces();
  const problems = [...checkWorkspaces(all), ...checkImports(all), ...checkReferences(all)];
  if (problems.length > 0) {
    console.error(
      `Dependency rules broken (${problems.length}):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`Dependency rules hold for ${all.length} workspaces.`);
}
