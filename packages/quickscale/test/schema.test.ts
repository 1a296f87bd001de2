/**
 * The published JSON Schema and the generated parts of the manifests are in step with their
 * sources: the Zod definitions, each module's env.ts, and site-kit's DESIGN_SYSTEMS.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../src/config/json-schema.js';
import { isUpToDate, planSync } from '../src/manifests/sync.js';
import { cli, PACKAGE_DIR } from './helpers.js';

interface JsonSchema {
  properties: Record<string, JsonSchema>;
  additionalProperties?: boolean;
  required?: string[];
  default?: unknown;
  enum?: string[];
  anyOf?: JsonSchema[];
  type?: string;
}

describe('generated files', () => {
  it('schema/quickscale.schema.json, themes/theme.schema.json and the manifest env/variants lists are up to date', async () => {
    const stale = (await planSync()).filter((p) => !isUpToDate(p)).map((p) => relative(PACKAGE_DIR, p.file));
    // If this fails: run `npm run sync -w packages/quickscale` and commit the result.
    expect(stale).toEqual([]);
  });
});

describe('the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;

  it('closes every object and requires what the spec requires', () => {
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['schema_version', 'project', 'theme', 'frontend']);
    expect(schema.properties.project?.required).toEqual(['name', 'version']);
    expect(schema.properties.deployment?.additionalProperties).toBe(false);
  });

  it("carries each module's options with their defaults", () => {
    const modules = schema.properties.modules as JsonSchema;
    expect(modules.additionalProperties).toBe(false);
    const auth = modules.properties.auth?.anyOf?.find((s) => s.type === 'object');
    expect(auth?.properties.session_days).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 365,
      default: 30,
    });
    expect(auth?.additionalProperties).toBe(false);
  });

  it('lists the themes from their manifests', () => {
    expect(schema.properties.theme?.enum).toEqual(['pages', 'starter', 'todo']);
  });

  it('is what `quickscale config schema` prints', async () => {
    const run = await cli(['config', 'schema']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(schema);
  });
});
