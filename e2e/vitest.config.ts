import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/**/*.browser.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    // Runs after the other projects: one browser, no competition for the two cores.
    sequence: { groupOrder: 1 },
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
