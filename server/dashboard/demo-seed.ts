import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { BUILTIN_SETS, type IndicatorSetKey, itemId } from '../../shared/indicators/index.ts';
import type { Database } from '../db/types.ts';
import { responseTicks } from '../integrations/webhooks/outbox-writes.ts';
import { registerToken } from '../tokens/repository.ts';
import { rollUp } from './repository.ts';

interface DemoSurvey {
  title: string;
  sets: IndicatorSetKey[];
  units: string[];
  perUnit: number;
}

/** Demo surveys over the last twelve months; unit names as in `DEMO_UNITS_DK`. */
const SURVEYS: DemoSurvey[] = [
  {
    title: 'Borgeroplevet sammenhæng – Borger og Arbejdsmarked',
    sets: ['coherence', 'psychcost', 'satisfaction'],
    units: [
      'Borgerservice Rådhuset',
      'Sygedagpenge',
      'Virksomhedsservice',
      'Jobcenterets reception',
      'Boligstøtte og pension',
    ],
    perUnit: 260,
  },
  {
    title: 'Borgeroplevet sammenhæng – Social, Sundhed og Omsorg',
    sets: ['coherence', 'psychcost', 'satisfaction'],
    units: [
      'Visitationen',
      'Hjemmepleje Nord',
      'Hjemmepleje Syd',
      'Sygeplejen',
      'Træning og Rehabilitering',
      'Sundhedsplejen',
    ],
    perUnit: 180,
  },
  {
    title: 'Forældres oplevelse af sammenhæng – Børn og Unge',
    sets: ['coherence', 'satisfaction'],
    units: ['Borgercenter Børn og Unge', 'Børne- og familierådgivningen', 'PPR', 'Byggesagsbehandling'],
    perUnit: 140,
  },
];

const COMMENT_QUESTION = {
  id: 'local.comment',
  type: 'free_text',
  required: false,
  maxLength: 2000,
  text: {
    da: 'Vil du fortælle os mere?',
    nb: 'Vil du fortelle oss mer?',
    en: 'Would you like to tell us more?',
  },
};

const COMMENTS = [
  'Medarbejderen tog sig god tid og forklarede det hele.',
  'Jeg blev sendt rundt mellem flere afdelinger og skulle fortælle min historie igen.',
  'Brevet var svært at forstå, men telefonen hjalp.',
  'Hurtig og venlig betjening.',
  'Jeg savner at vide, hvad der sker i min sag.',
  'God dialog om de næste skridt.',
];

/**
 * Deterministic demo responses for Demokommune's dashboard: three surveys, fifteen units, twelve
 * months. Values come from a hash of the response id and item (no randomness at run time), around a
 * per-unit level with a slow improvement over the year, about 6 % "ved ikke" and some free text.
 * Inserted straight into the response tables, then rolled up.
 */
export async function seedDemoResponses(
  db: Kysely<Database>,
  municipalityId: string,
  units: Map<string, string>,
) {
  for (const [s, spec] of SURVEYS.entries()) {
    const unitIds = spec.units.flatMap((name) => units.get(name) ?? []);
    if (unitIds.length === 0) continue;
    const survey = await db
      .insertInto('survey')
      .values({
        municipality_id: municipalityId,
        title: spec.title,
        status: 'open',
        definition: JSON.stringify({ sets: spec.sets, localQuestions: [COMMENT_QUESTION] }),
        public_token: `demo-${randomBytes(12).toString('base64url')}`,
        languages: ['da', 'en'],
        channels: ['link', 'qr', 'kiosk'],
      })
      .returning(['id', 'public_token'])
      .executeTakeFirstOrThrow();
    await registerToken(db, 'survey', survey.public_token, { municipalityId }, survey.id);
    await db
      .insertInto('survey_unit')
      .values(unitIds.map((unit_id) => ({ municipality_id: municipalityId, survey_id: survey.id, unit_id })))
      .execute();
    const items = BUILTIN_SETS.filter((set) => spec.sets.includes(set.key)).flatMap((set) =>
      set.items.map((item) => ({ id: itemId(set, item), reverse: item.reverse })),
    );
    // Unit levels between 3.1 and 4.4, spread by position so neighbours differ.
    const levels = unitIds.map((_, i) => 3.1 + ((i * 7 + s * 3) % 11) * 0.13);
    await sql`
      with u as (
        select * from unnest(${unitIds}::uuid[], ${levels}::float8[]) with ordinality as u(unit_id, level, k)
      ), resp as (
        insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, submitted_hour)
        select ${municipalityId}, ${survey.id}, u.unit_id,
          (array['link', 'qr', 'kiosk'])[1 + abs(hashtext('c' || g || '-' || u.k)) % 3],
          case when abs(hashtext('l' || g)) % 10 = 0 then 'en' else 'da' end,
          date_trunc('hour', date_trunc('month', now()) - interval '11 months'
            + (abs(hashtext('t' || g || '-' || u.k || '-' || ${s})) % (335 * 24)) * interval '1 hour')
        from u, generate_series(1, ${spec.perUnit}) g
        returning municipality_id, id, survey_id, unit_id, submitted_hour
      ), q as (
        insert into dashboard_pending (municipality_id, response_id) select municipality_id, id from resp
      ), w as (${responseTicks('resp', municipalityId)}
      ), scored as (
        select r.*, u.level + extract(epoch from r.submitted_hour - (now() - interval '1 year')) / 31536000 * 0.4 as q
        from resp r join u on u.unit_id = r.unit_id
      ), a as (
        insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
        select r.municipality_id, r.id, it.item_id,
          case when abs(hashtext('d' || r.id || it.item_id)) % 100 < 6 then null else
            (case when it.reverse then 6 - v.v else v.v end)::smallint end,
          abs(hashtext('d' || r.id || it.item_id)) % 100 < 6
        from scored r
        cross join unnest(${items.map((i) => i.id)}::text[], ${items.map((i) => i.reverse)}::boolean[]) as it(item_id, reverse)
        cross join lateral (select least(5, greatest(1, round(r.q - 1.7
          + (abs(hashtext('v' || r.id || it.item_id)) % 1000) / 1000.0 * 1.6
          + (abs(hashtext('w' || r.id || it.item_id)) % 1000) / 1000.0 * 1.6))) as v) v
      )
      insert into survey_text_answer (municipality_id, response_id, item_id, body)
      select r.municipality_id, r.id, 'local.comment', (${COMMENTS}::text[])[1 + abs(hashtext('x' || r.id)) % ${COMMENTS.length}]
      from resp r where abs(hashtext('f' || r.id)) % 100 < 8`.execute(db);
  }
  await rollUp(db);
}
