/** Helpers shared by the command modules. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Context } from './context.js';
import { Errors } from './errors.js';

/** A sub-command that shares the program's error handling and says how to get its help. */
export function subcommand(parent: Command, name: string, path: string): Command {
  return parent.command(name).showHelpAfterError(`(run \`quickscale ${path} --help\` for usage)`);
}

/**
 * Reads the configuration file named on the command line (default `quickscale.yml` in the working
 * directory). `shown` is the name as the user typed it, used in every message about the file.
 */
export function readConfigFile(
  ctx: Context,
  file: string | undefined,
  command: string,
): { shown: string; path: string; text: string } {
  const shown = file ?? 'quickscale.yml';
  const path = resolve(ctx.io.cwd, shown);
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw Errors.fileNotFound(shown, command);
  }
  if (!isFile) throw Errors.notAFile(shown, command);
  return { shown, path, text: readFileSync(path, 'utf8') };
}
