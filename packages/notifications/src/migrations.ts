import { fileURLToPath } from 'node:url';
import type { MigrationSource } from '@qspace/core';

export const notificationsMigrations: MigrationSource = {
  module: 'notifications',
  dir: fileURLToPath(new URL('../migrations', import.meta.url)),
  dependsOn: ['core'],
};
