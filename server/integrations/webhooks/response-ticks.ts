import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/types.ts';

/**
 * Turns counted survey responses into `response.received` events, once a minute. A survey is reported
 * only when its responses since its last report reach the municipality's minimum group size: an event
 * never says "one response just arrived", which could identify a respondent at a quiet desk (the
 * responses themselves are stored to the hour for the same reason). Smaller counts wait for more.
 */
export async function flushResponseTicks(db: Kysely<Database>, now = new Date()): Promise<number> {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return db.transaction().execute(async (tx) => {
    const due = await sql<{ municipality_id: string; survey_id: string }>`
      select t.municipality_id, t.survey_id
      from webhook_response_tick t join municipality m on m.id = t.municipality_id
      where t.at < ${minute}
      group by t.municipality_id, t.survey_id, m.min_group_size
      having sum(t.n) >= m.min_group_size`.execute(tx);
    const byTenant = new Map<string, Array<{ surveyId: string; responses: number }>>();
    for (const d of due.rows) {
      const taken = await tx
        .deleteFrom('webhook_response_tick')
        .where('municipality_id', '=', d.municipality_id)
        .where('survey_id', '=', d.survey_id)
        .where('at', '<', minute)
        .returning('n')
        .execute();
      const responses = taken.reduce((sum, r) => sum + r.n, 0);
      byTenant.set(d.municipality_id, [
        ...(byTenant.get(d.municipality_id) ?? []),
        { surveyId: d.survey_id, responses },
      ]);
    }
    for (const [municipalityId, surveys] of byTenant) {
      const payload = JSON.stringify({ until: minute.toISOString(), surveys });
      await sql`select webhook_emit(${municipalityId}::uuid, 'response.received', ${payload}::jsonb)`.execute(
        tx,
      );
    }
    return byTenant.size;
  });
}
