/**
 * `quickscale update [module...]`: brings newer module versions (and this quickscale's newer
 * templates) into the project. Files you did not touch are replaced; files you changed are merged
 * three ways (base = what was generated, yours, the new version) — overlapping changes are left as
 * standard conflict markers and reported; files you deleted stay deleted. Embedded modules that
 * came in by git subtree are pulled with `git subtree pull --squash`.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { CliError, Errors, type ExitCode } from '../cli/errors.js';
import { printJson } from '../cli/output.js';
import { didYouMean } from '../config/did-you-mean.js';
import { classify, type FileChange } from '../generate/changes.js';
import {
  BASE_FILE,
  type Base,
  baseArchive,
  baseOf,
  LOCK_FILE,
  lockOf,
  lockText,
  plannedFiles,
  sha256,
} from '../generate/lock.js';
import { openProject } from '../generate/project.js';
import { modeOf, planFor, validConfig } from '../generate/run.js';
import { pullSubtrees } from '../generate/subtree.js';
import { type AppliedChange, applyChanges, CONFIG_FILE } from '../generate/write.js';

const HELP = `
Examples:
  $ quickscale update                 every module, and the theme's files
  $ quickscale update auth            only the auth module's code (and what it composes)
  $ quickscale update --json

Exit codes: 0 updated · 1 conflicts left to resolve (marked in the files) or the update failed`;

export interface UpdateReport {
  updated: string[];
  merged: string[];
  conflicts: Array<{ path: string; conflicts: number }>;
  sideBySide: string[];
  stayedDeleted: string[];
  added: string[];
  deleted: string[];
  modules: Array<{ module: string; from: string; to: string }>;
  dependenciesChanged: boolean;
}

function relevant(change: FileChange, names: string[]): boolean {
  if (names.length === 0) return true;
  if (change.origin === 'composed') return true;
  if (change.origin.startsWith('module:')) return names.includes(change.origin.slice('module:'.length));
  const owner = change.origin.includes(':') ? change.origin.split(':')[0] : undefined;
  return owner !== undefined && names.includes(owner);
}

export async function updateProject(ctx: Context, names: string[]): Promise<UpdateReport> {
  const project = openProject(ctx);
  const known = Object.keys(project.lock.modules);
  for (const n of names)
    if (!known.includes(n))
      throw Errors.unknownName('module in this project', n, didYouMean(n, known), known);
  const config = validConfig(ctx, CONFIG_FILE, project.configText);
  const plan = planFor(ctx, config, modeOf(project.lock));
  const subtreed = await pullSubtrees(ctx, project, plan, names);
  const changes = classify(project.dir, plannedFiles(plan), project.lock, project.base).filter(
    (c) => relevant(c, names) && !subtreed.paths.has(c.path),
  );
  const applied = applyChanges(project.dir, changes, {
    mode: 'update',
    force: false,
    labels: {
      theirs: (origin) => {
        const pkg = origin.startsWith('module:') && plan.packages.find((p) => `module:${p.id}` === origin);
        return pkg ? `${pkg.id} ${pkg.version}` : `quickscale ${plan.cliVersion}`;
      },
    },
  });

  // The new lock and base: the plan's, except for what this update left alone.
  const next = lockOf(plan, project.configText);
  const base: Base = baseOf(plannedFiles(plan));
  const touched = new Set(changes.map((c) => c.path));
  for (const [path, entry] of Object.entries(project.lock.files)) {
    if (touched.has(path) || subtreed.paths.has(path)) continue;
    if (names.length > 0 && !relevant({ path, origin: entry.origin } as FileChange, names)) {
      next.files[path] = entry;
      const old = project.base.get(path);
      if (old) base.set(path, old);
      else base.delete(path);
    }
  }
  for (const [id, entry] of Object.entries(project.lock.modules))
    if (names.length > 0 && !names.includes(id)) next.modules[id] = entry;
  writeFileSync(join(project.dir, LOCK_FILE), lockText(next));
  writeFileSync(join(project.dir, BASE_FILE), baseArchive(base));

  // Files the subtree pull brought in, as far as they changed.
  const pulled = plannedFiles(plan)
    .filter((f) => subtreed.paths.has(f.path) && project.lock.files[f.path]?.sha256 !== sha256(f.content))
    .map((f) => f.path);
  const of = (kind: AppliedChange['kind']) => applied.filter((a) => a.kind === kind).map((a) => a.path);
  return {
    updated: [...of('update'), ...pulled].sort(),
    merged: of('merge'),
    conflicts: [
      ...applied
        .filter((a) => a.kind === 'conflict')
        .map((a) => ({ path: a.path, conflicts: a.conflicts ?? 1 })),
      ...subtreed.conflicts.map((path) => ({ path, conflicts: 1 })),
    ],
    sideBySide: of('side-by-side'),
    stayedDeleted: of('skip-deleted'),
    added: of('add'),
    deleted: of('delete'),
    modules: Object.entries(next.modules)
      .filter(
        ([id, m]) =>
          project.lock.modules[id]?.version !== m.version || project.lock.modules[id]?.commit !== m.commit,
      )
      .map(([id, m]) => ({ module: id, from: project.lock.modules[id]?.version ?? '(new)', to: m.version })),
    dependenciesChanged: applied.some((a) => a.path === 'package.json' || a.path.endsWith('/package.json')),
  };
}

export function registerUpdate(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'update', 'update')
    .description('bring newer module versions into the project, merging your changes')
    .argument('[modules...]', 'only these modules')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', HELP)
    .action(async (names: string[], opts: { json?: boolean }) => {
      const report = await updateProject(ctx, names);
      if (opts.json) printJson(ctx.io, report);
      else {
        const o = ctx.stdout();
        for (const m of report.modules) o.line(`${o.paint('cyan', '↑')} ${m.module} ${m.from} → ${m.to}`);
        o.line(
          `${o.paint('green', '✓')} ${report.updated.length} updated, ${report.merged.length} merged with your changes, ${report.added.length} added, ${report.deleted.length} deleted`,
        );
        for (const p of report.stayedDeleted) o.line(`  ${o.paint('dim', 'stays deleted')} ${p}`);
        for (const p of report.sideBySide)
          o.line(
            `  ${o.paint('yellow', 'not merged')} ${p}: the new version is beside it as ${p}.quickscale-new`,
          );
        for (const c of report.conflicts)
          o.line(
            `  ${o.paint('red', 'conflict')} ${c.path} (${c.conflicts} place${c.conflicts === 1 ? '' : 's'}, marked <<<<<<< yours … >>>>>>>)`,
          );
        if (report.dependenciesChanged)
          o.line(`Dependencies changed: run ${o.paint('bold', 'npm install')}.`);
      }
      if (report.conflicts.length > 0) {
        if (!opts.json)
          throw new CliError(
            'conflicts',
            `${report.conflicts.length} file${report.conflicts.length === 1 ? ' has' : 's have'} conflicts to resolve`,
            'Edit the marked places, keep what you want, remove the markers; `quickscale status` then shows them as your changes.',
          );
        done(1);
        return;
      }
      done(0);
    });
}
