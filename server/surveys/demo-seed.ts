import type { Kysely } from 'kysely';
import { SMILEY_FACES } from '../../shared/indicators/index.ts';
import { enqueueResponses } from '../dashboard/queue.ts';
import type { Database } from '../db/types.ts';
import { tickStoredResponses } from '../integrations/webhooks/outbox-writes.ts';
import { surveyQuestions } from './definition.ts';
import { openingHourPresses } from './demo-smiley.ts';
import { insertSurvey, setSurveyUnits } from './repository.ts';
import { newPublicToken } from './service.ts';

/** A small deterministic generator, so the demo looks the same on every start. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const COMMENTS = [
  'Venlig og hurtig betjening.',
  'Jeg ventede længe, men fik god hjælp.',
  'Svært at finde ud af, hvem jeg skulle tale med.',
];

/**
 * Demo surveys for Demokommune: an open questionnaire for Borgerservice Hovedbiblioteket with 48
 * responses over the last two weeks, and a smiley terminal at Borgerservice Rådhuset with presses.
 */
export async function seedDemoSurveys(
  db: Kysely<Database>,
  municipalityId: string,
  units: Map<string, string>,
) {
  const tenant = { municipalityId };
  const library = units.get('Borgerservice Hovedbiblioteket');
  const townHall = units.get('Borgerservice Rådhuset');
  if (!library || !townHall) return;
  const definition = {
    sets: ['coherence', 'psychcost', 'satisfaction'],
    localQuestions: [
      {
        id: 'local.comment',
        type: 'free_text',
        required: false,
        maxLength: 2000,
        text: {
          da: 'Vil du fortælle os mere?',
          nb: 'Vil du fortelle oss mer?',
          en: 'Would you like to tell us more?',
        },
      },
    ],
  };
  const base = {
    version: 1,
    previous_version_id: null,
    journey_id: null,
    touchpoint_id: null,
    opens_at: null,
    closes_at: null,
    created_by: null,
  };
  const survey = await insertSurvey(db, tenant, {
    ...base,
    title: 'Borgerservice – din oplevelse',
    status: 'open',
    languages: ['da', 'nb', 'en'],
    channels: ['link', 'qr', 'kiosk'],
    definition: JSON.stringify(definition),
    public_token: newPublicToken(),
  });
  await setSurveyUnits(db, tenant, survey.id, [library]);
  const rnd = random(42);
  const questions = surveyQuestions(definition, false).filter((q) => q.kind === 'scale');
  const hourAgo = (h: number) => new Date(Math.floor(Date.now() / 3_600_000 - h) * 3_600_000);
  for (let i = 0; i < 48; i++) {
    const channel = (['link', 'qr', 'kiosk'] as const)[i % 3] ?? 'link';
    const response = await db
      .insertInto('survey_response')
      .values({
        municipality_id: municipalityId,
        survey_id: survey.id,
        unit_id: library,
        channel,
        locale: 'da',
        submitted_hour: hourAgo(Math.floor(rnd() * 14 * 24)),
        idempotency_key: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await enqueueResponses(db, { municipalityId }, [response.id]);
    await tickStoredResponses(db, { municipalityId }, [response.id]);
    const answers = questions.map((q) => {
      const dontKnow = rnd() < 0.05;
      const value = Math.min(5, Math.max(1, Math.round(3.6 + (rnd() - 0.4) * 3)));
      return {
        municipality_id: municipalityId,
        response_id: response.id,
        item_id: q.id,
        value: dontKnow ? null : value,
        dont_know: dontKnow,
      };
    });
    await db.insertInto('survey_answer').values(answers).execute();
    const comment = i % 4 === 0 ? COMMENTS[i % COMMENTS.length] : undefined;
    if (comment)
      await db
        .insertInto('survey_text_answer')
        .values({
          municipality_id: municipalityId,
          response_id: response.id,
          item_id: 'local.comment',
          body: comment,
        })
        .execute();
  }
  const smiley = await insertSurvey(db, tenant, {
    ...base,
    title: 'Smiley ved indgangen',
    status: 'open',
    mode: 'smiley',
    languages: ['da', 'en'],
    channels: ['smiley', 'kiosk'],
    definition: JSON.stringify({ sets: [] }),
    public_token: newPublicToken(),
  });
  await setSurveyUnits(db, tenant, smiley.id, [townHall]);
  // Presses during the reception's opening hours over four weeks (for the hour × weekday heat map).
  const presses = openingHourPresses(rnd, new Date(), 400).map((at) => ({
    municipality_id: municipalityId,
    survey_id: smiley.id,
    unit_id: townHall,
    face: SMILEY_FACES[Math.min(3, Math.floor(rnd() ** 1.6 * 4))] ?? 'happy',
    reason: null,
    pressed_minute: at,
    idempotency_key: null,
  }));
  await db.insertInto('smiley_press').values(presses).execute();
}
