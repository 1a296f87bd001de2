import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'quickscale',
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
