/**
 * Parts: the small pieces a project is composed from. A part is a folder with a `part.json` and a
 * `files/` tree. The CLI's own parts live in `template/` (the base every project gets, each
 * frontend, each theme and theme × frontend); a module brings its parts in its package, under
 * `quickscale/` (its server wiring, its pages for each frontend). A part says when it applies, the
 * server part it registers, the navigation entries, npm dependencies and package scripts it needs —
 * never a whole-file copy per combination.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { CliError } from '../cli/errors.js';
import type { QuickscaleConfig } from '../config/schema.js';
import { type Catalog, type ModuleInfo, PACKAGE_ROOT } from '../manifests/catalog.js';
import { envVarSchema } from '../manifests/module-manifest.js';

const ID = /^[a-z][a-z0-9-]*$/;

const navItem = z.strictObject({
  label: z.string().min(1),
  href: z.string().startsWith('/'),
  /** Lower comes first. */
  order: z.number().int(),
  /** Shown only to a signed-in person. */
  signedIn: z.boolean().default(false),
});
export type NavItem = z.infer<typeof navItem>;

export const partManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().min(1),
  /** Every listed condition must hold (a list means "one of"). */
  when: z
    .strictObject({
      theme: z.array(z.string().regex(ID)).optional(),
      frontend: z.array(z.string().regex(ID)).optional(),
      /** Modules that must all be selected (a module's own parts need not name it). */
      modules: z.array(z.string().regex(ID)).optional(),
      database: z.array(z.enum(['postgresql', 'pglite'])).optional(),
    })
    .default({}),
  /** A server part: `export default definePart(...)` in this project file. */
  server: z.strictObject({ file: z.string().regex(/^src\/.+\.ts$/) }).optional(),
  nav: z.array(navItem).default([]),
  /** npm packages the part's files import; versions come from the CLI's pins (versions.json). */
  dependencies: z.array(z.string().min(1)).default([]),
  devDependencies: z.array(z.string().min(1)).default([]),
  scripts: z.record(z.string(), z.string()).default({}),
  /** Lines added to .gitignore. */
  ignore: z.array(z.string()).default([]),
  /** Environment variables the part's own code reads (listed in .env.example and `preview`). */
  env: z.array(envVarSchema).default([]),
  /** A project folder of drizzle-kit migrations the part's code registers (for `preview`). */
  migrations: z.string().optional(),
  /** Steps outside the project a person must take (shown by `preview` and the README). */
  setup: z.array(z.string()).default([]),
  /**
   * Project defaults for variables left unset (templates allowed: `{{project.title}}`); a module
   * option that sets the same variable wins.
   */
  env_defaults: z.record(z.string(), z.string()).default({}),
});
export type PartManifest = z.infer<typeof partManifestSchema>;

export interface Part {
  /** `base`, `themes/todo/htmx`, `auth:server` … (stable: recorded in the lock file). */
  id: string;
  /** The module that brings it, when it comes from a module package. */
  module?: string;
  dir: string;
  manifest: PartManifest;
  /** Project paths of its files (`.tmpl` suffix kept), sorted. */
  files: string[];
}

/** Where the CLI's own parts live. */
export const TEMPLATE_DIR = join(PACKAGE_ROOT, 'template');

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  visit(dir);
  return out;
}

/** Project-relative path with forward slashes. */
export function posix(path: string): string {
  return path.split(sep).join('/');
}

