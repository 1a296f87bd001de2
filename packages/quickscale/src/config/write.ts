/**
 * Writes a quickscale.yml from answers (the `init` wizard and `create` flags): schema version 1,
 * commented so a person can read and edit it, modules with their options or `{}` for defaults.
 */
import { stringify } from 'yaml';
import { SCHEMA_VERSION } from './rules.js';

export interface ConfigAnswers {
  name: string;
  version?: string;
  description?: string;
  theme: string;
  frontend: string;
  variant?: string;
  modules: Record<string, Record<string, unknown>>;
  database?: 'pglite' | 'postgresql';
  platform?: 'docker' | 'node';
}

export function configText(a: ConfigAnswers): string {
  const modules = Object.keys(a.modules)
    .sort()
    .map((id) => {
      const options = a.modules[id] ?? {};
      const value = Object.keys(options).length === 0 ? '{}' : stringify(options, { flow: true }).trim();
      return `  ${id}: ${value}`;
    });
  const lines = [
    '# QuickScale project configuration (schema version 1).',
    '# `quickscale validate` checks it; `quickscale generate` applies it. Secrets never go here:',
    '# options ending in _env name the environment variable that holds them.',
    `schema_version: ${SCHEMA_VERSION}`,
    'project:',
    `  name: ${a.name}`,
    `  version: ${a.version ?? '0.1.0'}`,
    ...(a.description ? [`  description: ${JSON.stringify(a.description)}`] : []),
    `theme: ${a.theme}`,
    'frontend:',
    `  source: ${a.frontend}`,
    `  variant: ${a.variant ?? 'default'}`,
    ...(modules.length > 0 ? ['modules:', ...modules] : []),
    'deployment:',
    `  platform: ${a.platform ?? 'docker'}`,
    `  database: ${a.database ?? 'pglite'}`,
  ];
  return `${lines.join('\n')}\n`;
}
