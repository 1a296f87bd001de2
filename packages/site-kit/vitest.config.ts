import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'site-kit',
    include: ['test/**/*.test.{ts,tsx}'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
