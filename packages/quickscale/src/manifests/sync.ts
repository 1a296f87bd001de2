/**
 * Keeps the generated parts of the manifests true to the code they describe, the same way
 * `npm run docs:config` keeps the README's variable table true:
 *  - a module's `env` list comes from its exported `defineEnv` spec (`env_export`),
 *  - a module's `variants` come from an exported list (`variants_export`, e.g. site-kit's
 *    DESIGN_SYSTEMS, which become the `pages` theme's variants),
 *  - schema/quickscale.schema.json and themes/theme.schema.json come from the Zod definitions.
 * `planSync` computes every file's expected text; the script writes them, the test compares them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { jsonSchemaText, SCHEMA_FILE } from '../config/json-schema.js';
import { loadParts, partManifestSchema } from '../generate/parts.js';
import { findPackage } from '../generate/sources.js';
import { BASE_RUNTIME, BASE_TOOLS, VERSIONS_FILE } from '../generate/versions.js';
import { type Catalog, type CatalogSources, loadCatalog, type ModuleInfo, PACKAGE_ROOT } from './catalog.js';
import { type EnvVarSpec, themeManifestSchema, type VariantSpec } from './module-manifest.js';

export interface PlannedFile {
  file: string;
  current: string;
  expected: string;
}

/**
 * Whether a planned file is already right. JSON files are compared as data: the repository's
 * formatter (Biome) lays out the published schemas its own way after they are written.
 */
export function isUpToDate(plan: PlannedFile): boolean {
  if (plan.current === plan.expected) return true;
  if (!plan.file.endsWith('.json') || plan.file.endsWith('package.json')) return false;
  try {
    return JSON.stringify(JSON.parse(plan.current)) === JSON.stringify(JSON.parse(plan.expected));
  } catch {
    return false;
  }
}

/** The shape of `defineEnv` entries in @qspace/core (a Zod schema plus documentation). */
interface EnvDeclaration {
  schema: z.ZodType;
  description: string;
  example?: string;
  secret?: boolean;
}

function envOf(spec: Record<string, EnvDeclaration>): EnvVarSpec[] {
  return Object.entries(spec).map(([name, v]) => {
    const unset = v.schema.safeParse(undefined);
    const fallback = unset.success && unset.data !== undefined ? String(unset.data) : undefined;
    return {
      name,
      description: v.description,
      required: !unset.success,
      secret: v.secret === true,
      ...(fallback !== undefined ? { default: fallback } : {}),
      ...(v.example !== undefined ? { example: v.example } : {}),
    };
  });
}

function variantsOf(
  list: Array<{ id: string; name: string; description: string; category?: string }>,
): VariantSpec[] {
  return list.map((d) => ({
    id: d.id,
    name: d.name,
    description: d.description,
    ...(d.category ? { group: d.category } : {}),
  }));
}

async function loadEntry(module: ModuleInfo): Promise<Record<string, unknown>> {
  const pkg = JSON.parse(readFileSync(join(module.dir, 'package.json'), 'utf8')) as {
    exports?: Record<string, string>;
    main?: string;
  };
  const entry = pkg.exports?.['.'] ?? pkg.main ?? 'index.js';
  return (await import(pathToFileURL(join(module.dir, entry)).href)) as Record<string, unknown>;
}

/**
 * Replaces the top-level "quickscale" value of a package.json, touching no other line (other
 * engineers own the rest of the file, including how it escapes characters).
 */
export function withManifest(raw: string, manifest: unknown): string {
  const block = JSON.stringify(manifest, null, 2).replaceAll('\n', '\n  ');
  const start = raw.search(/\n {2}"quickscale": /);
  let next: string;
  if (start >= 0) {
    const end = raw.lastIndexOf('\n}');
    next = `${raw.slice(0, start)}\n  "quickscale": ${block}${raw.slice(end)}`;
  } else {
    const end = raw.lastIndexOf('\n}');
    next = `${raw.slice(0, end)},\n  "quickscale": ${block}${raw.slice(end)}`;
  }
  const parsed = JSON.parse(next) as { quickscale?: unknown };
  if (JSON.stringify(parsed.quickscale) !== JSON.stringify(manifest)) {
    throw new Error('"quickscale" must be the last key of package.json for the manifest sync');
  }
  return next;
}

