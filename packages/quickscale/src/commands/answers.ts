/**
 * The answers `init` and `create` turn into a quickscale.yml: from flags, from the interactive
 * wizard (arrow-key prompts with defaults and help text), or from defaults with `--yes`. Modules the
 * theme or a chosen module requires are added — and said so — never silently.
 */
import type * as Clack from '@clack/prompts';
import type { Context } from '../cli/context.js';
import { CliError, Errors } from '../cli/errors.js';
import { didYouMean } from '../config/did-you-mean.js';
import { PROJECT_NAME, RESERVED_NAMES } from '../config/rules.js';
import type { ConfigAnswers } from '../config/write.js';
import { type Catalog, findTheme } from '../manifests/catalog.js';

export interface AnswerFlags {
  name?: string;
  theme?: string;
  frontend?: string;
  variant?: string;
  modules?: string;
  database?: string;
  yes?: boolean;
}

export interface Answers extends ConfigAnswers {
  /** Modules added because something chosen requires them: [module, required by]. */
  added: Array<[string, string]>;
}

function check(kind: string, value: string, known: string[]): string {
  if (known.includes(value)) return value;
  throw Errors.unknownName(kind, value, didYouMean(value, known), known);
}

export function nameProblem(name: string): string | undefined {
  if (!PROJECT_NAME.test(name))
    return 'use 3–40 lower-case letters, digits and "-", starting with a letter (e.g. mystore)';
  if (RESERVED_NAMES.has(name)) return `"${name}" is reserved; choose another name`;
  return undefined;
}

/** The chosen modules plus everything the theme and they require, with who required what. */
export function withRequired(
  catalog: Catalog,
  theme: string,
  chosen: string[],
): { modules: string[]; added: Array<[string, string]> } {
  const out = new Set(chosen);
  const added: Array<[string, string]> = [];
  const need = (id: string, by: string) => {
    if (out.has(id)) return;
    out.add(id);
    added.push([id, by]);
    for (const r of catalog.modules.find((m) => m.id === id)?.requires ?? []) need(r, id);
  };
  for (const r of findTheme(catalog, theme)?.requires ?? []) need(r, `the ${theme} theme`);
  for (const id of chosen)
    for (const r of catalog.modules.find((m) => m.id === id)?.requires ?? []) need(r, id);
  return { modules: [...out].sort(), added };
}

/** The prompt library, loaded only when there is someone to ask (flags and --yes never need it). */
let p: typeof Clack;

function cancelled(value: unknown): value is symbol {
  return p.isCancel(value);
}

function stop(): never {
  p.cancel('Nothing was written.');
  throw new CliError('cancelled', 'cancelled', undefined, 1);
}

/** Collects the answers: flags first; prompts for the rest on a terminal unless --yes. */
export async function collectAnswers(
  ctx: Context,
  flags: AnswerFlags,
  interactive: boolean,
): Promise<Answers> {
  const catalog = ctx.catalog();
  const themes = catalog.themes.map((t) => t.id);
  if (interactive) {
    p = await import('@clack/prompts');
    p.intro('QuickScale — a new project');
  }

  let name = flags.name;
  if (name === undefined && interactive) {
    const v = await p.text({
      message: 'Project name',
      placeholder: 'mystore',
      defaultValue: 'mystore',
      validate: (s) => (s ? nameProblem(s) : undefined),
    });
    if (cancelled(v)) stop();
    name = v || 'mystore';
  }
  name ??= 'mystore';
  const problem = nameProblem(name);
  if (problem)
    throw Errors.usage(`the project name "${name}" is not valid: ${problem}`, 'Pass a slug such as mystore.');

  let theme = flags.theme && check('theme', flags.theme, themes);
  if (!theme && interactive) {
    const v = await p.select({
      message: 'Theme — the starting-point application',
      initialValue: 'starter',
      options: catalog.themes.map((t) => ({ value: t.id, label: t.id, hint: t.description })),
    });
    if (cancelled(v)) stop();
    theme = v;
  }
  theme ??= 'starter';
  const info = findTheme(catalog, theme);
  const frontends = info?.frontends.map((f) => f.id) ?? [];

  let frontend =
    flags.frontend &&
    (flags.frontend.startsWith('.') ? flags.frontend : check('frontend', flags.frontend, frontends));
  if (!frontend && interactive) {
    const v = await p.select({
      message: 'Frontend',
      initialValue: 'htmx',
      options: (info?.frontends ?? []).map((f) => ({ value: f.id, label: f.id, hint: f.description })),
    });
    if (cancelled(v)) stop();
    frontend = v;
  }
  frontend ??= 'htmx';

  const variants = info?.frontends.find((f) => f.id === frontend)?.variants ?? ['default'];
  let variant = flags.variant && check('variant', flags.variant, variants);
  if (!variant && interactive && variants.length > 1) {
    const v = await p.select({
      message: 'Variant',
      initialValue: 'default',
      options: variants.map((id) => ({ value: id, label: id })),
    });
    if (cancelled(v)) stop();
    variant = v;
  }
  variant ??= 'default';

  const compatible = catalog.modules.filter((m) => m.themes.includes(theme)).map((m) => m.id);
  let chosen: string[] | undefined = flags.modules
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((id) =>
      check(
        'module',
        id,
        catalog.modules.map((m) => m.id),
      ),
    );
  if (!chosen && interactive) {
    const required = new Set(withRequired(catalog, theme, []).modules);
    const v = await p.multiselect({
      message: 'Modules (space to choose; the theme’s required ones are already in)',
      required: false,
      initialValues: [...required],
      options: catalog.modules
        .filter((m) => compatible.includes(m.id))
        .map((m) => ({
          value: m.id,
          label: m.id,
          hint: required.has(m.id) ? `required · ${m.description}` : m.description,
        })),
    });
    if (cancelled(v)) stop();
    chosen = v;
  }
  const { modules, added } = withRequired(catalog, theme, chosen ?? []);

  let database = flags.database;
  if (database && database !== 'pglite' && database !== 'postgresql')
    throw Errors.usage(
      `--database must be pglite or postgresql, not "${database}"`,
      'Use --database pglite.',
    );
  if (!database && interactive) {
    const v = await p.select({
      message: 'Database in production',
      initialValue: 'pglite',
      options: [
        { value: 'pglite', label: 'pglite', hint: 'embedded PostgreSQL, nothing to run beside the app' },
        { value: 'postgresql', label: 'postgresql', hint: 'a PostgreSQL server (docker compose starts one)' },
      ],
    });
    if (cancelled(v)) stop();
    database = v;
  }
  if (interactive) p.outro('Writing the project…');
  return {
    name,
    theme,
    frontend,
    variant,
    modules: Object.fromEntries(modules.map((id) => [id, {}])),
    database: (database as 'pglite' | 'postgresql' | undefined) ?? 'pglite',
    added,
  };
}
