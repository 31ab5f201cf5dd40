import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../server/db/database.ts';
import { migrateToLatest } from '../server/db/migrate.ts';
import { findPostgresBin, type PgCluster, startPgCluster } from './pg-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export const TEMPLATE_DB = 'borgerblik_template';
let cluster: PgCluster | undefined;

/**
 * Starts one cluster for the whole integration run and migrates a template database; each test
 * file then clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds.
 * Without PostgreSQL the suite is skipped with a message, except in CI, where that is a failure.
 */
export async function setup(project: TestProject): Promise<void> {
  if (!findPostgresBin()) {
    if (process.env.CI === 'true') throw new Error('CI=true and PostgreSQL binaries are missing');
    console.warn('[int-postgres] PostgreSQL binaries not found: the PostgreSQL integration run is skipped');
    project.provide('pgAdminUrl', '');
    return;
  }
  cluster = await startPgCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const handle = await openDatabase({ url: cluster.url.replace(/\/postgres$/, `/${TEMPLATE_DB}`) });
  await migrateToLatest(handle.db);
  await handle.close();
  project.provide('pgAdminUrl', cluster.url);
}

export async function teardown(): Promise<void> {
  cluster?.stop();
}
