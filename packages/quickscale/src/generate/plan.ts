/**
 * The plan of a project: every file `generate` writes, from a validated configuration and the
 * catalog. Pure and deterministic — the same configuration and the same versions give the same
 * bytes (sorted paths, no timestamps, no absolute paths) — so `preview` can show it without writing
 * and `generate` twice gives identical trees.
 *
 * Three kinds of files:
 *  - part files: copied from the selected parts (`.tmpl` files rendered with the view);
 *  - composed files: written here from what the parts declare (package.json, src/composition.ts,
 *    .env.example, tsconfig.json, .gitignore);
 *  - embedded module code: each module package (and the kernel) under `quickscale/<folder>/`.
 */
import { readFileSync } from 'node:fs';
import { join, posix as path } from 'node:path';
import { CliError } from '../cli/errors.js';
import type { QuickscaleConfig } from '../config/schema.js';
import { type Catalog, cliVersion, type ModuleInfo } from '../manifests/catalog.js';
import type { EnvVarSpec } from '../manifests/module-manifest.js';
import {
  databaseOf,
  frontendOf,
  loadParts,
  type NavItem,
  orderModules,
  type Part,
  partFile,
  selectParts,
} from './parts.js';
import { copySource, type EmbedSource, findPackage, type PackageRef } from './sources.js';
import { renderTemplate, type View } from './template.js';
import { BASE_RUNTIME, BASE_TOOLS, pin } from './versions.js';

/** Folder of the project that holds embedded module packages. */
export const EMBED_DIR = 'quickscale';
/** The file the base part ships for backend extensions (moved to `backend_extensions`). */
const DEFAULT_EXTENSIONS_FILE = 'src/extensions.ts';

export interface PlannedFile {
  path: string;
  content: Buffer;
  /** What produced it: a part id, `composed`, or `module:<id>`. */
  origin: string;
}

export interface EmbeddedPackage {
  /** Module id (or `core`, `test-kit` for the kernel packages). */
  id: string;
  packageName: string;
  version: string;
  /** Project folder, e.g. `quickscale/auth`. */
  path: string;
  source: EmbedSource;
  /** Config keys that decide it (for `explain`). */
  keys: string[];
}

export interface PlannedEnvVar extends EnvVarSpec {
  /** Who reads it: `core`, a module id, or a part id. */
  owner: string;
  /** When a module option renames it, the variable the project reads instead. */
  readFrom?: string;
  /** The quickscale.yml key that set its default (`modules.auth.session_days`). */
  setBy?: string;
}

export interface PlannedMigration {
  owner: string;
  tags: string[];
}

export interface Plan {
  config: QuickscaleConfig;
  cliVersion: string;
  parts: Part[];
  modules: ModuleInfo[];
  packages: EmbeddedPackage[];
  /** Part and composed files, sorted by path. */
  files: PlannedFile[];
  /** Embedded module code, sorted by path. */
  moduleFiles: PlannedFile[];
  env: PlannedEnvVar[];
  migrations: PlannedMigration[];
  setup: string[];
}

export interface PlanInput {
  config: QuickscaleConfig;
  catalog: Catalog;
  /** Folders the module packages (and the kernel) are found in. */
  packageDirs: string[];
  parts?: Part[];
  /** How each package's files are read (default: from its folder). */
  embed?: (pkg: PackageRef) => EmbedSource;
}

