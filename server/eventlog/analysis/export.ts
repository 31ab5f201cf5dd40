import type { HandoverReport } from '../../../shared/eventlog/index.ts';
import { toCsv as csvDocument, MACHINE_CSV } from '../../http/csv.ts';
import { loadExcel } from '../../http/excel.ts';

type Cell = string | number | null;

/** A table to export: header and rows (numbers stay numbers in XLSX). */
export interface ExportTable {
  header: string[];
  rows: Cell[][];
}

const HOUR_MS = 3_600_000;
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR_MS) * 100) / 100);

/**
 * The handover matrix as a long table: every directly-following pair, self-pairs included and
 * flagged, with the relative value (share of all directly-following pairs) and waits in hours.
 */
export function matrixTable(report: HandoverReport): ExportTable {
  const pairs = [...report.handovers, ...report.selfHandovers].sort((a, b) => b.count - a.count);
  return {
    header: ['from', 'to', 'self', 'count', 'relative', 'median_wait_hours', 'p90_wait_hours'],
    rows: pairs.map((p) => [
      p.from,
      p.to,
      p.from === p.to ? 1 : 0,
      p.count,
      Math.round(p.relative * 1e6) / 1e6,
      hours(p.medianWaitMs),
      hours(p.p90WaitMs),
    ]),
  };
}

/** Variants: rank, actor sequence, cases, share, number of handovers, median duration in hours. */
export function variantsTable(report: HandoverReport): ExportTable {
  return {
    header: ['rank', 'actors', 'cases', 'share', 'handovers', 'median_duration_hours'],
    rows: report.variants.map((v, i) => [
      i + 1,
      v.actors.join(' > '),
      v.cases,
      Math.round(v.share * 1e6) / 1e6,
      v.actors.filter((a, j) => j > 0 && a !== v.actors[j - 1]).length,
      hours(v.medianDurationMs),
    ]),
  };
}

/** RFC 4180 CSV (comma, CRLF) with a UTF-8 BOM so that spreadsheet programs read "æøå" right. */
export function toCsv(table: ExportTable): string {
  return csvDocument([table.header, ...table.rows], MACHINE_CSV);
}

/** One-sheet XLSX. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
