/**
 * quickscale.yml schema version 1 as one Zod definition, built from the catalog (theme names,
 * bundled frontends and each module's options come from their manifests). Validation and the
 * published JSON Schema are both derived from it.
 */
import { z } from 'zod';
import type { Catalog } from '../manifests/catalog.js';
import { moduleOptionsSchema } from './module-options.js';
import {
  DEFAULT_EXTENSIONS,
  EXTENSIONS_PATH,
  FRONTEND_PATH,
  PROJECT_NAME,
  RESERVED_NAMES,
  SCHEMA_VERSION,
  SEMVER,
} from './rules.js';

/** The validated file, defaults applied. */
export interface QuickscaleConfig {
  schema_version: 1;
  project: { name: string; version: string; description?: string };
  theme: string;
  frontend: { source: string; variant: string };
  modules: Record<string, Record<string, unknown>>;
  backend_extensions: string;
  deployment?: { platform: 'docker' | 'node'; database: 'postgresql' | 'pglite' };
}

function nonEmpty(values: string[]): [string, ...string[]] {
  return values.length > 0 ? (values as [string, ...string[]]) : ['(none)'];
}

const projectSchema = z
  .strictObject({
    name: z
      .string()
      .regex(
        PROJECT_NAME,
        'must be a slug: 3–40 characters of lower-case letters, digits and "-", starting with a letter and not ending with "-"',
      )
      .refine((name) => !RESERVED_NAMES.has(name), {
        error: (issue) => `"${String(issue.input)}" is a reserved name; choose another`,
      })
      .meta({ description: 'Package and folder name of the project (a slug).' }),
    version: z
      .string()
      .regex(SEMVER, 'must be a semantic version such as 1.0.0')
      .meta({ description: 'Version of the project (semver).' }),
    description: z.string().max(200, 'must be at most 200 characters').optional(),
  })
  .meta({ description: 'The project this file generates.' });

function frontendSchema(catalog: Catalog) {
  const bundled = nonEmpty([...new Set(catalog.themes.flatMap((t) => t.frontends.map((f) => f.id)))]);
  const message = `must be a bundled frontend (${bundled.join(', ')}) or a path inside the project such as ./custom_frontend/`;
  return z
    .strictObject({
      source: z.union([z.enum(bundled), z.string().regex(FRONTEND_PATH, message)], { error: message }).meta({
        description: `A bundled frontend of the theme (${bundled.join(' | ')}) or a path such as ./custom_frontend/.`,
      }),
      variant: z
        .string()
        .regex(/^[a-z][a-z0-9_-]*$/, 'must be a folder name such as default')
        .default('default')
        .meta({ description: "A folder under the frontend's variants/." }),
    })
    .meta({ description: 'The presentation: a bundled frontend of the theme or your own.' });
}

function modulesSchema(catalog: Catalog) {
  const shape = Object.fromEntries(
    catalog.modules.map((m) => [m.id, moduleOptionsSchema(m).nullable().optional()]),
  );
  return z
    .strictObject(shape)
    .meta({ description: "Modules to include; each value is a mapping of that module's options." });
}

const deploymentSchema = z
  .strictObject({
    platform: z.enum(['docker', 'node']).default('docker'),
    database: z.enum(['postgresql', 'pglite']).default('pglite'),
  })
  .meta({ description: 'How the project runs in production.' });

/** The whole file. `schema_version` is checked before this runs (newer files are refused outright). */
export function configSchema(catalog: Catalog) {
  return z
    .strictObject({
      schema_version: z.literal(SCHEMA_VERSION).meta({ description: 'Version of this file format.' }),
      project: projectSchema,
      theme: z.enum(nonEmpty(catalog.themes.map((t) => t.id))).meta({
        description: `The starting-point application: ${catalog.themes.map((t) => t.id).join(' | ')}.`,
      }),
      frontend: frontendSchema(catalog),
      modules: modulesSchema(catalog).optional(),
      backend_extensions: z
        .string()
        .regex(EXTENSIONS_PATH, 'must be a .ts file inside the project, such as src/extensions.ts')
        .default(DEFAULT_EXTENSIONS)
        .meta({ description: 'Typed extension points where the project adds its own code.' }),
      deployment: deploymentSchema.optional(),
      customizations: z
        .unknown()
        .optional()
        .meta({ description: 'Recognised but not supported in schema version 1: ignored with a warning.' }),
    })
    .meta({ title: 'quickscale.yml', description: 'QuickScale project configuration, schema version 1.' });
}
