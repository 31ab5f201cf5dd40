import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/** Every `*.test.ts` under `dir`. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Server tests that never open a database (parsers, CLI, CSV, pure helpers) run once, with the unit
 * tests, instead of once per database: a file needs a database when it imports the test harness
 * (`test/app.ts`, `test/db.ts`, …) or opens, migrates or builds the app itself.
 */
const NEEDS_DATABASE = /from '(\.\.\/)+test\/(?!import-graph)|openDatabase|migrateToLatest|buildApp/;
const serverWithoutDatabase = testFiles('server').filter(
  (file) => !NEEDS_DATABASE.test(readFileSync(file, 'utf8')),
);

/**
 * Four projects: pure unit tests, the integration suite twice (embedded PGlite and a throw-away
 * PostgreSQL cluster), and the browser end-to-end suite. Each integration file gets its own database.
 */
export default defineConfig({
  test: {
    // Vitest's default on a 2-core machine is one worker (cores − 1), which leaves a core idle while a
    // test waits on PostgreSQL or PGlite; two workers keep both busy.
    maxWorkers: 2,
    // The e2e worker is shared by all browser files (isolate: false) and holds their heap; stopping it at
    // the end takes longer than the default 10 s on a 2-core machine.
    teardownTimeout: 60_000,
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
            ...serverWithoutDatabase,
          ],
          // The web app loads one dictionary per language on demand; unit tests get all three up front.
          setupFiles: ['web/i18n/test-setup.ts'],
          // The database-free server tests parse the real fixture logs (seconds each on a busy machine).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int-pglite',
          sequence: { groupOrder: 0 },
          include: ['server/**/*.test.ts'],
          // `*.postgres.test.ts`: what only PostgreSQL has (several server processes on one database).
          exclude: [...serverWithoutDatabase, 'server/**/*.postgres.test.ts'],
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
          exclude: serverWithoutDatabase,
          env: { BORGERBLIK_TEST_DB: 'postgres' },
          globalSetup: ['test/postgres-global-setup.ts'],
          // Each file still gets its own database, but the app's modules are imported once per worker
          // instead of once per file: 59 s of module import for the 81 files instead of ~250 s. Nothing
          // in server/ keeps state in a module that a second app instance would see (no vi.mock either).
          // The PGlite project stays isolated: each embedded database holds its WebAssembly memory until
          // its worker exits, and shared workers grew to 3.6 GB.
          isolate: false,
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
          // One worker runs the files in turn; importing the app once, not once per file, saves ~5 s a file.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
