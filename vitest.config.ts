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

/** The browser files that assert timings (long tasks, render and typing times): they run last and alone. */
const E2E_TIMED = [
  'e2e/dashboard.test.ts',
  'e2e/journeys-scale.test.ts',
  'e2e/planned-actual.test.ts',
  'e2e/planned-actual-scale.test.ts',
];

/**
 * Five projects: pure unit tests, the integration suite twice (embedded PGlite and a throw-away
 * PostgreSQL cluster), and the browser end-to-end suite in two parts (two files at a time, then the timed
 * files alone). Each integration file gets its own database.
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
          // Modules imported once per worker, as for PostgreSQL below. Each file's embedded database is
          // closed in its afterAll and its WebAssembly memory is freed by a later collection: a shared
          // worker peaked at 1.6–2.0 GB RSS over the 84 files (2026-12-03; an earlier run saw 3.6 GB), on
          // a machine with 24 GB.
          isolate: false,
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
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          exclude: E2E_TIMED,
          // After the other projects. Two files at a time, each with its own server and browser: one file
          // keeps about one core busy (the in-process server and the test driver) and waits on the page
          // for the rest, so two share the 2-core machine well.
          sequence: { groupOrder: 1 },
          globalSetup: ['e2e/template-global-setup.ts'],
          // A worker runs its files in turn; importing the app once, not once per file, saves ~5 s a file.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e-timed',
          include: E2E_TIMED,
          // Last and alone, one file at a time: their browser timings (long tasks, render and typing
          // times) must not share the cores with anything else.
          sequence: { groupOrder: 2 },
          globalSetup: ['e2e/template-global-setup.ts'],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
