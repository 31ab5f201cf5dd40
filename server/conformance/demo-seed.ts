import type { Insertable, Kysely } from 'kysely';
import type { Journey } from '../../shared/journey/index.ts';
import { actorLabel } from '../../shared/journey/index.ts';
import { enqueueResponses } from '../dashboard/queue.ts';
import type { Database } from '../db/types.ts';
import { tickStoredResponses } from '../integrations/webhooks/outbox-writes.ts';
import { surveyQuestions } from '../surveys/definition.ts';
import { insertSurvey } from '../surveys/repository.ts';
import { newPublicToken } from '../surveys/service.ts';
import { checkJointAlerts } from './joint.ts';

const DAY = 86_400_000;
const CASES = 600;
/** Survey responses per surveyed touchpoint. */
const RESPONSES = 240;
/** The step whose wait doubles and whose experience falls in the last 90 days: the alert fires there. */
const WORSE_STEP = 's4';
/** Touchpoints with a survey: the worsening one and a steady one. */
const SURVEYED = [WORSE_STEP, 's6'];

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** An activity name as a case system would write it: the step's description, cut short. */
const activityOf = (description: string) => description.slice(0, 80);

/**
 * Demokommune's to-be sick-leave journey mapped to a demo event log ("Sygedagpenge – fagsystem",
 * 600 cases over the last year), with surveys on two touchpoints, so the joint view, the deviations
 * and the alert show real figures after `npm start`. Most cases follow the plan; some skip a step,
 * some go back one (an extra contact). At step s4 the wait doubles and the experience falls in the
 * last 90 days, so its alert fires. Deterministic (fixed seed), relative to today.
 */
