/**
 * Validates quickscale.yml and reports every problem at once, each with its line and column:
 * YAML syntax, pure data, schema version, the schema (keys, values, module options), then the rules
 * that span keys. Errors fail validation; warnings (e.g. `customizations`) do not.
 */
import { readFileSync } from 'node:fs';
import type { Catalog } from '../manifests/catalog.js';
import { byPosition, type Diagnostic } from './diagnostics.js';
import { issueToDiagnostics } from './issues.js';
import { moduleOptionsSchema } from './module-options.js';
import { DEPRECATED_ROOT_KEYS, MIGRATE_HINT, SCHEMA_VERSION, UNSUPPORTED_ROOT_KEYS } from './rules.js';
import { configSchema, type QuickscaleConfig } from './schema.js';
import { crossKeyProblems } from './semantics.js';
import { diagnosticAt, parseSource, pureDataProblems, type SourceFile } from './yaml-source.js';

export interface ValidationResult {
  file: string;
  valid: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** The configuration with defaults applied, when there are no errors. */
  config?: QuickscaleConfig;
}

/** Reads and validates a file; a missing file throws (the caller reports it). */
export function validateFile(file: string, catalog: Catalog): ValidationResult {
  return validateText(file, readFileSync(file, 'utf8'), catalog);
}

export function validateText(file: string, text: string, catalog: Catalog): ValidationResult {
  const parsed = parseSource(file, text);
  if (!parsed.ok) return result(file, parsed.diagnostics);
  const { source } = parsed;
  const diagnostics = pureDataProblems(source);
  const data: unknown = source.doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(
      diagnosticAt(source, [], 'invalid-value', 'the file must be a mapping of keys', {
        hint: 'Start with "schema_version: 1"; `quickscale init` writes a complete file.',
      }),
    );
    return result(file, diagnostics);
  }
  const root = data as Record<string, unknown>;
  const version = versionProblems(source, root);
  if (version.some((d) => d.code === 'schema-version-newer')) return result(file, version);
  diagnostics.push(...version);

  const schema = configSchema(catalog);
  const parsedConfig = schema.safeParse(root, { reportInput: true });
  if (!parsedConfig.success) {
    for (const issue of parsedConfig.error.issues) {
      if (issue.path[0] === 'schema_version') continue; // reported by versionProblems
      diagnostics.push(...issueToDiagnostics(issue, source, root, schema));
    }
  }
  diagnostics.push(...crossKeyProblems(source, root, catalog));
  for (const [key, message] of Object.entries(UNSUPPORTED_ROOT_KEYS)) {
    if (key in root)
      diagnostics.push(
        diagnosticAt(source, [key], 'unsupported-key', message, { key: true, severity: 'warning' }),
      );
  }
  const out = result(file, diagnostics);
  if (out.valid && parsedConfig.success) out.config = normalise(parsedConfig.data, catalog);
  return out;
}

function versionProblems(source: SourceFile, root: Record<string, unknown>): Diagnostic[] {
  const version = root.schema_version;
  if (!('schema_version' in root)) {
    const older = Object.keys(root).some((k) => k in DEPRECATED_ROOT_KEYS);
    return [
      diagnosticAt(source, ['schema_version'], 'schema-version-missing', 'schema_version is required', {
        hint: older
          ? `This looks like a file from an older design. ${MIGRATE_HINT}`
          : `Add "schema_version: ${SCHEMA_VERSION}" as the first line.`,
      }),
    ];
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return [
      diagnosticAt(
        source,
        ['schema_version'],
        'invalid-value',
        `schema_version must be a whole number such as ${SCHEMA_VERSION}`,
      ),
    ];
  }
  if (version > SCHEMA_VERSION) {
    return [
      diagnosticAt(
        source,
        ['schema_version'],
        'schema-version-newer',
        `schema_version ${version} is newer than this quickscale understands (${SCHEMA_VERSION}): upgrade quickscale`,
        { hint: 'Run `npm install -g quickscale@latest`, or `npx quickscale@latest validate`.' },
      ),
    ];
  }
  if (version < SCHEMA_VERSION) {
    return [
      diagnosticAt(
        source,
        ['schema_version'],
        'schema-version-older',
        `schema_version ${version} is an older format`,
        {
          hint: MIGRATE_HINT,
        },
      ),
    ];
  }
  return [];
}

function result(file: string, diagnostics: Diagnostic[]): ValidationResult {
  const seen = new Set<string>();
  const unique = diagnostics.sort(byPosition).filter((d) => {
    const key = `${d.line}:${d.column}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const errors = unique.filter((d) => d.severity === 'error');
  return {
    file,
    valid: errors.length === 0,
    errors,
    warnings: unique.filter((d) => d.severity === 'warning'),
  };
}

/** An empty module entry (`auth:`) means "the defaults"; unsupported keys are dropped. */
function normalise(data: Record<string, unknown>, catalog: Catalog): QuickscaleConfig {
  const { customizations: _ignored, ...config } = data;
  const modules: Record<string, Record<string, unknown>> = {};
  for (const [id, options] of Object.entries((config.modules as Record<string, unknown> | undefined) ?? {})) {
    const module = catalog.modules.find((m) => m.id === id);
    if (module) modules[id] = (options ?? moduleOptionsSchema(module).parse({})) as Record<string, unknown>;
  }
  return { ...(config as unknown as QuickscaleConfig), modules };
}
