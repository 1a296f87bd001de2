/** `quickscale info <theme|module>`: everything a manifest says about one theme or module. */
import type { Command } from 'commander';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { Errors, type ExitCode } from '../cli/errors.js';
import { type Out, printJson, table } from '../cli/output.js';
import { didYouMean } from '../config/did-you-mean.js';
import { findModule, findTheme } from '../manifests/catalog.js';
import {
  type ModuleView,
  moduleView,
  optionDefault,
  optionType,
  type ThemeView,
  themeView,
} from './describe.js';

const HELP = `
Examples:
  $ quickscale info starter          frontends, variants and required modules of a theme
  $ quickscale info notifications    options with defaults, environment variables, migrations
  $ quickscale info content --json`;

export function registerInfo(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'info', 'info')
    .description('describe a theme or a module')
    .argument('<name>', 'a theme or module name')
    .option('--json', 'print the description as JSON')
    .addHelpText('after', HELP)
    .action((name: string, opts: { json?: boolean }) => {
      const catalog = ctx.catalog();
      const theme = findTheme(catalog, name);
      const module = findModule(catalog, name);
      const view = theme ? themeView(theme, catalog) : module ? moduleView(module, catalog) : undefined;
      if (!view) {
        const known = [...catalog.themes.map((t) => t.id), ...catalog.modules.map((m) => m.id)];
        throw Errors.unknownName('theme or module', name, didYouMean(name, known), known);
      }
      if (opts.json) printJson(ctx.io, view);
      else if (view.kind === 'theme') printTheme(ctx.stdout(), view);
      else printModule(ctx.stdout(), view);
      done(0);
    });
}

function heading(o: Out, text: string): void {
  o.line();
  o.line(o.paint('bold', text));
}

function printTheme(o: Out, t: ThemeView): void {
  o.line(`${o.paint('bold', t.id)} ${t.version} ${o.paint('dim', '(theme)')}`);
  o.line(t.description);
  heading(o, 'Frontends');
  const width = Math.max(...t.frontends.map((f) => f.id.length));
  for (const f of t.frontends) {
    o.line(`  ${f.id.padEnd(width)}  ${f.description}`);
    o.line(`  ${''.padEnd(width)}  ${o.paint('dim', 'variants:')} ${f.variants.join(', ')}`);
  }
  heading(o, 'Requires');
  o.line(`  ${t.requires.join(', ') || 'no modules'}`);
  heading(o, 'Modules that work with it');
  o.line(`  ${t.modules.join(', ') || 'none'}`);
}

function printModule(o: Out, m: ModuleView): void {
  o.line(`${o.paint('bold', m.id)} ${m.version} ${o.paint('dim', `(module, package ${m.package})`)}`);
  o.line(m.description);
  heading(o, 'Options');
  const options = Object.entries(m.options);
  if (options.length === 0) o.line('  none');
  for (const row of table(options.map(([k, s]) => [k, optionType(s), optionDefault(s), s.description]))) {
    o.line(`  ${row}`);
  }
  heading(o, 'Environment variables');
  if (m.env.length === 0) o.line('  none');
  const envRows = m.env.map((v) => [
    v.name,
    [
      v.required ? 'required' : v.default !== undefined ? `default ${v.default}` : 'optional',
      v.secret ? 'secret' : '',
    ]
      .filter(Boolean)
      .join(', '),
    v.description,
  ]);
  for (const row of table(envRows)) o.line(`  ${row}`);
  heading(o, 'Migrations');
  const count = m.migrations?.files.length ?? 0;
  o.line(m.migrations ? `  ${m.migrations.folder}/ (${count} file${count === 1 ? '' : 's'})` : '  none');
  heading(o, 'Requires');
  o.line(`  ${m.requires.join(', ') || 'no other modules'}`);
  heading(o, 'Themes');
  o.line(`  ${m.themes.join(', ')}`);
  if (m.requiredBy.length > 0) {
    heading(o, 'Required by');
    o.line(`  ${m.requiredBy.join(', ')}`);
  }
}
