/**
 * The catalog: every theme and module the CLI can offer, read from their manifests on each run.
 * Modules are discovered by scanning package folders for a package.json with a `"quickscale"` key —
 * add a module package and it appears; nothing in the CLI lists them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CliError } from '../cli/errors.js';
import {
  type EnvVarSpec,
  type ModuleManifest,
  moduleManifestSchema,
  type OptionSpec,
  type ThemeManifest,
  themeManifestSchema,
  type VariantSpec,
} from './module-manifest.js';

/**
 * The quickscale package folder (holds `themes/`, `template/` and `schema/`): the nearest folder up
 * from this module whose package.json is quickscale's — the same from `src/` and from the bundle.
 */
export const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (
      existsSync(file) &&
      (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'quickscale'
    )
      return dir;
    if (dirname(dir) === dir) throw new Error(`quickscale's package.json not found above ${from}`);
  }
}

export interface ModuleInfo {
  id: string;
  packageName: string;
  version: string;
  description: string;
  /** Folder of the package. */
  dir: string;
  options: Record<string, OptionSpec>;
  env: EnvVarSpec[];
  envExport: string | undefined;
  /** Absolute folder of SQL migrations, when the module has any. */
  migrationsDir: string | undefined;
  requires: string[];
  themes: string[];
  variants: VariantSpec[];
  variantsExport: string | undefined;
  /** Names of the workspace-style dependencies in package.json (to check `requires` against). */
  dependencies: string[];
}

export interface FrontendInfo {
  id: string;
  description: string;
  variants: string[];
}

export interface ThemeInfo {
  id: string;
  description: string;
  requires: string[];
  frontends: FrontendInfo[];
  variantsFrom: string | undefined;
}

export interface Catalog {
  version: string;
  themes: ThemeInfo[];
  modules: ModuleInfo[];
}

export interface CatalogSources {
  /** Folders whose children (and `@scope/` grandchildren) are packages. */
  packageDirs?: string[];
  themesDir?: string;
}

/**
 * Where modules are looked for: `QUICKSCALE_PACKAGES` (a path list) when set, otherwise the folder
 * that holds the quickscale package — `packages/` inside the Q-Space repository, `node_modules/`
 * when installed next to the module packages.
 */
export function defaultPackageDirs(env: Record<string, string | undefined> = process.env): string[] {
  const fromEnv = env.QUICKSCALE_PACKAGES?.split(delimiter).filter(Boolean);
  if (fromEnv && fromEnv.length > 0) return fromEnv;
  return [join(PACKAGE_ROOT, '..')];
}

/** Reads every manifest; all broken manifests are reported together. */
export function loadCatalog(sources: CatalogSources = {}): Catalog {
  const problems: string[] = [];
  const modules = discoverModules(sources.packageDirs ?? defaultPackageDirs(), problems);
  const themes = loadThemes(sources.themesDir ?? join(PACKAGE_ROOT, 'themes'), modules, problems);
  for (const clash of modules.filter((m) => themes.some((t) => t.id === m.id))) {
    problems.push(
      `${join(clash.dir, 'package.json')}: module id "${clash.id}" is also a theme name; \`quickscale info\` could not tell them apart`,
    );
  }
  if (problems.length > 0) {
    throw new CliError(
      'bad-manifest',
      `${problems.length} broken manifest${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`,
      'Fix the "quickscale" key of the package.json (or the theme.json) named above.',
    );
  }
  return { version: cliVersion(), themes, modules };
}

export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

function packageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith('.'))
    .flatMap((e) => (e.name.startsWith('@') ? packageFolders(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

interface PackageJson {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  quickscale?: unknown;
}

function discoverModules(dirs: string[], problems: string[]): ModuleInfo[] {
  const found = new Map<string, ModuleInfo>();
  for (const dir of dirs.flatMap(packageFolders)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    let pkg: PackageJson;
    try {
      pkg = JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
    } catch {
      continue; // not ours to judge: a package.json we cannot read has no manifest for us either
    }
    if (pkg.quickscale === undefined) continue;
    const parsed = moduleManifestSchema.safeParse(pkg.quickscale);
    if (!parsed.success) {
      problems.push(...issuesOf(file, parsed.error));
      continue;
    }
    const info = toModule(dir, pkg, parsed.data);
    const previous = found.get(info.id);
    if (previous && previous.dir !== dir) {
      problems.push(`${file}: module id "${info.id}" is also declared by ${previous.packageName}`);
      continue;
    }
    found.set(info.id, info);
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function toModule(dir: string, pkg: PackageJson, m: ModuleManifest): ModuleInfo {
  const packageName = pkg.name ?? dir;
  return {
    id: m.id ?? packageName.replace(/^@[^/]+\//, ''),
    packageName,
    version: pkg.version ?? '0.0.0',
    description: m.description,
    dir,
    options: m.options,
    env: m.env,
    envExport: m.env_export,
    migrationsDir: m.migrations ? join(dir, m.migrations) : undefined,
    requires: m.requires,
    themes: m.themes,
    variants: m.variants,
    variantsExport: m.variants_export,
    dependencies: Object.keys(pkg.dependencies ?? {}),
  };
}

function loadThemes(dir: string, modules: ModuleInfo[], problems: string[]): ThemeInfo[] {
  if (!existsSync(dir)) return [];
  const themes: ThemeInfo[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name, 'theme.json');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const parsed = themeManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      problems.push(...issuesOf(file, parsed.error));
      continue;
    }
    themes.push(toTheme(entry.name, parsed.data, modules));
  }
  return themes.sort((a, b) => a.id.localeCompare(b.id));
}

function toTheme(id: string, t: ThemeManifest, modules: ModuleInfo[]): ThemeInfo {
  const extra = modules.find((m) => m.id === t.variants_from)?.variants.map((v) => v.id) ?? [];
  return {
    id,
    description: t.description,
    requires: t.requires,
    variantsFrom: t.variants_from,
    frontends: Object.entries(t.frontends).map(([fid, f]) => ({
      id: fid,
      description: f.description,
      variants: [...new Set([...f.variants, ...extra])],
    })),
  };
}

function issuesOf(file: string, error: z.ZodError): string[] {
  const where = relative(process.cwd(), file) || file;
  return error.issues.map(
    (i) => `${where}: quickscale${i.path.map((p) => `.${String(p)}`).join('')}: ${i.message}`,
  );
}

export function findTheme(catalog: Catalog, id: string): ThemeInfo | undefined {
  return catalog.themes.find((t) => t.id === id);
}

export function findModule(catalog: Catalog, id: string): ModuleInfo | undefined {
  return catalog.modules.find((m) => m.id === id);
}
