import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { seedDemo } from '../server/seed/demo.ts';
import { DEMO_PASSWORD } from './demo-password.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eTemplate: string;
  }
}

let dir: string | undefined;
/** Both e2e projects (two at a time, then the timed files) use one template: made once, removed once. */
let template: Promise<string> | undefined;
let users = 0;

/**
 * Migrates and seeds the demo municipality once and dumps the PGlite data folder; every e2e file starts
 * its server from that dump instead of running initdb, the migrations and the seed again (the seed alone
 * is several seconds of CPU per file).
 */
export async function setup(project: TestProject): Promise<void> {
  users += 1;
  template ??= makeTemplate();
  project.provide('e2eTemplate', await template);
}

async function makeTemplate(): Promise<string> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  await seedDemo(handle.db, DEMO_PASSWORD);
  const dump = await handle.pglite?.dumpDataDir('none');
  await handle.close();
  if (!dump) throw new Error('PGlite did not produce a dump');
  dir = mkdtempSync(join(tmpdir(), 'borgerblik-e2e-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

export async function teardown(): Promise<void> {
  users -= 1;
  if (users === 0 && dir) rmSync(dir, { recursive: true, force: true });
}
