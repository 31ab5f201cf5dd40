import type { Kysely } from 'kysely';
import type { CaseRecord, EventBatch, LogEvent } from '../../../shared/eventlog/types.ts';
import type { Tenant } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { casesBetween, type EventCursor, eventPage } from '../events-repository.ts';

/**
 * Events per page: memory holds one page (and the next, read ahead), whatever the log's size.
 * Small enough that a page's rows die in V8's young generation instead of being promoted and
 * left for the old-space collector (docs/performance/scale.md: at 20,000 rows the old space grew
 * to four times the live heap); large enough that the per-query cost stays small (~1 ms a page).
 */
export const STORED_PAGE = 5000;

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
    yield { events: toEvents(rows), cases };
    if (!full) return;
    // A full page that ended exactly with the log: its last case is closed here.
    if ((await next).length === 0) yield { events: [], cases: await closed(open, last.case_no) };
  }
}

type EventRow = Awaited<ReturnType<typeof eventPage>>[number];

/** Shared by every event without attributes: the analysis only reads an event's attributes. */
const NO_ATTRS: Record<string, never> = Object.freeze({});

/** A page's rows as events; consecutive events of a case share one case-id string. */
function toEvents(rows: readonly EventRow[]): LogEvent[] {
  const events: LogEvent[] = new Array(rows.length);
  let caseNo = -1;
  let caseId = '';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as EventRow;
    if (r.case_no !== caseNo) {
      caseNo = r.case_no;
      caseId = String(caseNo);
    }
    const e: LogEvent = { caseId, activity: r.activity, timestamp: r.ts, attrs: NO_ATTRS };
    if (r.resource !== null) e.resource = r.resource;
    if (r.grp !== null) e.group = r.grp;
    if (r.lifecycle !== null) e.lifecycle = r.lifecycle;
    if ('attrs' in r && r.attrs) e.attrs = r.attrs;
    events[i] = e;
  }
  return events;
}
