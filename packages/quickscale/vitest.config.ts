import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'quickscale',
    include: ['test/**/*.test.ts'],
    // The generated-project matrix takes minutes: `npm run test:matrix` (vitest.matrix.config.ts).
    exclude: ['test/matrix/**'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
