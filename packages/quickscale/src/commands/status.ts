/**
 * `quickscale status [--json]`: the configuration against the generated tree — whether
 * quickscale.yml changed since generation and what regenerating would do, which generated files
 * you changed or deleted, and which modules have newer versions available.
 */
import type { Command } from 'commander';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import type { ExitCode } from '../cli/errors.js';
import { printJson } from '../cli/output.js';
import { classify, drift } from '../generate/changes.js';
import { plannedFiles, sha256 } from '../generate/lock.js';
import { openProject } from '../generate/project.js';
import { modeOf, planFor, validConfig } from '../generate/run.js';
import { CONFIG_FILE } from '../generate/write.js';

const HELP = `
Examples:
  $ quickscale status
  $ quickscale status --json | jq '.modified'

Exit codes: 0 reported (whatever the state) · 1 not a project or the configuration has errors`;

export interface StatusReport {
  project: string;
  configChanged: boolean;
  /** What `quickscale generate` would do now. */
  pending: { add: string[]; update: string[]; delete: string[] };
  modified: string[];
  deleted: string[];
  updates: Array<{ module: string; from: string; to: string; commit?: string }>;
}

export function statusOf(ctx: Context, dir = '.'): StatusReport {
  const project = openProject(ctx, dir);
  const config = validConfig(ctx, CONFIG_FILE, project.configText);
  const plan = planFor(ctx, config, modeOf(project.lock));
  const changes = classify(project.dir, plannedFiles(plan), project.lock, project.base);
  const states = drift(project.dir, project.lock);
  // A module is newer when its version, its source commit or its files differ from the lock's.
  const changedModules = new Set(
    plan.moduleFiles
      .filter((f) => project.lock.files[f.path]?.sha256 !== sha256(f.content))
      .map((f) => f.origin.slice('module:'.length)),
  );
  const updates = plan.packages
    .map((p) => ({ p, locked: project.lock.modules[p.id] }))
    .filter(
      ({ p, locked }) =>
        locked &&
        (locked.version !== p.version ||
          (p.source.commit !== undefined && p.source.commit !== locked.commit) ||
          changedModules.has(p.id)),
    )
    .map(({ p, locked }) => ({
      module: p.id,
      from: locked?.version ?? '',
      to: p.version,
      ...(p.source.commit ? { commit: p.source.commit } : {}),
    }));
  const pick = (...kinds: string[]) => changes.filter((c) => kinds.includes(c.kind)).map((c) => c.path);
  return {
    project: project.dir,
    configChanged: sha256(project.configText) !== project.lock.config_sha256,
    pending: { add: pick('add'), update: pick('update', 'merge'), delete: pick('delete') },
    modified: states.filter((s) => s.state === 'user-modified').map((s) => s.path),
    deleted: states.filter((s) => s.state === 'user-deleted').map((s) => s.path),
    updates,
  };
}

export function registerStatus(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'status', 'status')
    .description('compare the configuration and the generated tree')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', HELP)
    .action((opts: { json?: boolean }) => {
      const report = statusOf(ctx);
      if (opts.json) {
        printJson(ctx.io, report);
        done(0);
        return;
      }
      const o = ctx.stdout();
      const pending = report.pending.add.length + report.pending.update.length + report.pending.delete.length;
      o.line(o.paint('bold', report.project));
      o.line(
        report.configChanged
          ? `${o.paint('yellow', '●')} quickscale.yml changed since generation: ${pending} file${pending === 1 ? '' : 's'} would change — run \`quickscale preview\`, then \`quickscale generate\``
          : pending > 0
            ? `${o.paint('yellow', '●')} ${pending} generated file${pending === 1 ? '' : 's'} differ from what this quickscale would write — \`quickscale update\` brings them in`
            : `${o.paint('green', '✓')} the tree matches quickscale.yml`,
      );
      if (report.modified.length > 0) {
        o.line(
          `${report.modified.length} file${report.modified.length === 1 ? '' : 's'} you changed since generation:`,
        );
        for (const p of report.modified) o.line(`  ${o.paint('yellow', 'modified')}  ${p}`);
      }
      for (const p of report.deleted) o.line(`  ${o.paint('dim', 'deleted')}   ${p}`);
      if (report.updates.length > 0) {
        o.line('Newer module versions (`quickscale update` brings them in):');
        for (const u of report.updates)
          o.line(`  ${u.module}  ${u.from} → ${u.to}${u.commit ? ` (${u.commit.slice(0, 10)})` : ''}`);
      } else o.line(o.paint('dim', 'Every module is at the newest version available.'));
      done(0);
    });
}
