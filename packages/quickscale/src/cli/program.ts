/**
 * The `quickscale` program: commander wiring, help with examples, and the mapping of every outcome
 * to an exit code — 0 ok, 1 the command failed, 2 it was called wrongly (unknown command or option,
 * missing argument).
 */
import { Command, CommanderError } from 'commander';
import { registerConfig } from '../commands/config.js';
import { registerCreate } from '../commands/create.js';
import { registerExplain } from '../commands/explain.js';
import { registerGenerate } from '../commands/generate.js';
import { registerInfo } from '../commands/info.js';
import { registerInit } from '../commands/init.js';
import { registerList } from '../commands/list.js';
import { registerPreview } from '../commands/preview.js';
import { registerRemove } from '../commands/remove.js';
import { registerStatus } from '../commands/status.js';
import { registerSyncBack } from '../commands/sync-back.js';
import { registerUpdate } from '../commands/update.js';
import { registerValidate } from '../commands/validate.js';
import { type CatalogSources, cliVersion } from '../manifests/catalog.js';
import { type Context, createContext } from './context.js';
import { CliError, type ExitCode } from './errors.js';
import { colourEnabled, type Io, painter, printJson } from './output.js';

const ROOT_HELP = `
Examples:
  $ quickscale validate                  check ./quickscale.yml
  $ quickscale list modules              modules you can add, from their manifests
  $ quickscale info auth                 options, environment variables and requirements of a module
  $ quickscale config migrate old.yml    rewrite an older file for schema version 1
  $ quickscale create shop --theme pages --frontend htmx --yes
  $ quickscale preview                   what generate would change, writing nothing
  $ quickscale status                    drift, your changes, newer module versions
  $ quickscale update                    bring newer module versions in, merging your changes

Exit codes: 0 ok · 1 the command failed (e.g. the file has errors) · 2 usage error
Environment: NO_COLOR / FORCE_COLOR (colours), QUICKSCALE_PACKAGES (folders to look for modules in)`;

export interface CommandResult {
  code: ExitCode;
}

export function buildProgram(ctx: Context, result: CommandResult): Command {
  const errPaint = painter(colourEnabled(ctx.io.stderr, ctx.io.env));
  const program = new Command('quickscale')
    .description('Compose a standalone TypeScript SaaS from Q-Space modules, declared in quickscale.yml.')
    .version(cliVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .option('--no-color', 'never print colours (NO_COLOR does the same)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void ctx.io.stdout.write(s),
      writeErr: (s) => void ctx.io.stderr.write(s),
      outputError: (s, write) => write(errPaint('red', s)),
    })
    .showHelpAfterError('(run `quickscale --help` for usage)')
    .addHelpText('after', ROOT_HELP)
    .hook('preAction', (thisCommand) => {
      ctx.colour = thisCommand.opts().color !== false;
    });
  const done = (code: ExitCode) => {
    result.code = code;
  };
  registerInit(program, ctx, done);
  registerCreate(program, ctx, done);
  registerValidate(program, ctx, done);
  registerPreview(program, ctx, done);
  registerGenerate(program, ctx, done);
  registerList(program, ctx, done);
  registerInfo(program, ctx, done);
  registerStatus(program, ctx, done);
  registerUpdate(program, ctx, done);
  registerSyncBack(program, ctx, done);
  registerRemove(program, ctx, done);
  registerExplain(program, ctx, done);
  registerConfig(program, ctx, done);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io, sources: CatalogSources = {}): Promise<ExitCode> {
  const ctx = createContext(io, sources);
  const result: CommandResult = { code: 0 };
  const program = buildProgram(ctx, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExit(error);
    if (error instanceof CliError) {
      report(ctx, error, argv.includes('--json'));
      return error.exitCode;
    }
    throw error;
  }
}

function commanderExit(error: CommanderError): ExitCode {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  // Everything else commander raises is about how the command was called.
  return 2;
}

function report(ctx: Context, error: CliError, json: boolean): void {
  if (json) {
    printJson(ctx.io, { error: { code: error.code, message: error.message, hint: error.hint ?? null } });
    return;
  }
  const err = ctx.stderr();
  err.line(`${err.paint('red', 'error:')} ${error.message}`);
  if (error.hint) err.line(`${err.paint('dim', 'hint:')} ${error.hint}`);
}
