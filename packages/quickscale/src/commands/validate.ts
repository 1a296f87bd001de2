/** `quickscale validate [file]`: every problem of the file at once, with line and column. */
import type { Command } from 'commander';
import { readConfigFile, subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import type { ExitCode } from '../cli/errors.js';
import { type Out, printJson } from '../cli/output.js';
import type { Diagnostic } from '../config/diagnostics.js';
import { type ValidationResult, validateText } from '../config/validate.js';

const HELP = `
Checks the schema (version 1), unknown and deprecated keys, each module's options, the modules the
theme and other modules require, and that the file is plain data. Every problem is reported, each as
file:line:column.

Examples:
  $ quickscale validate
  $ quickscale validate apps/shop/quickscale.yml
  $ quickscale validate --json | jq '.errors[].message'

Exit codes: 0 valid (warnings allowed) · 1 errors found or file unreadable · 2 usage error`;

export function registerValidate(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'validate', 'validate')
    .description('check quickscale.yml against schema version 1')
    .argument('[file]', 'the configuration file', 'quickscale.yml')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', HELP)
    .action((file: string, opts: { json?: boolean }) => {
      const { shown, text } = readConfigFile(ctx, file, 'validate');
      const result = validateText(shown, text, ctx.catalog());
      if (opts.json) printJson(ctx.io, result);
      else printResult(ctx.stdout(), result);
      done(result.valid ? 0 : 1);
    });
}

export function printDiagnostic(o: Out, file: string, d: Diagnostic): void {
  const label = d.severity === 'error' ? o.paint('red', 'error') : o.paint('yellow', 'warning');
  o.line(`${o.paint('bold', `${file}:${d.line}:${d.column}`)}: ${label}: ${d.message}`);
  if (d.hint) o.line(`  ${o.paint('dim', 'hint:')} ${d.hint}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function printResult(o: Out, result: ValidationResult): void {
  for (const d of [...result.errors, ...result.warnings].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  )) {
    printDiagnostic(o, result.file, d);
  }
  const warnings = result.warnings.length > 0 ? `, with ${plural(result.warnings.length, 'warning')}` : '';
  if (result.valid) {
    o.line(`${o.paint('green', '✓')} ${result.file} is valid${warnings}`);
  } else {
    o.line(`${o.paint('red', '✗')} ${result.file}: ${plural(result.errors.length, 'error')}${warnings}`);
  }
}
