import { sql } from 'kysely';
import { webhookEvents } from '../integrations/webhooks/outbox-writes.ts';

/** What a status update returns for `outcomeEvents` (the log after the update). */
export const OUTCOME_COLUMNS = [
  'eventlog.municipality_id',
  'eventlog.id',
  'eventlog.status',
  'eventlog.events',
  'eventlog.cases',
  'eventlog.error',
] as const;

/**
 * `eventlog.ready` and `eventlog.failed` for the logs in the CTE `rows` (returning `OUTCOME_COLUMNS`)
 * that an update moved to one of those statuses, written in the updating statement
 * (../integrations/webhooks/outbox-writes.ts). With `fromColumn`, the CTE also returns the status before
 * the update as `old_status`, and a log that already had the status is not reported again; without,
 * the update's own condition guarantees a change (`status = 'importing'`).
 */
export function outcomeEvents(municipalityId: string, rows: string, fromColumn = false) {
  return webhookEvents({
    municipalityId,
    rows,
    type: sql`case x.status when 'ready' then 'eventlog.ready' else 'eventlog.failed' end`,
    payload: sql`case x.status
      when 'ready' then jsonb_build_object('eventLogId', x.id, 'events', x.events, 'cases', x.cases)
      else jsonb_build_object('eventLogId', x.id, 'errorCode', x.error ->> 'code') end`,
    when: fromColumn
      ? sql`x.status in ('ready', 'failed') and x.old_status is distinct from x.status`
      : sql`x.status in ('ready', 'failed')`,
  });
}
