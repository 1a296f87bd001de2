import { fileURLToPath } from 'node:url';
import type { MigrationSource } from '@qspace/core';

export const contentMigrations: MigrationSource = {
  module: 'content',
  dir: fileURLToPath(new URL('../migrations', import.meta.url)),
  // Content rows reference apps(id) so deleting an App removes its site.
  dependsOn: ['core', 'auth'],
};
