/** quickscale — the library behind the CLI: catalog, validation, JSON Schema and migration. */
export { main } from './cli/program.js';
export type { Diagnostic, DiagnosticCode, Severity } from './config/diagnostics.js';
export { didYouMean, levenshtein } from './config/did-you-mean.js';
export { jsonSchema, jsonSchemaText, SCHEMA_FILE } from './config/json-schema.js';
export { type MigrationResult, migrateText } from './config/migrate.js';
export { configSchema, type QuickscaleConfig } from './config/schema.js';
export { type ValidationResult, validateFile, validateText } from './config/validate.js';
export {
  type Catalog,
  type CatalogSources,
  loadCatalog,
  type ModuleInfo,
  type ThemeInfo,
} from './manifests/catalog.js';
