import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeDb, makeTenant } from '../../../test/app.ts';
import { createPostgresTestDatabaseUrl, testDatabaseKind } from '../../../test/db.ts';
import { SecretBox } from '../../crypto/secret-box.ts';
import { type DatabaseHandle, openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { Receiver } from './test/receiver.ts';

const SECRET_KEY = 'crash-test-key';
const SERVE = new URL('./test/serve.ts', import.meta.url).pathname;

/**
 * kill -9 of the server while a delivery is in flight: after a restart every event arrives at least
 * once, in order of first arrival, and the repeats carry the same event id (so a receiver dedupes).
 */
describeDb('webhook delivery across a kill -9', () => {
  let dir: string | undefined;
  const env: Record<string, string> = {};
  let receiver: Receiver;
  const eventIds: string[] = [];

  async function open(): Promise<DatabaseHandle> {
    return env.DATABASE_URL
      ? openDatabase({ url: env.DATABASE_URL })
      : openDatabase({ dataDir: dir as string });
  }

  beforeAll(async () => {
    if (testDatabaseKind() === 'postgres') env.DATABASE_URL = await createPostgresTestDatabaseUrl();
    else {
      dir = await mkdtemp(join(tmpdir(), 'bb-crash-'));
      env.BORGERBLIK_DATA_DIR = dir;
    }
    receiver = new Receiver();
    const url = await receiver.start();
    receiver.secret = 'whsec_crash';
    const database = await open();
    if (dir) await migrateToLatest(database.db);
    const tenant = await makeTenant(database, 'crash');
    const m = tenant.municipality.id;
    await database.db
      .insertInto('webhook_subscription')
      .values({
        municipality_id: m,
        url,
        events: ['smiley.alert'],
        secret_box: new SecretBox(SECRET_KEY).seal(receiver.secret),
        created_by: tenant.users.admin.id,
      })
      .execute();
    for (let i = 0; i < 6; i++)
      await sql`select webhook_emit(${m}::uuid, 'smiley.alert', ${JSON.stringify({ n: i })}::jsonb)`.execute(
        database.db,
      );
    const rows = await database.db.selectFrom('webhook_delivery').select('event_id').orderBy('id').execute();
    eventIds.push(...rows.map((r) => r.event_id));
    await database.close();
  }, 120_000);

  afterAll(async () => {
    await receiver.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  function serve(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
      env: {
        ...process.env,
        ...env,
        BORGERBLIK_SECRET_KEY: SECRET_KEY,
        BORGERBLIK_WEBHOOK_ALLOW_PRIVATE: 'true',
        BORGERBLIK_WEBHOOK_RETRY_MS: '100',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => d.toString().includes('ready') && resolve(child));
      child.on('exit', (code) => reject(new Error(`server exited early (${code})`)));
    });
  }

  it('delivers every event at least once, in order, after a kill -9 mid-delivery', async () => {
    // The third delivery never gets an answer: the server is killed while it waits.
    receiver.script = (n) => (n === 2 ? 'hang' : 200);
    const first = await serve();
    await receiver.until(() => receiver.requestCount >= 3, 60_000);
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    expect(receiver.received).toHaveLength(2);

    receiver.script = () => 200;
    const second = await serve();
    const distinct = () => [...new Set(receiver.received.map((r) => r.event.id))];
    await receiver.until(() => distinct().length >= eventIds.length, 60_000);
    expect(distinct()).toEqual(eventIds);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    // The interrupted third event was sent again after the restart.
    expect(receiver.received.filter((r) => r.event.id === eventIds[2]).length).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    second.kill('SIGTERM');
    await new Promise((resolve) => second.once('exit', resolve));

    const database = await open();
    const statuses = await database.db.selectFrom('webhook_delivery').select('status').execute();
    await database.close();
    expect(statuses.every((s) => s.status === 'delivered')).toBe(true);
  }, 180_000);
});