function readPart(dir: string, id: string, module?: string): Part {
  const file = join(dir, 'part.json');
  const parsed = partManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new CliError(
      'bad-manifest',
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`,
      'Fix the part manifest named above.',
    );
  }
  const filesDir = join(dir, 'files');
  return {
    id,
    ...(module ? { module } : {}),
    dir,
    manifest: parsed.data,
    files: walk(filesDir).map((f) => posix(relative(filesDir, f))),
  };
}

/** Every folder below `root` that holds a part.json, as [id, dir] (id = the relative path). */
function partDirs(root: string): Array<[string, string]> {
  if (!existsSync(root)) return [];
  const out: Array<[string, string]> = [];
  const visit = (dir: string) => {
    if (existsSync(join(dir, 'part.json'))) out.push([posix(relative(root, dir)) || '.', dir]);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'files') visit(join(dir, entry.name));
    }
  };
  visit(root);
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/** The CLI's parts plus the parts of every module in the catalog. */
export function loadParts(catalog: Catalog, templateDir = TEMPLATE_DIR): Part[] {
  const own = partDirs(templateDir).map(([id, dir]) => readPart(dir, id));
  const fromModules = catalog.modules.flatMap((m) =>
    partDirs(join(m.dir, 'quickscale')).map(([id, dir]) => readPart(dir, `${m.id}:${id}`, m.id)),
  );
  return [...own, ...fromModules];
}

/** The frontend a config's parts are chosen for: a bundled one, or `htmx` for a custom folder. */
export function frontendOf(config: QuickscaleConfig): string {
  return config.frontend.source.startsWith('.') ? 'htmx' : config.frontend.source;
}

export function databaseOf(config: QuickscaleConfig): 'postgresql' | 'pglite' {
  return config.deployment?.database ?? 'pglite';
}

/** Whether a part applies to this configuration. */
export function applies(part: Part, config: QuickscaleConfig, modules: ReadonlySet<string>): boolean {
  if (part.module && !modules.has(part.module)) return false;
  const w = part.manifest.when;
  if (w.theme && !w.theme.includes(config.theme)) return false;
  if (w.frontend && !w.frontend.includes(frontendOf(config))) return false;
  if (w.database && !w.database.includes(databaseOf(config))) return false;
  if (w.modules?.some((m) => !modules.has(m))) return false;
  return true;
}

/**
 * Modules in dependency order (a module after those it requires), ties by id: the order server
 * parts are set up in, and migrations are listed in.
 */
export function orderModules(modules: ModuleInfo[]): ModuleInfo[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const done = new Set<string>();
  const out: ModuleInfo[] = [];
  const visit = (m: ModuleInfo, path: string[]) => {
    if (done.has(m.id)) return;
    if (path.includes(m.id)) {
      throw new CliError(
        'module-cycle',
        `modules require each other in a cycle: ${[...path, m.id].join(' → ')}`,
        'Fix the "requires" lists of the module manifests named above.',
      );
    }
    for (const r of [...m.requires].sort()) {
      const dep = byId.get(r);
      if (dep) visit(dep, [...path, m.id]);
    }
    done.add(m.id);
    out.push(m);
  };
  for (const m of [...modules].sort((a, b) => a.id.localeCompare(b.id))) visit(m, []);
  return out;
}

/**
 * The parts of a configuration, in composition order: the CLI's base and frontend parts, then each
 * module's parts (modules in dependency order), then the theme's parts.
 */
export function selectParts(all: Part[], config: QuickscaleConfig, ordered: ModuleInfo[]): Part[] {
  const selected = new Set(ordered.map((m) => m.id));
  const rank = (p: Part): number => {
    if (p.module) return 100 + ordered.findIndex((m) => m.id === p.module);
    if (p.id.startsWith('themes/')) return 10_000;
    return p.id === 'base' ? 0 : 1;
  };
  // Within a rank, server parts come before frontend parts: a module's middleware (the signed-in
  // person, say) must be registered before the pages that read it.
  const frontendOnly = (p: Part) => (p.manifest.when.frontend ? 1 : 0);
  return all
    .filter((p) => applies(p, config, selected))
    .sort(
      (a, b) =>
        rank(a) - rank(b) || frontendOnly(a) - frontendOnly(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Absolute path of one of a part's files. */
export function partFile(part: Part, path: string): string {
  const file = join(part.dir, 'files', ...path.split('/'));
  if (!statSync(file).isFile()) throw new Error(`${file} is not a file`);
  return file;
}
