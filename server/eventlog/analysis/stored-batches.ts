import type { Kysely } from 'kysely';
import type { CaseRecord, EventBatch, LogEvent } from '../../../shared/eventlog/types.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { casesBetween, type EventCursor, eventPage } from '../events-repository.ts';

/** Events per page: memory holds one page, whatever the log's size. */
export const STORED_PAGE = 20_000;

/**
 * Streams a stored log out of the database as parser-like batches: pages of events in case
 * order (keyset pagination over the primary key, so memory is one page plus the next one, which
 * is read while the current one is analysed), each followed by the closed records of the cases
 * that ended by its last event. A case is closed once a later case has been seen (or the log has
 * ended), so no case stays buffered after its last event, wherever the page boundaries fall.
 * Case ids are the internal case numbers (never the pseudonym's source). Event attributes are
 * read only when the actor is an attribute.
 */
export async function* storedBatches(
  db: Kysely<Database>,
  tenant: Tenant,
  logId: string,
  withAttrs: boolean,
  pageSize = STORED_PAGE,
): AsyncGenerator<EventBatch> {
  const page = (after: EventCursor | null) => eventPage(db, tenant, logId, after, pageSize, withAttrs);
  const closed = async (from: number, to: number) =>
    to < from
      ? []
      : (await casesBetween(db, tenant, logId, from, to)).map(
          (c): CaseRecord => ({ caseId: String(c.case_no), attrs: c.attrs ?? {}, closed: true }),
        );
  /** The first case not yet closed. */
  let open: number | null = null;
  // A read ahead that is never awaited (the consumer stopped early) must not be an unhandled rejection.
  const ahead = (after: EventCursor | null) => {
    const p = page(after);
    p.catch(() => undefined);
    return p;
  };
  let next = ahead(null);
  for (;;) {
    const rows = await next;
    const last = rows[rows.length - 1];
    if (!last) return;
    const full = rows.length === pageSize;
    if (full) next = ahead({ caseNo: last.case_no, seq: last.seq });
    open ??= rows[0]?.case_no ?? last.case_no;
    // The last case of a full page may continue on the next one.
    const closeUpTo = full ? last.case_no - 1 : last.case_no;
    const cases = await closed(open, closeUpTo);
    open = Math.max(open, closeUpTo + 1);
    yield { events: rows.map(toEvent), cases };
    if (!full) return;
    // A full page that ended exactly with the log: its last case is closed here.
    if ((await next).length === 0) yield { events: [], cases: await closed(open, last.case_no) };
  }
}

type EventRow = Awaited<ReturnType<typeof eventPage>>[number];

function toEvent(r: EventRow): LogEvent {
  const e: LogEvent = { caseId: String(r.case_no), activity: r.activity, timestamp: r.ts, attrs: {} };
  if (r.resource !== null) e.resource = r.resource;
  if (r.grp !== null) e.group = r.grp;
  if (r.lifecycle !== null) e.lifecycle = r.lifecycle;
  if ('attrs' in r && r.attrs) e.attrs = r.attrs;
  return e;
}
