/** Plain-data views of themes and modules, shared by `list` and `info` (text and --json). */
import { existsSync, readdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Catalog, ModuleInfo, ThemeInfo } from '../manifests/catalog.js';
import type { OptionSpec } from '../manifests/module-manifest.js';

export interface ModuleView {
  kind: 'module';
  id: string;
  package: string;
  version: string;
  description: string;
  options: Record<string, OptionSpec>;
  env: ModuleInfo['env'];
  migrations: { folder: string; files: string[] } | null;
  requires: string[];
  themes: string[];
  requiredBy: string[];
}

export interface ThemeView {
  kind: 'theme';
  id: string;
  version: string;
  description: string;
  requires: string[];
  frontends: ThemeInfo['frontends'];
  modules: string[];
}

export function moduleView(module: ModuleInfo, catalog: Catalog): ModuleView {
  const migrations =
    module.migrationsDir && existsSync(module.migrationsDir)
      ? {
          folder: relative(module.dir, module.migrationsDir),
          files: readdirSync(module.migrationsDir)
            .filter((f) => f.endsWith('.sql'))
            .sort(),
        }
      : null;
  return {
    kind: 'module',
    id: module.id,
    package: module.packageName,
    version: module.version,
    description: module.description,
    options: module.options,
    env: module.env,
    migrations,
    requires: module.requires,
    themes: module.themes,
    requiredBy: [
      ...catalog.themes.filter((t) => t.requires.includes(module.id)).map((t) => `theme ${t.id}`),
      ...catalog.modules.filter((m) => m.requires.includes(module.id)).map((m) => `module ${m.id}`),
    ],
  };
}

export function themeView(theme: ThemeInfo, catalog: Catalog): ThemeView {
  return {
    kind: 'theme',
    id: theme.id,
    version: catalog.version,
    description: theme.description,
    requires: theme.requires,
    frontends: theme.frontends,
    modules: catalog.modules.filter((m) => m.themes.includes(theme.id)).map((m) => m.id),
  };
}

/** `integer 1–365`, `env var (secret)`, `one of a, b`. */
export function optionType(spec: OptionSpec): string {
  switch (spec.type) {
    case 'integer': {
      const range =
        spec.minimum !== undefined && spec.maximum !== undefined
          ? ` ${spec.minimum}–${spec.maximum}`
          : spec.minimum !== undefined
            ? ` ≥ ${spec.minimum}`
            : spec.maximum !== undefined
              ? ` ≤ ${spec.maximum}`
              : '';
      return `integer${range}`;
    }
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'env':
      return spec.secret ? 'env var name (secret)' : 'env var name';
    case 'string':
      return spec.format ? `string (${spec.format})` : 'string';
    default:
      return spec.type;
  }
}

export function optionDefault(spec: OptionSpec): string {
  if (spec.default !== undefined) return `default ${String(spec.default)}`;
  return spec.required ? 'required' : 'optional';
}
