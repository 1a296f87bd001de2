/**
 * The `"quickscale"` key of a module package's package.json: everything the CLI needs to offer,
 * validate and (later) generate the module, declared by the module itself so no list in the CLI can
 * drift from the packages. Parsed with Zod; a broken manifest is reported with its file.
 */
import { z } from 'zod';

/** Module ids are the keys users write under `modules:`. */
export const MODULE_ID = /^[a-z][a-z0-9-]*$/;
/** Option keys are snake_case, like every other key of quickscale.yml. */
export const OPTION_KEY = /^[a-z][a-z0-9_]*$/;
/** An environment variable name, as POSIX shells accept it (upper case by convention). */
export const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

const common = {
  description: z.string().min(1),
  /** A user must set it; otherwise the default (or nothing) applies. */
  required: z.boolean().optional(),
};

/**
 * The environment variable whose default the option sets in a generated project (the variable,
 * when set, still wins); `scale` multiplies an integer on the way (MiB → bytes).
 */
const sets = {
  env: z.string().regex(ENV_NAME).optional(),
  scale: z.number().int().positive().optional(),
};

export const optionSpecSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('string'),
    ...common,
    default: z.string().optional(),
    /** `mailbox` accepts `name@domain` or `Name <name@domain>`. */
    format: z.enum(['email', 'mailbox', 'url', 'path']).optional(),
    pattern: z.string().optional(),
    ...sets,
  }),
  z.strictObject({
    type: z.literal('integer'),
    ...common,
    default: z.number().int().optional(),
    minimum: z.number().int().optional(),
    maximum: z.number().int().optional(),
    ...sets,
  }),
  z.strictObject({ type: z.literal('boolean'), ...common, default: z.boolean().optional(), ...sets }),
  z.strictObject({
    type: z.literal('enum'),
    ...common,
    values: z.array(z.string().min(1)).min(1),
    default: z.string().optional(),
    ...sets,
  }),
  z.strictObject({
    type: z.literal('env'),
    ...common,
    /**
     * The variable read when the user does not name another; naming another makes the generated
     * project read the module's variable from it.
     */
    default: z.string().regex(ENV_NAME).optional(),
    /** The variable holds a secret (it never appears in the file, only its name does). */
    secret: z.boolean().optional(),
  }),
]);
export type OptionSpec = z.infer<typeof optionSpecSchema>;

export const envVarSchema = z.strictObject({
  name: z.string().regex(ENV_NAME),
  description: z.string(),
  required: z.boolean(),
  secret: z.boolean(),
  default: z.string().optional(),
  example: z.string().optional(),
});
export type EnvVarSpec = z.infer<typeof envVarSchema>;

export const variantSchema = z.strictObject({
  id: z.string().regex(MODULE_ID),
  name: z.string(),
  description: z.string(),
  group: z.string().optional(),
});
export type VariantSpec = z.infer<typeof variantSchema>;

export const moduleManifestSchema = z
  .strictObject({
    /** Key under `modules:`; defaults to the package name without its scope. */
    id: z.string().regex(MODULE_ID).optional(),
    description: z.string().min(1),
    options: z.record(z.string().regex(OPTION_KEY), optionSpecSchema).default({}),
    /** Name of the package's exported `defineEnv` spec; `env` is generated from it (npm run sync). */
    env_export: z.string().optional(),
    env: z.array(envVarSchema).default([]),
    /** Folder of SQL migrations, relative to the package. */
    migrations: z.string().optional(),
    /** Other modules this one cannot work without (reported when missing, never added silently). */
    requires: z.array(z.string().regex(MODULE_ID)).default([]),
    /** Themes the module works in. */
    themes: z.array(z.string().regex(MODULE_ID)).min(1),
    /** Name of an exported list whose entries become frontend variants (generated into `variants`). */
    variants_export: z.string().optional(),
    variants: z.array(variantSchema).default([]),
  })
  .superRefine((manifest, ctx) => {
    for (const [key, spec] of Object.entries(manifest.options)) {
      const named = key.endsWith('_env');
      if (named !== (spec.type === 'env')) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', key],
          message: named
            ? 'an option named *_env must have type "env"'
            : 'an option of type "env" must be named *_env',
        });
      }
    }
  });
export type ModuleManifest = z.infer<typeof moduleManifestSchema>;

export const themeManifestSchema = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().min(1),
  requires: z.array(z.string().regex(MODULE_ID)).default([]),
  frontends: z.record(
    z.string().regex(MODULE_ID),
    z.strictObject({ description: z.string().min(1), variants: z.array(z.string().regex(MODULE_ID)).min(1) }),
  ),
  /** A module whose manifest `variants` are added to every frontend of this theme. */
  variants_from: z.string().regex(MODULE_ID).optional(),
});
export type ThemeManifest = z.infer<typeof themeManifestSchema>;
