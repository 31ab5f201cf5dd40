import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Test helper: the shared event-log fixtures live beside the repository, never in it
 * (4TU.ResearchData terms; see ../shared/fixtures/eventlogs/ATTRIBUTION.md).
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Folder of the shared event-log fixtures. */
export const FIXTURE_DIR = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'eventlogs');

/** Absolute path of one fixture file. */
export const fixture = (name: string): string => path.join(FIXTURE_DIR, name);

/**
 * True when tests that need `names` must be skipped: the files are absent and we are not in CI.
 * In CI (CI=true) a missing fixture is never skipped, so the test fails on the missing file.
 */
export function skipWithoutFixtures(...names: string[]): boolean {
  const missing = names.filter((n) => !existsSync(fixture(n)));
  if (missing.length === 0) return false;
  if (process.env.CI === 'true') return false;
  console.warn(`Skipping: event-log fixtures missing in ${FIXTURE_DIR}: ${missing.join(', ')}`);
  return true;
}
