import { fileURLToPath } from 'node:url';
import { coreMigrations, type MigrationSource } from '../src/index.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** A test module with one tenant table, `test_notes`. */
export const notesMigrations: MigrationSource = {
  module: 'notes',
  dir: fixture('notes-migrations'),
  dependsOn: ['core'],
};
/** A test module whose table references `test_notes`: must run after `notes`. */
export const reportsMigrations: MigrationSource = {
  module: 'reports',
  dir: fixture('reports-migrations'),
  dependsOn: ['notes'],
};

export const allMigrations = [coreMigrations, notesMigrations, reportsMigrations];

export const APP_A = '0197a000-0000-7000-8000-00000000000a';
export const APP_B = '0197a000-0000-7000-8000-00000000000b';

export { waitFor } from '../src/testing/index.js';