/** Builds the plan; throws a CliError naming what is wrong with the composition. */
export function buildPlan(input: PlanInput): Plan {
  const { config, catalog } = input;
  const modules = orderModules(
    Object.keys(config.modules)
      .map((id) => catalog.modules.find((m) => m.id === id))
      .filter((m): m is ModuleInfo => m !== undefined),
  );
  const parts = selectParts(input.parts ?? loadParts(catalog), config, modules);
  const packages = embeddedPackages(modules, input);
  const view = viewOf(config, modules);
  const env = plannedEnv(config, modules, parts, view);
  const files = new Map<string, PlannedFile>();
  const add = (file: PlannedFile) => {
    const existing = files.get(file.path);
    if (existing) {
      throw new CliError(
        'part-conflict',
        `${file.path} is written by both ${existing.origin} and ${file.origin}`,
        'Two parts may not write the same file; move the shared content into one of them.',
      );
    }
    files.set(file.path, file);
  };
  for (const part of parts) for (const file of partFiles(part, config, view)) add(file);
  for (const file of composedFiles(config, modules, parts, packages, env, view)) add(file);
  const moduleFiles = packages
    .flatMap((p) =>
      p.source.files().map((f) => ({
        path: `${p.path}/${f.path}`,
        content: f.content,
        origin: `module:${p.id}`,
      })),
    )
    .sort(byPath);
  return {
    config,
    cliVersion: cliVersion(),
    parts,
    modules,
    packages,
    files: [...files.values()].sort(byPath),
    moduleFiles,
    env,
    migrations: plannedMigrations(modules, parts),
    setup: setupSteps(config, env, parts),
  };
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The kernel, the selected modules, their workspace dependencies, and test-kit for their tests. */
function embeddedPackages(modules: ModuleInfo[], input: PlanInput): EmbeddedPackage[] {
  const embed = input.embed ?? ((pkg: PackageRef) => copySource(pkg.dir));
  const out = new Map<string, EmbeddedPackage>();
  const needed = (name: string, id: string, keys: string[]) => {
    if (out.has(name)) return;
    const ref = findPackage(name, input.packageDirs);
    if (!ref) {
      throw new CliError(
        'package-not-found',
        `the package ${name} (needed by ${id}) is not in ${input.packageDirs.join(', ')}`,
        'Run quickscale inside the Q-Space repository, or point QUICKSCALE_PACKAGES at the folder that holds the Q-Space packages.',
      );
    }
    out.set(name, {
      id,
      packageName: ref.name,
      version: ref.version,
      path: `${EMBED_DIR}/${ref.folder}`,
      source: embed(ref),
      keys,
    });
    for (const dep of [...Object.keys(ref.dependencies), ...Object.keys(ref.devDependencies)].sort())
      if (dep.startsWith('@qspace/')) needed(dep, dep.slice('@qspace/'.length), keys);
  };
  needed('@qspace/core', 'core', ['schema_version']);
  for (const m of modules) needed(m.packageName, m.id, [`modules.${m.id}`]);
  return [...out.values()].sort(byPath);
}

/** What templates can read. Flags are booleans so `{{#if …}}` reads naturally. */
export function viewOf(config: QuickscaleConfig, modules: ModuleInfo[]): View {
  const frontend = frontendOf(config);
  const database = databaseOf(config);
  const platform = config.deployment?.platform ?? 'docker';
  const title = config.project.name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
  return {
    project: {
      name: config.project.name,
      version: config.project.version,
      description: config.project.description ?? `${title}, composed with QuickScale.`,
      title,
    },
    theme: { id: config.theme, [config.theme]: true },
    frontend: {
      id: frontend,
      [frontend]: true,
      variant: config.frontend.variant,
      source: config.frontend.source,
      custom: config.frontend.source.startsWith('.'),
      folder: config.frontend.source.startsWith('.')
        ? config.frontend.source.replace(/^\.\//, '').replace(/\/$/, '')
        : 'frontend',
    },
    modules: {
      ...Object.fromEntries(modules.map((m) => [m.id, true])),
      list: modules.map((m) => m.id).join(', '),
    },
    database: { id: database, [database]: true },
    platform: { id: platform, [platform]: true },
    extensions: config.backend_extensions,
    extensionsPartImport: relativeImport(config.backend_extensions, 'src/kernel/part.ts'),
    cli: { version: cliVersion() },
  };
}

function partFiles(part: Part, config: QuickscaleConfig, view: View): PlannedFile[] {
  return part.files.map((file) => {
    const source = partFile(part, file);
    let target = file.endsWith('.tmpl') ? file.slice(0, -'.tmpl'.length) : file;
    if (part.id === 'base' && target === DEFAULT_EXTENSIONS_FILE) target = config.backend_extensions;
    const raw = readFileSync(source);
    const content = file.endsWith('.tmpl')
      ? Buffer.from(renderTemplate(`${part.id}/files/${file}`, raw.toString('utf8'), view))
      : raw;
    return { path: target, content, origin: part.id };
  });
}

/** The variables the project reads, module options applied (defaults set, names changed). */
function plannedEnv(
  config: QuickscaleConfig,
  modules: ModuleInfo[],
  parts: Part[],
  view: View,
): PlannedEnvVar[] {
  const partDefaults = new Map<string, { value: string; part: string }>();
  for (const part of parts)
    for (const [name, value] of Object.entries(part.manifest.env_defaults))
      partDefaults.set(name, { value: renderTemplate(`${part.id}/part.json`, value, view), part: part.id });
  const out: PlannedEnvVar[] = [];
  for (const part of parts)
    for (const v of part.manifest.env) out.push({ ...v, owner: part.module ?? part.id });
  for (const m of modules) {
    const options = config.modules[m.id] ?? {};
    for (const v of m.env) {
      const planned: PlannedEnvVar = { ...v, owner: m.id };
      const fromPart = partDefaults.get(v.name);
      if (fromPart) {
        planned.default = fromPart.value;
        planned.setBy = 'project.name';
      }
      for (const [key, spec] of Object.entries(m.options)) {
        const value = options[key];
        if (value === undefined) continue;
        if (spec.type === 'env' && spec.default === v.name && value !== v.name)
          planned.readFrom = String(value);
        if (spec.type !== 'env' && spec.env === v.name) {
          planned.setBy = `modules.${m.id}.${key}`;
          planned.default =
            spec.type === 'integer' && spec.scale ? String(Number(value) * spec.scale) : String(value);
        }
      }
      out.push(planned);
    }
  }
  const byName = new Map<string, PlannedEnvVar>();
  for (const v of out) if (!byName.has(v.name)) byName.set(v.name, v);
  return [...byName.values()];
}

function plannedMigrations(modules: ModuleInfo[], parts: Part[]): PlannedMigration[] {
  const tags = (dir: string): string[] => {
    try {
      const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as {
        entries: Array<{ idx: number; tag: string }>;
      };
      return [...journal.entries].sort((a, b) => a.idx - b.idx).map((e) => e.tag);
    } catch {
      return [];
    }
  };
  const out: PlannedMigration[] = [];
  for (const m of modules) if (m.migrationsDir) out.push({ owner: m.id, tags: tags(m.migrationsDir) });
  for (const p of parts) {
    const dir = p.manifest.migrations;
    if (dir) out.push({ owner: p.id, tags: tags(join(p.dir, 'files', dir)) });
  }
  return out;
}

function setupSteps(config: QuickscaleConfig, env: PlannedEnvVar[], parts: Part[]): string[] {
  const steps: string[] = [];
  if (databaseOf(config) === 'postgresql') {
    steps.push('Create a PostgreSQL database and set DATABASE_URL to it (docker compose up starts one).');
  }
  for (const v of env) {
    if (v.secret && v.required) {
      steps.push(`Set ${v.readFrom ?? v.name} in production: ${v.description}`);
    }
  }
  for (const p of parts) steps.push(...p.manifest.setup);
  return steps;
}

// ─── composed files ──────────────────────────────────────────────────────────────────────────────

function composedFiles(
  config: QuickscaleConfig,
  modules: ModuleInfo[],
  parts: Part[],
  packages: EmbeddedPackage[],
  env: PlannedEnvVar[],
  view: View,
): PlannedFile[] {
  const file = (p: string, text: string): PlannedFile => ({
    path: p,
    content: Buffer.from(text),
    origin: 'composed',
  });
  return [
    file('package.json', packageJson(config, parts, packages)),
    file('src/composition.ts', compositionTs(config, modules, parts, env)),
    file('.env.example', envExample(config, env, view)),
    file('tsconfig.json', tsconfigJson(packages, parts)),
    file('tsconfig.app.json', tsconfigApp(packages)),
    file('.gitignore', gitignore(parts)),
  ];
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function packageJson(config: QuickscaleConfig, parts: Part[], packages: EmbeddedPackage[]): string {
  const dependencies: Record<string, string> = {};
  const devDependencies: Record<string, string> = {};
  const internal = new Set(packages.map((p) => p.packageName));
  for (const p of packages) {
    // test-kit only serves the embedded modules' own tests.
    (p.id === 'test-kit' ? devDependencies : dependencies)[p.packageName] = p.version;
    const ref = JSON.parse(
      p.source
        .files()
        .find((f) => f.path === 'package.json')
        ?.content.toString() ?? '{}',
    ) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    for (const name of Object.keys(ref.dependencies ?? {}))
      if (!internal.has(name)) (p.id === 'test-kit' ? devDependencies : dependencies)[name] = pin(name);
    for (const name of Object.keys(ref.devDependencies ?? {}))
      if (!internal.has(name) && !(name in dependencies)) devDependencies[name] = pin(name);
  }
  for (const name of BASE_RUNTIME) dependencies[name] = pin(name);
  for (const part of parts) for (const name of part.manifest.dependencies) dependencies[name] = pin(name);
  for (const name of BASE_TOOLS) if (!(name in dependencies)) devDependencies[name] = pin(name);
  for (const part of parts)
    for (const name of part.manifest.devDependencies)
      if (!(name in dependencies)) devDependencies[name] = pin(name);
  for (const name of Object.keys(dependencies)) delete devDependencies[name];
  const scripts: Record<string, string> = {};
  for (const part of parts) {
    for (const [name, command] of Object.entries(part.manifest.scripts)) {
      if (scripts[name] !== undefined && scripts[name] !== command) {
        throw new CliError(
          'part-conflict',
          `the script "${name}" is defined differently by two parts (the second is ${part.id})`,
          'Give one of the scripts another name.',
        );
      }
      scripts[name] = command;
    }
  }
  const pkg = {
    name: config.project.name,
    version: config.project.version,
    description: config.project.description ?? '',
    private: true,
    type: 'module',
    engines: { node: '>=20.19' },
    workspaces: [`${EMBED_DIR}/*`],
    scripts: sortKeys(scripts),
    dependencies: sortKeys(dependencies),
    devDependencies: sortKeys(devDependencies),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** `auth:server` → `authServer`, `themes/todo/htmx` → `themesTodoHtmx`. */
function identifier(id: string): string {
  const words = id.split(/[^a-zA-Z0-9]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');
}

function relativeImport(from: string, to: string): string {
  const rel = path.relative(path.dirname(from), to).replace(/\.ts$/, '.js');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const GENERATED = `// Generated by QuickScale from quickscale.yml: which modules and parts make up this project.
// \`quickscale generate\` rewrites it; put your own code in the backend extensions file instead.`;

function compositionTs(
  config: QuickscaleConfig,
  modules: ModuleInfo[],
  parts: Part[],
  env: PlannedEnvVar[],
): string {
  const self = 'src/composition.ts';
  const lines: string[] = [GENERATED, "import { coreEnv, defineEnv, type EnvValues } from '@qspace/core';"];
  const envSpreads = ['...coreEnv'];
  for (const m of modules) {
    if (!m.envExport) continue;
    lines.push(`import { ${m.envExport} } from '${m.packageName}';`);
    envSpreads.push(`...${m.envExport}`);
  }
  const servers: string[] = [];
  for (const part of parts) {
    const server = part.manifest.server;
    if (!server) continue;
    const name = identifier(part.id);
    const hasEnv = part.manifest.env.length > 0;
    lines.push(
      `import ${name}${hasEnv ? `, { env as ${name}Env }` : ''} from '${relativeImport(self, server.file)}';`,
    );
    if (hasEnv) envSpreads.push(`...${name}Env`);
    servers.push(name);
  }
  lines.push(`import extensions from '${relativeImport(self, config.backend_extensions)}';`);
  servers.push('extensions');
  const defaults = env.filter((v) => v.setBy !== undefined && v.default !== undefined);
  const aliases = env.filter((v) => v.readFrom);
  const nav = parts
    .flatMap((p) => p.manifest.nav)
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  lines.push(
    '',
    '/** Every environment variable the project reads, validated together at start-up. */',
    `export const env = defineEnv({ ${envSpreads.join(', ')} });`,
    'export type Config = EnvValues<typeof env>;',
    '',
    '/** Defaults that quickscale.yml sets for variables left unset (the environment still wins). */',
    `export const envDefaults: Record<string, string> = ${JSON.stringify(
      Object.fromEntries(defaults.map((v) => [v.name, v.default as string])),
      null,
      2,
    )};`,
    '',
    '/** Variables read from another name, as quickscale.yml asks (`*_env` options). */',
    `export const envAliases: Record<string, string> = ${JSON.stringify(
      Object.fromEntries(aliases.map((v) => [v.name, v.readFrom as string])),
      null,
      2,
    )};`,
    '',
    '/** Server parts in the order they are set up: kernel, modules (dependencies first), theme, yours. */',
    `export const parts = [${servers.join(', ')}];`,
    '',
    '/** Navigation entries contributed by the parts, in order. */',
    `export const nav: NavItem[] = ${JSON.stringify(nav, null, 2)};`,
    '',
    `export const project = ${JSON.stringify({
      name: config.project.name,
      title: config.project.name
        .split('-')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join(' '),
      version: config.project.version,
      theme: config.theme,
      frontend: frontendOf(config),
      variant: config.frontend.variant,
      modules: modules.map((m) => m.id),
    })} as const;`,
    '',
    'export interface NavItem {',
    '  label: string;',
    '  href: string;',
    '  order: number;',
    '  signedIn: boolean;',
    '}',
    '',
  );
  return lines.join('\n');
}

function envExample(config: QuickscaleConfig, env: PlannedEnvVar[], view: View): string {
  const title = (view.project as { title: string }).title;
  const lines = [
    `# ${title}: environment variables. Copy to .env and change what you need; every variable is`,
    '# optional in development. Secrets belong in the environment, never in quickscale.yml.',
  ];
  let owner = '';
  for (const v of env) {
    if (v.owner !== owner) {
      owner = v.owner;
      lines.push('', `# ── ${owner} ──`);
    }
    const name = v.readFrom ?? v.name;
    lines.push(`# ${v.description.replace(/\s+/g, ' ')}`);
    if (v.readFrom) lines.push(`# (read as ${v.name}: quickscale.yml renames it)`);
    const value = v.example ?? v.default ?? '';
    const shown = v.secret ? '' : value;
    const isDatabase = name === 'DATABASE_URL' && databaseOf(config) === 'postgresql';
    lines.push(`${isDatabase || v.required ? '' : '# '}${name}=${isDatabase ? (v.example ?? '') : shown}`);
  }
  return `${lines.join('\n')}\n`;
}

function tsconfigJson(packages: EmbeddedPackage[], parts: Part[]): string {
  const references = [
    ...packages.map((p) => ({ path: p.path })),
    { path: 'tsconfig.app.json' },
    ...(parts.some((p) => p.files.includes('frontend/tsconfig.json')) ? [{ path: 'frontend' }] : []),
  ];
  return `${JSON.stringify(
    {
      '//': 'Solution file: `npm run typecheck` (tsc -b) checks the embedded modules, the server and the frontend.',
      files: [],
      references,
    },
    null,
    2,
  )}\n`;
}

function tsconfigApp(packages: EmbeddedPackage[]): string {
  return `${JSON.stringify(
    {
      '//': 'The server and its tests; the embedded modules are referenced so their types come from their source.',
      extends: './tsconfig.base.json',
      compilerOptions: {
        rootDir: '.',
        outDir: '.tsbuild/app',
        tsBuildInfoFile: '.tsbuild/app/tsconfig.tsbuildinfo',
      },
      include: ['src', 'test', 'vitest.config.ts'],
      references: packages.filter((p) => p.id !== 'test-kit').map((p) => ({ path: p.path })),
    },
    null,
    2,
  )}\n`;
}

function gitignore(parts: Part[]): string {
  const lines = ['node_modules/', '.tsbuild/', '.qspace/', '.env', '*.tsbuildinfo'];
  for (const p of parts) for (const l of p.manifest.ignore) if (!lines.includes(l)) lines.push(l);
  return `${lines.join('\n')}\n`;
}

/** Nav items of a plan (for `explain` and tests). */
export function navOf(plan: Plan): NavItem[] {
  return plan.parts.flatMap((p) => p.manifest.nav);
}
