import { defineConfig } from 'vitest/config';

/**
 * Four projects: pure unit tests, the integration suite twice (embedded PGlite and a throw-away
 * PostgreSQL cluster), and the browser end-to-end suite. Each integration file gets its own database.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'web/**/*.test.ts', 'bin/**/*.test.ts', 'bench/**/*.test.ts'],
          // The web app loads one dictionary per language on demand; unit tests get all three up front.
          setupFiles: ['web/i18n/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'int-pglite',
          include: ['server/**/*.test.ts'],
          env: { BORGERBLIK_TEST_DB: 'pglite' },
          globalSetup: ['test/pglite-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'int-postgres',
          include: ['server/**/*.test.ts'],
          env: { BORGERBLIK_TEST_DB: 'postgres' },
          globalSetup: ['test/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/template-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
