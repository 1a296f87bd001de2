/**
 * The project's configuration: every variable of `env` (src/composition.ts) validated at once, after
 * applying what quickscale.yml says — variables read from another name (`*_env` options) and
 * defaults for variables left unset. A bad value stops start-up with one message naming every
 * variable that needs fixing and how.
 */
import { parseEnv } from '@qspace/core';
import { type Config, env, envAliases, envDefaults } from '../composition.js';

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const values: Record<string, string | undefined> = { ...source };
  for (const [name, from] of Object.entries(envAliases)) values[name] = source[from];
  for (const [name, value] of Object.entries(envDefaults)) {
    if (values[name] === undefined || values[name] === '') values[name] = value;
  }
  return parseEnv(env, values);
}
