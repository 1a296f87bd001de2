import { defineConfig } from 'vitest/config';

// The generated-project matrix (`npm run test:matrix`): every theme × frontend created outside the
// repository, installed, typechecked, tested, booted and opened in Chromium. Minutes, not seconds,
// so it runs in CI as its own step rather than in `npm test`. Two themes at a time on two cores.
export default defineConfig({
  test: {
    name: 'quickscale-matrix',
    include: ['test/matrix/*.matrix.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
