/** `quickscale config schema` and `quickscale config migrate [file]`. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { readConfigFile, subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import type { ExitCode } from '../cli/errors.js';
import { printJson } from '../cli/output.js';
import { jsonSchemaText } from '../config/json-schema.js';
import { migrateText } from '../config/migrate.js';
import { validateText } from '../config/validate.js';
import { printResult } from './validate.js';

const SCHEMA_HELP = `
The schema is generated from the same definitions validation uses, including each module's options.
The copy published with the CLI is schema/quickscale.schema.json.

Examples:
  $ quickscale config schema > quickscale.schema.json
  # then, first line of quickscale.yml, for the YAML language server:
  # yaml-language-server: $schema=./quickscale.schema.json`;

const MIGRATE_HELP = `
Rewrites a file of the older design (no schema_version; features:, components:, technologies:,
primary:, frontend.framework …) for schema version 1, in place. Comments are kept. Values with no
version-1 equivalent are listed. The result is validated.

Examples:
  $ quickscale config migrate
  $ quickscale config migrate old/quickscale.yml --dry-run    print the result, write nothing

Exit codes: 0 migrated (or nothing to do) and valid · 1 failed, or the result still has errors · 2 usage error`;

export function registerConfig(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  const config = subcommand(program, 'config', 'config').description('the configuration file format');
  subcommand(config, 'schema', 'config schema')
    .description('print the JSON Schema of quickscale.yml')
    .addHelpText('after', SCHEMA_HELP)
    .action(() => {
      ctx.io.stdout.write(jsonSchemaText(ctx.catalog()));
      done(0);
    });
  subcommand(config, 'migrate', 'config migrate')
    .description('rewrite an older quickscale.yml for the current schema version')
    .argument('[file]', 'the configuration file', 'quickscale.yml')
    .option('--dry-run', 'print the migrated file instead of writing it')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', MIGRATE_HELP)
    .action((file: string, opts: { dryRun?: boolean; json?: boolean }) => done(migrate(ctx, file, opts)));
}

function migrate(ctx: Context, file: string, opts: { dryRun?: boolean; json?: boolean }): ExitCode {
  const { shown, path, text } = readConfigFile(ctx, file, 'config migrate');
  const migration = migrateText(text, shown);
  const changed = migration.changes.length > 0;
  const write = changed && !opts.dryRun;
  if (write) writeFileSync(path, migration.text);
  const validation = validateText(shown, migration.text, ctx.catalog());
  const code: ExitCode = validation.valid ? 0 : 1;
  if (opts.json) {
    printJson(ctx.io, { file: shown, ...migration, written: write, validation });
    return code;
  }
  const o = ctx.stdout();
  if (!changed) {
    o.line(`${shown} is already at schema_version ${migration.to}; nothing to migrate.`);
  } else if (opts.dryRun) {
    ctx.io.stdout.write(migration.text);
    o.line(o.paint('dim', `# dry run: ${shown} was not written`));
  } else {
    o.line(
      `${o.paint('green', '✓')} migrated ${shown} from schema_version ${migration.from} to ${migration.to}:`,
    );
  }
  for (const change of changed && !opts.dryRun ? migration.changes : []) o.line(`  ${change}`);
  if (migration.dropped.length > 0) {
    o.line(o.paint('yellow', 'Removed (no equivalent in the current version):'));
    for (const item of migration.dropped) o.line(`  ${item}`);
  }
  if (!validation.valid || validation.warnings.length > 0) printResult(o, validation);
  return code;
}
