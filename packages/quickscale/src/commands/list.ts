/** `quickscale list themes|modules|frontends [theme]`: what the manifests offer, never a hand-kept list. */
import { Argument, type Command } from 'commander';
import { subcommand } from '../cli/command.js';
import type { Context } from '../cli/context.js';
import { Errors, type ExitCode } from '../cli/errors.js';
import { table } from '../cli/output.js';
import { didYouMean } from '../config/did-you-mean.js';
import { findTheme } from '../manifests/catalog.js';
import { moduleView, themeView } from './describe.js';

const HELP = `
Themes come from the theme manifests bundled with quickscale; modules from every package whose
package.json has a "quickscale" key (set QUICKSCALE_PACKAGES to look in other folders).

Examples:
  $ quickscale list themes
  $ quickscale list modules --json
  $ quickscale list frontends pages     frontends of the pages theme and their variants`;

type Kind = 'themes' | 'modules' | 'frontends';

export function registerList(program: Command, ctx: Context, done: (code: ExitCode) => void): void {
  subcommand(program, 'list', 'list')
    .description('list themes, modules or frontends')
    .addArgument(new Argument('<what>', 'what to list').choices(['themes', 'modules', 'frontends']))
    .argument('[theme]', 'only the frontends of this theme')
    .option('--json', 'print the list as JSON')
    .addHelpText('after', HELP)
    .action((what: Kind, theme: string | undefined, opts: { json?: boolean }) => {
      if (theme && what !== 'frontends') {
        throw Errors.usage(
          `a theme name only goes with "list frontends"`,
          'Run `quickscale list frontends <theme>`.',
        );
      }
      const lines = listing(ctx, what, theme, Boolean(opts.json));
      const o = ctx.stdout();
      const bold = !opts.json && lines.length > 1;
      for (const [i, line] of lines.entries()) o.line(i === 0 && bold ? o.paint('bold', line) : line);
      done(0);
    });
}

function listing(ctx: Context, what: Kind, themeId: string | undefined, json: boolean): string[] {
  const catalog = ctx.catalog();
  if (what === 'themes') {
    const views = catalog.themes.map((t) => themeView(t, catalog));
    if (json) return [JSON.stringify({ themes: views }, null, 2)];
    return table([
      ['THEME', 'FRONTENDS', 'REQUIRES', 'DESCRIPTION'],
      ...views.map((t) => [
        t.id,
        t.frontends.map((f) => f.id).join(', '),
        t.requires.join(', ') || '—',
        t.description,
      ]),
    ]);
  }
  if (what === 'modules') {
    const views = catalog.modules.map((m) => moduleView(m, catalog));
    if (json) return [JSON.stringify({ modules: views }, null, 2)];
    if (views.length === 0)
      return ['No modules found. Set QUICKSCALE_PACKAGES to the folder of the module packages.'];
    return table([
      ['MODULE', 'VERSION', 'REQUIRES', 'THEMES', 'DESCRIPTION'],
      ...views.map((m) => [
        m.id,
        m.version,
        m.requires.join(', ') || '—',
        m.themes.join(', '),
        m.description,
      ]),
    ]);
  }
  let themes = catalog.themes;
  if (themeId) {
    const theme = findTheme(catalog, themeId);
    const known = catalog.themes.map((t) => t.id);
    if (!theme) throw Errors.unknownName('theme', themeId, didYouMean(themeId, known), known);
    themes = [theme];
  }
  const rows = themes.flatMap((t) => t.frontends.map((f) => ({ theme: t.id, ...f })));
  if (json) return [JSON.stringify({ frontends: rows }, null, 2)];
  return table([
    ['THEME', 'FRONTEND', 'VARIANTS', 'DESCRIPTION'],
    ...rows.map((r) => [r.theme, r.id, r.variants.join(', '), r.description]),
  ]);
}
