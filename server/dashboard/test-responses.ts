import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/types.ts';
import { responseTicks } from '../integrations/webhooks/outbox-writes.ts';

/** One answer in a test response: a value, or "ved ikke" (`'dk'`). */
export type TestAnswer = number | 'dk';

export interface TestResponse {
  unitId: string | null;
  hour: string;
  channel?: 'link' | 'qr' | 'kiosk';
  /** BCP 47 tag (default `da`) and translation status (default `reviewed`). */
  language?: string;
  status?: 'validated' | 'reviewed' | 'unreviewed';
  answers: Record<string, TestAnswer>;
  text?: string;
}

/**
 * Stores responses the way the public submit path does: response, answers, free text, the
 * dashboard's queue entry and the webhook count in ONE statement with data-modifying CTEs.
 * Fast enough for many units and exact figures; `public-submit.test.ts` goes through POST /s/{token}.
 */
export async function insertResponses(
  db: Kysely<Database>,
  municipalityId: string,
  surveyId: string,
  responses: readonly TestResponse[],
): Promise<void> {
  for (const r of responses) {
    const entries = Object.entries(r.answers);
    const texts = r.text ? [r.text] : [];
    await sql`
      with r as (
        insert into survey_response (municipality_id, survey_id, unit_id, channel, locale, translation_status,
          submitted_hour)
        values (${municipalityId}, ${surveyId}, ${r.unitId}, ${r.channel ?? 'link'}, ${r.language ?? 'da'},
          ${r.status ?? 'reviewed'}, ${r.hour}::timestamptz)
        returning municipality_id, id, survey_id
      ), q as (
        insert into dashboard_pending (municipality_id, response_id) select municipality_id, id from r
      ), w as (${responseTicks('r', municipalityId)}
      ), a as (
        insert into survey_answer (municipality_id, response_id, item_id, value, dont_know)
        select r.municipality_id, r.id, x.item_id, x.value, x.dont_know
        from r, unnest(${entries.map(([k]) => k)}::text[],
                       ${entries.map(([, v]) => (v === 'dk' ? null : v))}::smallint[],
                       ${entries.map(([, v]) => v === 'dk')}::boolean[]) as x(item_id, value, dont_know)
      ), t as (
        insert into survey_text_answer (municipality_id, response_id, item_id, body)
        select r.municipality_id, r.id, 'local.comment', y.body from r, unnest(${texts}::text[]) as y(body)
      )
      select 1`.execute(db);
  }
}

const SIX = ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect'];

/** The six coherence answers from a list (index i → item i). */
export function coherence(values: readonly TestAnswer[]): Record<string, TestAnswer> {
  return Object.fromEntries(values.map((v, i) => [`coherence.${SIX[i]}`, v]));
}

/** `count` copies of a response (alternating through `values` for the first item). */
export function repeated(
  unitId: string,
  hour: string,
  values: readonly number[],
  count: number,
): TestResponse[] {
  return Array.from({ length: count }, (_, i) => {
    const v = values[i % values.length] ?? 3;
    return { unitId, hour, answers: coherence([v, v, v, v, v, v]) };
  });
}
