import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'analytics',
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
