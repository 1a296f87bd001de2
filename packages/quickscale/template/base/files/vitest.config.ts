import { defineConfig } from 'vitest/config';

// `npm test` runs the project's own tests (test/); each embedded module keeps its own suite
// (`npm test -w @qspace/auth`).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
