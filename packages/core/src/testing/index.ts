/** Test helpers for Q-Space packages: `import { createTestDatabase } from '@qspace/core/testing'`. */
export { ManualClock } from '../clock.js';
export {
  createEmptyServerDatabase,
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseOptions,
  testServerUrl,
} from './database.js';
export { waitFor } from './wait.js';