async function modulePlan(module: ModuleInfo): Promise<PlannedFile | undefined> {
  if (!module.envExport && !module.variantsExport) return undefined;
  const file = join(module.dir, 'package.json');
  const current = readFileSync(file, 'utf8');
  const manifest = (JSON.parse(current) as { quickscale: Record<string, unknown> }).quickscale;
  const entry = await loadEntry(module);
  const next = { ...manifest };
  if (module.envExport) next.env = envOf(entry[module.envExport] as Record<string, EnvDeclaration>);
  if (module.variantsExport) next.variants = variantsOf(entry[module.variantsExport] as never);
  return { file, current, expected: withManifest(current, next) };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Every generated file with its current and expected text. */
export async function planSync(sources: CatalogSources = {}): Promise<PlannedFile[]> {
  const catalog = loadCatalog(sources);
  const plans: PlannedFile[] = [];
  for (const module of catalog.modules) {
    const plan = await modulePlan(module);
    if (plan) plans.push(plan);
  }
  // The JSON Schema depends on the manifests, so compute it from their expected content.
  const expectedCatalog: Catalog = withPlannedModules(catalog, plans);
  plans.push({ file: SCHEMA_FILE, current: read(SCHEMA_FILE), expected: jsonSchemaText(expectedCatalog) });
  const versions = versionsPlan(expectedCatalog);
  if (versions) plans.push(versions);
  const themeSchema = join(PACKAGE_ROOT, 'themes', 'theme.schema.json');
  plans.push({
    file: themeSchema,
    current: read(themeSchema),
    expected: `${JSON.stringify(z.toJSONSchema(themeManifestSchema, { io: 'input' }), null, 2)}\n`,
  });
  // Editors check the parts' part.json against it (their "$schema").
  const partSchema = join(PACKAGE_ROOT, 'template', 'part.schema.json');
  plans.push({
    file: partSchema,
    current: read(partSchema),
    expected: `${JSON.stringify(z.toJSONSchema(partManifestSchema, { io: 'input' }), null, 2)}\n`,
  });
  return plans;
}

function withPlannedModules(catalog: Catalog, plans: PlannedFile[]): Catalog {
  const modules = catalog.modules.map((m) => {
    const plan = plans.find((p) => p.file === join(m.dir, 'package.json'));
    if (!plan) return m;
    const manifest = (
      JSON.parse(plan.expected) as { quickscale: { env?: EnvVarSpec[]; variants?: VariantSpec[] } }
    ).quickscale;
    return { ...m, env: manifest.env ?? m.env, variants: manifest.variants ?? m.variants };
  });
  return { ...catalog, modules };
}

/**
 * versions.json: the exact version, from this repository's package-lock.json, of every npm package
 * a generated project can depend on — the modules' own dependencies and the parts' dependencies.
 * Outside the repository (no lockfile) there is nothing to compute and the shipped file stands.
 */
function versionsPlan(catalog: Catalog): PlannedFile | undefined {
  const lockFile = join(PACKAGE_ROOT, '..', '..', 'package-lock.json');
  if (!existsSync(lockFile)) return undefined;
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  const internal = new Set(catalog.modules.map((m) => m.packageName));
  const names = new Set<string>([...BASE_TOOLS, ...BASE_RUNTIME]);
  /** Where npm put a package a workspace depends on: nested in the workspace, else hoisted. */
  const nested = new Map<string, string>();
  const kernel = ['@qspace/core', '@qspace/test-kit']
    .map((name) => findPackage(name, [join(PACKAGE_ROOT, '..')]))
    .filter((p) => p !== undefined);
  for (const m of [...catalog.modules, ...kernel]) {
    const folder = relative(join(PACKAGE_ROOT, '..', '..'), m.dir);
    const pkg = JSON.parse(readFileSync(join(m.dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) {
      if (internal.has(name) || name.startsWith('@qspace/')) continue;
      names.add(name);
      const own = lock.packages[`${folder}/node_modules/${name}`]?.version;
      if (own) nested.set(name, own);
    }
  }
  for (const part of loadParts(catalog))
    for (const name of [...part.manifest.dependencies, ...part.manifest.devDependencies]) names.add(name);
  const versions: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of [...names].sort()) {
    const version = nested.get(name) ?? lock.packages[`node_modules/${name}`]?.version;
    if (version) versions[name] = version;
    else missing.push(name);
  }
  if (missing.length > 0) {
    throw new Error(
      `versions.json: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed in this repository; add ${missing.length === 1 ? 'it' : 'them'} to packages/quickscale's devDependencies`,
    );
  }
  return {
    file: VERSIONS_FILE,
    current: read(VERSIONS_FILE),
    expected: `${JSON.stringify(versions, null, 2)}\n`,
  };
}
