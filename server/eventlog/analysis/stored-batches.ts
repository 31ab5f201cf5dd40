import type { Kysely } from 'kysely';
import type { EventBatch, LogEvent } from '../../../shared/eventlog/types.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { casesBetween, type EventCursor, eventPage } from '../events-repository.ts';

const PAGE = 20_000;

/**
 * Streams a stored log out of the database as parser-like batches: pages of events in case
 * order (keyset pagination, so memory is one page), each followed by the closed records of the
 * cases that ended within it. Case ids are the internal case numbers (never the pseudonym's
 * source). Event attributes are read only when the actor is an attribute.
 */
export async function* storedBatches(
  db: Kysely<Database>,
  tenant: Tenant,
  logId: string,
  withAttrs: boolean,
): AsyncGenerator<EventBatch> {
  let after: EventCursor | null = null;
  for (;;) {
    const rows = await eventPage(db, tenant, logId, after, PAGE, withAttrs);
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (!first || !last) return;
    const full = rows.length === PAGE;
    // The last case of a full page may continue on the next one.
    const closeUpTo = full ? last.case_no - 1 : last.case_no;
    const cases =
      closeUpTo >= first.case_no ? await casesBetween(db, tenant, logId, first.case_no, closeUpTo) : [];
    yield {
      events: rows.map((r): LogEvent => {
        const e: LogEvent = { caseId: String(r.case_no), activity: r.activity, timestamp: r.ts, attrs: {} };
        if (r.resource !== null) e.resource = r.resource;
        if (r.grp !== null) e.group = r.grp;
        if (r.lifecycle !== null) e.lifecycle = r.lifecycle;
        if ('attrs' in r && r.attrs) e.attrs = r.attrs;
        return e;
      }),
      cases: cases.map((c) => ({ caseId: String(c.case_no), attrs: c.attrs ?? {}, closed: true })),
    };
    if (!full) return;
    after = { caseNo: last.case_no, seq: last.seq };
  }
}
