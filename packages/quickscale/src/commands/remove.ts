/**
 * `quickscale remove <module>`: takes a module out of quickscale.yml (comments and the rest of the
 * file kept as they are) and regenerates — its embedded code, its parts (routes, settings, nav) and
 * its environment variables go; files of it you changed are kept and listed. Its data stays: the
 * tables its migrations created are listed, and the SQL that drops them is written to
 * `.quickscale/removed/<module>.sql` for when you decide to.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { isMap, parseDocument } from 'yaml';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { CliError, Errors, type ExitCode } from '../cli/errors.js';
import { printJson } from '../cli/output.js';
import { didYouMean } from '../config/did-you-mean.js';
import { LOCK_DIR } from '../generate/lock.js';
import { openProject } from '../generate/project.js';
import { generateInto } from '../generate/run.js';
import { CONFIG_FILE } from '../generate/write.js';
import { findModule, findTheme } from '../manifests/catalog.js';

const HELP = `
The module's data is kept: its tables stay in the database, and the SQL that drops them is written
to .quickscale/removed/<module>.sql (run it with psql, or from your own migration, when you are sure).
Files of the module you changed are kept (listed), so nothing of yours is lost.

Examples:
  $ quickscale remove analytics
  $ quickscale remove analytics --json

Exit codes: 0 removed · 1 the module is required, not in the project, or generation failed`;

export interface RemoveReport {
  module: string;
  deleted: number;
  kept: string[];
  tables: string[];
  dropSql: string | null;
}

/** Tables a module's migrations create, in creation order. */
export function tablesOf(migrationsDir: string | undefined): string[] {
  if (!migrationsDir || !existsSync(migrationsDir)) return [];
  const tables: string[] = [];
  for (const file of readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const sql = readFileSync(join(migrationsDir, file), 'utf8');
    for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?"?(?:[\w]+"?\."?)?([\w]+)"?/gi))
      if (m[1] && !tables.includes(m[1])) tables.push(m[1]);
  }
  return tables;
}

export async function removeModule(ctx: Context, id: string): Promise<RemoveReport> {
  const project = openProject(ctx);
  const doc = parseDocument(project.configText);
  const modules = doc.get('modules');
  const present = isMap(modules)
    ? modules.items.map((i) => String((i.key as { value?: unknown })?.value ?? i.key))
    : [];
  if (!present.includes(id))
    throw Errors.unknownName('module in this project', id, didYouMean(id, present), present);
  const catalog = ctx.catalog();
  const theme = findTheme(catalog, project.lock.theme);
  if (theme?.requires.includes(id)) {
    throw new CliError(
      'module-required',
      `${id} cannot be removed: the ${theme.id} theme requires it`,
      `A ${theme.id} project always has ${theme.requires.join(', ')}. Choose another theme in a new project to go without it.`,
    );
  }
  const dependents = present.filter((m) => m !== id && findModule(catalog, m)?.requires.includes(id));
  if (dependents.length > 0) {
    throw new CliError(
      'module-required',
      `${id} cannot be removed: ${dependents.join(', ')} require${dependents.length === 1 ? 's' : ''} it`,
      `Remove ${dependents.join(' and ')} first (\`quickscale remove ${dependents[0]}\`), then ${id}.`,
    );
  }
  const mod = findModule(catalog, id);
  const tables = tablesOf(mod?.migrationsDir);
  doc.deleteIn(['modules', id]);
  const text = doc.toString();
  const outcome = await generateInto(ctx, project.dir, CONFIG_FILE, text, { force: false });
  writeFileSync(project.configFile, text);
  let dropSql: string | null = null;
  if (tables.length > 0) {
    dropSql = `${LOCK_DIR}/removed/${id}.sql`;
    mkdirSync(join(project.dir, LOCK_DIR, 'removed'), { recursive: true });
    writeFileSync(
      join(project.dir, dropSql),
      [
        `-- Drops the tables of the ${id} module (removed by quickscale remove). This deletes its data for good.`,
        '-- Review, back up, then run it: psql "$DATABASE_URL" -f this-file',
        'BEGIN;',
        ...[...tables].reverse().map((t) => `DROP TABLE IF EXISTS "${t}" CASCADE;`),
        'COMMIT;',
        '',
      ].join('\n'),
    );
  }
  return {
    module: id,
    deleted: outcome.applied.filter((a) => a.kind === 'delete').length,
    kept: outcome.applied.filter((a) => a.kind === 'keep').map((a) => a.path),
    tables,
    dropSql,
  };
}

export function registerRemove(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'remove', 'remove')
    .description("remove a module's code and wiring (its data is kept)")
    .argument('<module>', 'the module to remove')
    .option('--json', 'print the outcome as JSON')
    .addHelpText('after', HELP)
    .action(async (id: string, opts: { json?: boolean }) => {
      const report = await removeModule(ctx, id);
      if (opts.json) printJson(ctx.io, report);
      else {
        const o = ctx.stdout();
        o.line(`${o.paint('green', '✓')} removed ${id}: ${report.deleted} generated files deleted`);
        for (const p of report.kept)
          o.line(
            `  ${o.paint('yellow', 'kept')} ${p} (you changed it — delete it when you no longer need it)`,
          );
        if (report.tables.length > 0) {
          o.line(`Its data is kept: ${report.tables.join(', ')} stay in the database.`);
          o.line(
            `To drop them for good: review ${o.paint('bold', report.dropSql ?? '')}, then run it with psql.`,
          );
        }
        o.line(`Run ${o.paint('bold', 'npm install')} to drop its dependencies.`);
      }
      done(0);
    });
}
