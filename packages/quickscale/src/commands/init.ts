/**
 * `quickscale init [dir]`: the interactive wizard that writes quickscale.yml (arrow-key prompts,
 * defaults, help text). `--yes` takes the defaults; flags answer questions up front.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { CliError, type ExitCode } from '../cli/errors.js';
import { printJson } from '../cli/output.js';
import { configText } from '../config/write.js';
import { validConfig } from '../generate/run.js';
import { CONFIG_FILE } from '../generate/write.js';
import { collectAnswers, nameProblem } from './answers.js';

const HELP = `
Examples:
  $ quickscale init                      asks, then writes ./quickscale.yml
  $ quickscale init shop --yes           defaults (starter theme, htmx) into ./shop/quickscale.yml
  $ quickscale init --theme todo --frontend react --yes

Then \`quickscale generate\` in that folder. Exit codes: 0 written · 1 failed · 2 usage error`;

export function registerInit(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'init', 'init')
    .description('write quickscale.yml with an interactive wizard')
    .argument('[dir]', 'folder to write it in', '.')
    .option('--name <name>', 'project name (default: the folder name)')
    .option('--theme <theme>', 'starter | pages | todo')
    .option('--frontend <frontend>', 'htmx | react')
    .option('--variant <variant>', 'a variant of the frontend')
    .option('--modules <list>', 'comma-separated modules')
    .option('--database <database>', 'pglite | postgresql')
    .option('-y, --yes', 'take the defaults for everything not given')
    .option('--force', 'replace an existing quickscale.yml')
    .option('--json', 'print what was written as JSON')
    .addHelpText('after', HELP)
    .action(async (dir: string, opts: Record<string, string | boolean | undefined>) => {
      const target = resolve(ctx.io.cwd, dir);
      const file = join(target, CONFIG_FILE);
      if (existsSync(file) && !opts.force) {
        throw new CliError(
          'config-exists',
          `${relative(ctx.io.cwd, file) || CONFIG_FILE} already exists`,
          'Edit it, or pass --force to write a new one.',
        );
      }
      const folderName = basename(target);
      const name = (opts.name as string | undefined) ?? (nameProblem(folderName) ? undefined : folderName);
      const interactive = !opts.yes && !opts.json && Boolean((ctx.io.stdout as { isTTY?: boolean }).isTTY);
      const answers = await collectAnswers(
        ctx,
        {
          ...(name ? { name } : {}),
          ...(opts.theme ? { theme: opts.theme as string } : {}),
          ...(opts.frontend ? { frontend: opts.frontend as string } : {}),
          ...(opts.variant ? { variant: opts.variant as string } : {}),
          ...(opts.modules ? { modules: opts.modules as string } : {}),
          ...(opts.database ? { database: opts.database as string } : {}),
        },
        interactive,
      );
      const text = configText(answers);
      validConfig(ctx, CONFIG_FILE, text);
      mkdirSync(target, { recursive: true });
      writeFileSync(file, text);
      if (opts.json) printJson(ctx.io, { file, config: answers });
      else {
        const o = ctx.stdout();
        for (const [id, by] of answers.added)
          o.line(`${o.paint('cyan', '+')} module ${id} (required by ${by})`);
        o.line(`${o.paint('green', '✓')} wrote ${relative(ctx.io.cwd, file) || CONFIG_FILE}`);
        o.line(`Next: ${dir === '.' ? '' : `cd ${dir} && `}quickscale generate`);
      }
      done(0);
    });
}
