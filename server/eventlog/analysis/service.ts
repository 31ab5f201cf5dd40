import type { Kysely } from 'kysely';
import type { ReportOptions } from '../../../shared/api/eventlog.ts';
import type { AuthContext } from '../../auth/context.ts';
import type { Database } from '../../db/types.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import { MACHINE_CSV, toCsv } from '../../http/csv.ts';
import { caseEvents, findCase } from '../events-repository.ts';
import { newSecret, Pseudonymiser } from '../import/privacy.ts';
import { findLog, pseudonymSecret } from '../repository.ts';
import { matrixTable, toCsv as tableCsv, toXlsx, variantsTable } from './export.ts';
import { logReport, trimReport } from './report.ts';

type Db = Kysely<Database>;

/** A log that may be analysed: it exists in the municipality and its import is done. */
export async function readyLog(db: Db, auth: AuthContext, id: string) {
  const log = await findLog(db, auth, id);
  if (!log) throw notFound();
  if (log.status !== 'ready') throw new AppError('eventlog_state', { status: log.status });
  return log;
}

/** The report as the API sends it (long lists cut, see REPORT_LIMITS). */
export async function reportOf(db: Db, auth: AuthContext, id: string, options: ReportOptions) {
  const log = await readyLog(db, auth, id);
  return trimReport(await logReport(db, auth, log.id, options));
}

/** One case by pseudonym or original case id: its events in time order (ties in file order), for "open as journey". */
export async function storedCase(db: Db, auth: AuthContext, id: string, key: string) {
  const log = await readyLog(db, auth, id);
  // Analysts know case numbers from the case system: those are looked up by their pseudonym.
  const pseudonym = key.startsWith('C-')
    ? key
    : new Pseudonymiser(await pseudonymSecret(db, auth, newSecret())).caseKey(key);
  const found = await findCase(db, auth, log.id, pseudonym);
  if (!found) throw notFound();
  const events = await caseEvents(db, auth, log.id, found.case_no);
  const timed = events.every((e) => e.ts !== null);
  if (timed) events.sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || a.seq - b.seq);
  return {
    key: found.case_key,
    attrs: found.attrs ?? {},
    events: events.map((e) => ({
      activity: e.activity,
      timestamp: e.ts,
      resource: e.resource,
      group: e.grp,
      lifecycle: e.lifecycle,
    })),
  };
}

/** Matrix or variants of the (filtered) report, complete, as CSV or XLSX. */
export async function exportTable(
  db: Db,
  auth: AuthContext,
  id: string,
  table: 'matrix' | 'variants',
  format: 'csv' | 'xlsx',
  options: ReportOptions,
) {
  const log = await readyLog(db, auth, id);
  const report = await logReport(db, auth, log.id, options, { allVariants: table === 'variants' });
  const data = table === 'matrix' ? matrixTable(report) : variantsTable(report);
  const name = `${table}-${options.by.replace(/[^A-Za-z0-9_-]/g, '_')}.${format}`;
  if (format === 'csv') return { name, contentType: 'text/csv; charset=utf-8', body: tableCsv(data) };
  return {
    name,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await toXlsx(data, table),
  };
}

/** The skipped rows of a "skip bad rows" import as CSV (line, code, reason). */
export async function skippedCsv(db: Db, auth: AuthContext, id: string): Promise<string> {
  const log = await findLog(db, auth, id);
  if (!log) throw notFound();
  return toCsv(
    [['line', 'code', 'reason'], ...log.skipped.map((r) => [r.line, r.code, r.reason])],
    MACHINE_CSV,
  );
}
