/** `quickscale generate [file] [--force]`: assembles the project the configuration describes. */
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { readConfigFile, subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import type { ExitCode } from '../cli/errors.js';
import { type Out, printJson } from '../cli/output.js';
import { type GenerateOutcome, generateInto, InvalidConfig } from '../generate/run.js';
import { printResult } from './validate.js';

const HELP = `
Deterministic: the same configuration and module versions give a byte-identical tree. Atomic: a new
project is built in a temporary folder and moved into place, so a failure leaves nothing behind.
In an existing project it refuses to overwrite files you changed since generation (--force does),
keeps files you deleted deleted, and removes generated files the configuration no longer needs.

Examples:
  $ quickscale generate                     regenerate after editing ./quickscale.yml
  $ quickscale generate apps/shop/quickscale.yml
  $ quickscale generate --force             overwrite your changes to generated files
  $ quickscale generate --no-git            a new project with module code copied, not subtree-embedded

Exit codes: 0 generated · 1 invalid configuration or refused changes · 2 usage error`;

export function registerGenerate(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'generate', 'generate')
    .description('assemble the project from quickscale.yml')
    .argument('[file]', 'the configuration file', 'quickscale.yml')
    .option('--force', 'overwrite files changed since generation')
    .option('--no-git', 'a new project: embed module code by copying, without a git repository')
    .option('--json', 'print the outcome as JSON')
    .addHelpText('after', HELP)
    .action(async (file: string, opts: { force?: boolean; git: boolean; json?: boolean }) => {
      const { shown, path, text } = readConfigFile(ctx, file, 'generate');
      let outcome: GenerateOutcome;
      try {
        outcome = await generateInto(ctx, dirname(path), shown, text, {
          force: Boolean(opts.force),
          git: opts.git,
        });
      } catch (error) {
        if (error instanceof InvalidConfig && !opts.json) {
          printResult(ctx.stderr(), error.result);
          done(1);
          return;
        }
        throw error;
      }
      if (opts.json) printJson(ctx.io, summary(outcome));
      else printOutcome(ctx.stdout(), outcome, dirname(path));
      done(0);
    });
}

export function summary(outcome: GenerateOutcome) {
  const count = (kind: string) => outcome.applied.filter((a) => a.kind === kind).map((a) => a.path);
  return {
    created: outcome.created,
    files: outcome.plan.files.length + outcome.plan.moduleFiles.length,
    added: count('add'),
    updated: count('update'),
    deleted: count('delete'),
    kept: count('keep'),
    stayedDeleted: count('skip-deleted'),
  };
}

function printOutcome(o: Out, outcome: GenerateOutcome, dir: string): void {
  const s = summary(outcome);
  if (s.created) {
    o.line(`${o.paint('green', '✓')} generated ${s.files} files in ${dir}`);
    return;
  }
  const parts = [`${s.added.length} added`, `${s.updated.length} updated`, `${s.deleted.length} deleted`];
  o.line(`${o.paint('green', '✓')} regenerated ${dir}: ${parts.join(', ')}`);
  for (const p of s.kept)
    o.line(`  ${o.paint('yellow', 'kept')} ${p} (you changed it; the configuration no longer needs it)`);
  for (const p of s.stayedDeleted) o.line(`  ${o.paint('dim', 'stays deleted')} ${p}`);
}
