import { defineConfig } from 'vitest/config';

// `npm test` runs every workspace project. Database suites (`*.db.test.ts`) run on PGlite unless
// TEST_DATABASE_URL points at a PostgreSQL server; browser suites (`*.browser.test.ts`) skip with
// a message when no Chromium is installed.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'scripts/vitest.config.ts',
      'e2e/vitest.config.ts',
    ],
  },
});
