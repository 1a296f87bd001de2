/**
 * Turns a module's declared options (its manifest) into the Zod schema that validates them — the
 * same schema feeds validation and the published JSON Schema, so they cannot disagree.
 */
import { z } from 'zod';
import type { ModuleInfo } from '../manifests/catalog.js';
import { ENV_NAME, type OptionSpec } from '../manifests/module-manifest.js';
import { looksLikeSecret } from './secrets.js';

/** Same shape the notifications module accepts for MAIL_FROM. */
const MAILBOX = /^(.+<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

/** Marks an issue so the reporter can give it its own diagnostic code. */
export const LITERAL_SECRET = 'literal-secret';

function refuseSecrets(value: string, ctx: z.RefinementCtx): void {
  if (looksLikeSecret(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'looks like a literal secret — secrets never go in quickscale.yml',
      params: { code: LITERAL_SECRET },
    });
  }
}

function stringOption(spec: Extract<OptionSpec, { type: 'string' }>): z.ZodType {
  let schema = z.string();
  if (spec.format === 'email')
    schema = schema.regex(/^[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+$/, 'must be an email address');
  if (spec.format === 'mailbox') schema = schema.regex(MAILBOX, 'must be an address like Name <name@domain>');
  if (spec.format === 'url') schema = schema.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL');
  if (spec.pattern) schema = schema.regex(new RegExp(spec.pattern), `must match ${spec.pattern}`);
  return schema.superRefine(refuseSecrets);
}

function envOption(): z.ZodType {
  return z.string().superRefine((value, ctx) => {
    if (looksLikeSecret(value)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'holds what looks like a literal secret — name the environment variable that holds it instead',
        params: { code: LITERAL_SECRET },
      });
    } else if (!ENV_NAME.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must name an environment variable (upper case, digits and _, e.g. SMTP_URL)',
      });
    }
  });
}

/** The Zod schema of one option, with its description and default. */
export function optionSchema(spec: OptionSpec): z.ZodType {
  let schema: z.ZodType;
  switch (spec.type) {
    case 'string':
      schema = stringOption(spec);
      break;
    case 'integer': {
      let n = z.number().int('must be a whole number');
      if (spec.minimum !== undefined) n = n.min(spec.minimum, `must be at least ${spec.minimum}`);
      if (spec.maximum !== undefined) n = n.max(spec.maximum, `must be at most ${spec.maximum}`);
      schema = n;
      break;
    }
    case 'boolean':
      schema = z.boolean();
      break;
    case 'enum':
      schema = z.enum(spec.values as [string, ...string[]]);
      break;
    case 'env':
      schema = envOption();
      break;
  }
  schema = schema.meta({ description: spec.description });
  if (spec.default !== undefined) return schema.default(spec.default as never);
  return spec.required ? schema : schema.optional();
}

/** A module's options: a closed mapping (unknown option keys are errors). */
export function moduleOptionsSchema(module: ModuleInfo) {
  const shape = Object.fromEntries(
    Object.entries(module.options).map(([k, spec]) => [k, optionSchema(spec)]),
  );
  return z.strictObject(shape).meta({ description: module.description });
}
