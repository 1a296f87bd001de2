import { fileURLToPath } from 'node:url';
import type { MigrationSource } from './source.js';

/** Core's own migrations (the jobs table). Every app lists it first. */
export const coreMigrations: MigrationSource = {
  module: 'core',
  dir: fileURLToPath(new URL('../../migrations', import.meta.url)),
};
