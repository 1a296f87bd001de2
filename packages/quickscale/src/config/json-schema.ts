/**
 * The JSON Schema of quickscale.yml, generated from the same Zod definition validation uses, so
 * editors (YAML language server, IDEs) autocomplete and check exactly what the CLI accepts.
 * Published as schema/quickscale.schema.json; a test keeps the file in step with the definitions.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { type Catalog, PACKAGE_ROOT } from '../manifests/catalog.js';
import { configSchema } from './schema.js';

export const SCHEMA_FILE = join(PACKAGE_ROOT, 'schema', 'quickscale.schema.json');

export function jsonSchema(catalog: Catalog): Record<string, unknown> {
  // `input`: a key with a default may be left out of the file, so it is not required in the schema.
  return z.toJSONSchema(configSchema(catalog), { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
}

/** The schema as written to the published file (stable formatting, trailing newline). */
export function jsonSchemaText(catalog: Catalog): string {
  return `${JSON.stringify(jsonSchema(catalog), null, 2)}\n`;
}
