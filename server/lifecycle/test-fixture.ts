import { randomBytes, randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { coherence, insertResponses } from '../dashboard/test-responses.ts';
import type { Database } from '../db/types.ts';
import type { SurveyMode } from '../surveys/tables.ts';

type Db = Kysely<Database>;

/** A survey of a mode, aimed at one unit (and optionally a journey). */
export async function fixtureSurvey(
  db: Db,
  m: string,
  unitId: string,
  title: string,
  mode: SurveyMode = 'questionnaire',
  journeyId: string | null = null,
) {
  const s = await db
    .insertInto('survey')
    .values({
      municipality_id: m,
      title,
      status: 'closed',
      mode,
      journey_id: journeyId,
      definition: JSON.stringify({ sets: ['coherence'], localQuestions: [] }),
      public_token: randomBytes(16).toString('base64url'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('survey_unit')
    .values({ municipality_id: m, survey_id: s.id, unit_id: unitId })
    .execute();
  return s.id;
}

/** `count` responses at one hour, each with six coherence answers and a free-text comment. */
export function responsesAt(
  db: Db,
  m: string,
  surveyId: string,
  unitId: string,
  hour: string,
  count: number,
  value = 4,
) {
  const rows = Array.from({ length: count }, () => ({
    unitId,
    hour,
    answers: coherence([value, value, value, value, value, value]),
    text: `kommentar ${hour}`,
  }));
  return insertResponses(db, m, surveyId, rows);
}

/** One row of every other kind of data at a given time: presses, observation, interview, complaint, log, audit, session. */
export async function rowsAt(
  db: Db,
  m: string,
  unitId: string,
  userId: string,
  at: string,
  smileySurvey: string,
) {
  await db
    .insertInto('smiley_press')
    .values({
      municipality_id: m,
      survey_id: smileySurvey,
      unit_id: unitId,
      face: 'happy',
      pressed_minute: at,
    })
    .execute();
  const session = randomUUID();
  await db
    .insertInto('improvement_session')
    .values({ municipality_id: m, id: session, unit_id: unitId, observer_id: userId, started_at: at })
    .execute();
  await db
    .insertInto('improvement_observation')
    .values({
      municipality_id: m,
      id: randomUUID(),
      session_id: session,
      observed_at: at,
      category: 'wait',
      what: `ventede ${at}`,
      created_by: userId,
    })
    .execute();
  const interview = await db
    .insertInto('improvement_interview')
    .values({
      municipality_id: m,
      held_at: at,
      role: 'citizen',
      consent: true,
      notes: `interview ${at}`,
      created_by: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('improvement_quote')
    .values({ municipality_id: m, interview_id: interview.id, body: 'citat' })
    .execute();
  await db
    .insertInto('complaint')
    .values({
      municipality_id: m,
      received_on: at.slice(0, 10),
      unit_id: unitId,
      kind: 'complaint',
      channel: 'letter',
      about_process: true,
      about_decision: false,
      severity: 2,
      outcome: 'open',
    })
    .execute();
  await sql`insert into audit_log (municipality_id, at, action, details) values (${m}, ${at}::timestamptz, 'fixture', '{}')`.execute(
    db,
  );
  await sql`insert into session (municipality_id, token_hash, user_id, csrf_token, created_at, expires_at)
    values (${m}, ${randomBytes(16).toString('hex')}, ${userId}, 'x', ${at}::timestamptz, ${at}::timestamptz)`.execute(
    db,
  );
}

/** A finished event log imported at `at`, with one case and two events carrying raw attributes. */
export async function eventlogAt(db: Db, m: string, at: string, name: string) {
  const log = await db
    .insertInto('eventlog')
    .values({
      municipality_id: m,
      name,
      format: 'csv',
      status: 'ready',
      options: JSON.stringify({}),
      created_at: new Date(at),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('eventlog_case')
    .values({
      municipality_id: m,
      log_id: log.id,
      case_no: 1,
      case_key: 'k1',
      attrs: JSON.stringify({ cpr: 'x' }),
    })
    .execute();
  for (const seq of [1, 2])
    await db
      .insertInto('eventlog_event')
      .values({
        municipality_id: m,
        log_id: log.id,
        case_no: 1,
        seq,
        activity: `a${seq}`,
        ts: seq,
        attrs: JSON.stringify({ note: 'raw' }),
      })
      .execute();
  return log.id;
}

/** Rows of a table in a municipality. */
export async function countRows(db: Db, table: string, m: string, where = 'true'): Promise<number> {
  const r = await sql<{
    n: number;
  }>`select count(*)::int as n from ${sql.raw(table)} where municipality_id = ${m} and ${sql.raw(where)}`.execute(
    db,
  );
  return r.rows[0]?.n ?? 0;
}