export async function seedDemoPlannedVsActual(db: Kysely<Database>, municipalityId: string): Promise<void> {
  const tenant = { municipalityId };
  const toBe = await db
    .selectFrom('journey_version as v')
    .innerJoin('journey as j', (j) =>
      j.onRef('j.municipality_id', '=', 'v.municipality_id').onRef('j.id', '=', 'v.journey_id'),
    )
    .select(['v.journey_id', 'v.version', 'v.document'])
    .where('v.municipality_id', '=', municipalityId)
    .where('j.status', '=', 'to_be')
    .orderBy('j.created_at')
    .executeTakeFirst();
  if (!toBe) return;
  const journey: Journey = toBe.document;
  const rnd = random(19);
  const now = Date.now();
  const log = await db
    .insertInto('eventlog')
    .values({
      municipality_id: municipalityId,
      name: 'Sygedagpenge – fagsystem (demo)',
      format: 'csv',
      status: 'ready',
      options: JSON.stringify({
        csv: null,
        keepCaseAttributes: [],
        keepEventAttributes: [],
        pseudonymiseResources: false,
        skipBadRows: false,
      }),
      created_by: null,
      finished_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const actors = new Map(journey.actors.map((a) => [a.id, a]));
  const events: Insertable<Database['eventlog_event']>[] = [];
  const cases: Insertable<Database['eventlog_case']>[] = [];
  for (let c = 1; c <= CASES; c++) {
    let t = now - 370 * DAY + Math.floor(rnd() * 330 * DAY);
    const order = journey.steps.map((_s, i) => i);
    const r = rnd();
    if (r < 0.15) order.splice(1 + Math.floor(rnd() * (order.length - 2)), 1);
    else if (r < 0.3) {
      const at = 2 + Math.floor(rnd() * (order.length - 3));
      order.splice(at + 1, 0, at - 1, at);
    }
    let seq = 0;
    for (const k of order) {
      const step = journey.steps[k];
      if (!step) continue;
      const recent = t > now - 290 * DAY;
      const planned = (step.waitingMinutes ?? 60) * 60_000;
      const factor = step.id === WORSE_STEP && recent ? 2.2 : 1;
      t += Math.round(planned * factor * (0.5 + rnd()));
      const actor = actors.get(step.actorId);
      events.push({
        municipality_id: municipalityId,
        log_id: log.id,
        case_no: c,
        seq: seq++,
        activity: activityOf(step.description || step.id),
        ts: t,
        resource: actor ? actorLabel(actor).label : null,
        grp: actor?.unitName ?? actor?.organisation ?? null,
        lifecycle: null,
        attrs: null,
      });
      t += (step.durationMinutes ?? 15) * 60_000;
    }
    // Cases end before today: the log's period (and so the alert's 90-day windows) ends where the surveys do.
    const first = events.length - seq;
    const overflow = t - (now - DAY);
    if (overflow > 0)
      for (let i = first; i < events.length; i++) (events[i] as { ts: number }).ts -= overflow;
    cases.push({
      municipality_id: municipalityId,
      log_id: log.id,
      case_no: c,
      case_key: `C-demo${String(c).padStart(4, '0')}`,
      attrs: null,
    });
  }
  for (let i = 0; i < events.length; i += 2_000)
    await db
      .insertInto('eventlog_event')
      .values(events.slice(i, i + 2_000))
      .execute();
  for (let i = 0; i < cases.length; i += 2_000)
    await db
      .insertInto('eventlog_case')
      .values(cases.slice(i, i + 2_000))
      .execute();
  await db
    .updateTable('eventlog')
    .set({ events: events.length, cases: cases.length })
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', log.id)
    .execute();

  const activities = Object.fromEntries(journey.steps.map((s) => [activityOf(s.description || s.id), s.id]));
  const actorMap = Object.fromEntries(journey.actors.map((a) => [actorLabel(a).label, a.id]));
  await db
    .insertInto('journey_log_mapping')
    .values({
      municipality_id: municipalityId,
      journey_id: toBe.journey_id,
      version: toBe.version,
      log_id: log.id,
      actor_by: 'resource',
      activities: JSON.stringify(activities),
      actors: JSON.stringify(actorMap),
      updated_by: null,
    })
    .execute();
  const worseActivity = activityOf(journey.steps.find((s) => s.id === WORSE_STEP)?.description ?? '');
  const worseLast = Math.max(
    0,
    ...events.filter((e) => e.activity === worseActivity).map((e) => Number(e.ts)),
  );
  await seedTouchpointSurveys(db, municipalityId, toBe.journey_id, journey, rnd, now, worseLast);
  await checkJointAlerts(db, tenant, toBe.journey_id, toBe.version);
}

async function seedTouchpointSurveys(
  db: Kysely<Database>,
  municipalityId: string,
  journeyId: string,
  journey: Journey,
  rnd: () => number,
  now: number,
  worseLast: number,
) {
  const tenant = { municipalityId };
  const definition = { sets: ['satisfaction'], localQuestions: [] };
  const questions = surveyQuestions(definition, false).filter((q) => q.kind === 'scale');
  for (const stepId of SURVEYED) {
    const step = journey.steps.find((s) => s.id === stepId);
    if (!step) continue;
    const survey = await insertSurvey(db, tenant, {
      version: 1,
      previous_version_id: null,
      journey_id: journeyId,
      touchpoint_id: stepId,
      opens_at: null,
      closes_at: null,
      created_by: null,
      title: `Sygedagpenge – ${step.description.slice(0, 60)}`,
      status: 'open',
      languages: ['da'],
      channels: ['link'],
      definition: JSON.stringify(definition),
      public_token: newPublicToken(),
    });
    // Drawn first (same order of draws as ever), then two set-based inserts: the responses, tied to
    // their draws by an idempotency key, and all their answers.
    const drawn = Array.from({ length: RESPONSES }, (_, i) => {
      const ago = 5 + Math.floor(rnd() * 355);
      const at = now - ago * DAY;
      const worse = stepId === WORSE_STEP && at > worseLast - 90 * DAY && at <= worseLast;
      const positive = rnd() < (worse ? 0.3 : 0.72);
      const values = questions.map(() => (positive ? 4 + Math.round(rnd()) : 1 + Math.floor(rnd() * 3)));
      return { key: `demo-${stepId}-${i}`, at, values };
    });
    const rows = await db
      .insertInto('survey_response')
      .values(
        drawn.map((d) => ({
          municipality_id: municipalityId,
          survey_id: survey.id,
          unit_id: null,
          channel: 'link' as const,
          locale: 'da',
          submitted_hour: new Date(Math.floor(d.at / 3_600_000) * 3_600_000),
          idempotency_key: d.key,
        })),
      )
      .returning(['id', 'idempotency_key'])
      .execute();
    const idOf = new Map(rows.map((r) => [r.idempotency_key, r.id]));
    const ids = drawn.map((d) => idOf.get(d.key) ?? 0);
    await db
      .insertInto('survey_answer')
      .values(
        drawn.flatMap((d, i) =>
          questions.map((q, j) => ({
            municipality_id: municipalityId,
            response_id: ids[i] ?? 0,
            item_id: q.id,
            value: d.values[j] ?? null,
            dont_know: false,
          })),
        ),
      )
      .execute();
    await enqueueResponses(db, tenant, ids);
    await tickStoredResponses(db, tenant, ids);
  }
}
