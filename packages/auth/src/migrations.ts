import { fileURLToPath } from 'node:url';
import type { MigrationSource } from '@qspace/core';

export const authMigrations: MigrationSource = {
  module: 'auth',
  dir: fileURLToPath(new URL('../migrations', import.meta.url)),
  dependsOn: ['core'],
};
