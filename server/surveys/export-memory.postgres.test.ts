import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenant, PASSWORD } from '../../test/app.ts';
import { createPostgresTestDatabaseUrl, postgresUnavailable } from '../../test/db.ts';
import { freePort } from '../../test/pg-cluster.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { insertSurvey, setSurveyUnits } from './repository.ts';

// The size the issue names (#20). Seeded set-based in one statement: ~10 s on a 2-core machine.
const RESPONSES = 250_000;
const ITEMS = ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect'];
/**
 * The limit is 200 MB of server RSS. The compiled server (`node dist/server/main.js`) holds
 * ~183 MB right after start (bench/export.ts); run through tsx (no build step in CI) it starts at
 * 188–247 MB, so an absolute 200 MB cannot be asserted here. The test asserts the export's share over
 * two exports in a row (old space fills across exports: with the keyset pages of 2,000 before the
 * cursor, the compiled server grew 31 MB on the first 250 k export and 133 MB by the second). With the
 * cursor one export added 12–22 MB under tsx at load 30, two added 22 MB on the compiled server.
 */
const GROWTH_LIMIT_MB = 40;

/** Resident memory of a process now, in MB (Linux). */
const rssMb = (pid: number) =>
  Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) / 1024;

/** Reads a response to its end without keeping it (as a browser saving a file); its lines and bytes. */
const download = (url: string, cookie: string) =>
  new Promise<{ status: number; lines: number; bytes: number }>((resolve, reject) => {
    http
      .get(url, { headers: { cookie } }, (res) => {
        let [lines, bytes] = [0, 0];
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, lines, bytes }));
        res.on('error', reject);
      })
      .on('error', reject);
  });

/**
 * The server as an operator runs it (its own process, so its resident memory is its own), on
 * PostgreSQL, exporting 250,000 responses as CSV: its RSS, read from /proc every 10 ms during the
 * download, grows by at most GROWTH_LIMIT_MB (issue #20: ≤ 200 MB at any size). Rows are read through a cursor in small batches and
 * the stream is back-pressured, so memory must not grow with the export's size.
 */
describe.skipIf(postgresUnavailable())('export memory', () => {
  let server: ChildProcess;
  let database: DatabaseHandle;
  let base: string;
  let surveyId: string;
  let cookie: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'borgerblik-export-memory-'));

  beforeAll(async () => {
    const url = await createPostgresTestDatabaseUrl();
    database = await openDatabase({ url });
    const tenant = await makeTenant(database, 'minne');
    const scope = { municipalityId: tenant.municipality.id };
    const survey = await insertSurvey(database.db, scope, {
      title: 'Minne',
      status: 'open',
      definition: JSON.stringify({ sets: ['coherence'] }),
      public_token: 'minneminneminneminne',
      previous_version_id: null,
      journey_id: null,
      touchpoint_id: null,
      opens_at: null,
      closes_at: null,
      created_by: null,
    });
    await setSurveyUnits(database.db, scope, survey.id, [tenant.unit.id]);
    surveyId = survey.id;
    await database.db.connection().execute(async (c) => {
      // Bulk seed: the dashboard's and webhooks' statement triggers are not what this test measures.
      await sql`set session_replication_role = replica`.execute(c);
      await sql`
        with r as (
          insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour)
          select ${scope.municipalityId}, ${surveyId}, ${tenant.unit.id}, 'link', 'da',
            date_trunc('hour', now()) - (g % 2000) * interval '1 hour'
          from generate_series(1, ${RESPONSES}::int) g
          returning municipality_id, id
        )
        insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
        select r.municipality_id, r.id, 'coherence.' || i.item, case when r.id % 20 = 0 then null else 1 + (r.id + i.n) % 5 end, r.id % 20 = 0
        from r cross join unnest(${ITEMS}::text[]) with ordinality as i(item, n)`.execute(c);
      await sql`reset session_replication_role`.execute(c);
    });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        BORGERBLIK_DATA_DIR: join(dataDir, 'pglite'),
        BORGERBLIK_SECRET_KEY: 'export-memory-key-export-memory-key-00',
        BORGERBLIK_ADMIN_PASSWORD: 'Minne-test-1234',
        BORGERBLIK_WEB_DIR: '/nonexistent',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // Minutes, not seconds, on a loaded machine: tsx compiles the server and it seeds the demo first.
    for (const until = Date.now() + 170_000; Date.now() < until; ) {
      if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
      if (
        await fetch(`${base}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: tenant.users.analyst.email, password: PASSWORD }),
    });
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }, 240_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`exports ${RESPONSES.toLocaleString('en')} responses as CSV twice in flat server memory`, async () => {
    const pid = server.pid ?? 0;
    const before = rssMb(pid);
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, rssMb(pid));
    }, 10);
    try {
      for (let run = 0; run < 2; run++) {
        const csv = await download(`${base}/api/v1/surveys/${surveyId}/export.csv`, cookie);
        expect(csv.status).toBe(200);
        expect(csv.lines).toBe(RESPONSES + 1);
      }
    } finally {
      clearInterval(timer);
    }
    console.log(`export memory: RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`);
    expect(peak - before).toBeLessThanOrEqual(GROWTH_LIMIT_MB);
  }, 180_000);
});
