import { fileURLToPath } from 'node:url';
import type { MigrationSource } from '@qspace/core';

export const analyticsMigrations: MigrationSource = {
  module: 'analytics',
  dir: fileURLToPath(new URL('../migrations', import.meta.url)),
  // Analytics rows reference apps(id) so deleting an App removes its analytics.
  dependsOn: ['core', 'auth'],
};
