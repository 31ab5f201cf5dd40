import { defineConfig } from 'vitest/config';

/**
 * Four projects: pure unit tests, the integration suite twice (embedded PGlite and a throw-away
 * PostgreSQL cluster), and the browser end-to-end suite. Each integration file gets its own database.
 */
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores − 1), which leaves a core idle while a
    // test waits on PostgreSQL or PGlite; two workers keep both busy.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [
            'shared/**/*.test.ts',
            'web/**/*.test.ts',
            'bin/**/*.test.ts',
            'bench/**/*.test.ts',
            'test/*.test.ts',
          ],
          // The web app loads one dictionary per language on demand; unit tests get all three up front.
          setupFiles: ['web/i18n/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'int-pglite',
          sequence: { groupOrder: 0 },
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
          sequence: { groupOrder: 0 },
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
          // After the other projects, alone: its browser timings (long tasks) must not share the cores.
          sequence: { groupOrder: 1 },
          globalSetup: ['e2e/template-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
