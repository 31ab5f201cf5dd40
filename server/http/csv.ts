/**
 * The one CSV writer of the server (dashboard, survey responses, event-log tables, open data, the
 * offboarding archive). Two dialects:
 *
 * - `spreadsheet`: what Danish and Norwegian Excel opens by double-click: semicolon-separated, decimal
 *   comma, UTF-8 with BOM (so æøå survive). The list separator of Danish/Norwegian Windows is ";" because
 *   "," is the decimal sign; a comma file opens as one column there.
 * - `machine`: RFC 4180 as programs expect it: comma-separated, decimal point, full precision.
 *
 * Both end lines with CRLF and start with a BOM. Text that starts with = + - @ (or a tab/CR) gets a
 * leading apostrophe so a spreadsheet shows it instead of running it as a formula (CSV injection).
 */

export type CsvCell = string | number | null;

export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
  /** Quote every text cell (not only those that need it), so a text like "0012" is never read as a number. */
  quoteText?: boolean;
}

export const MACHINE_CSV: CsvDialect = { separator: ',', decimal: '.' };
export const SPREADSHEET_CSV: CsvDialect = { separator: ';', decimal: ',' };

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';

function numberText(v: number, decimal: CsvDialect['decimal']): string {
  if (!Number.isFinite(v)) return '';
  // String() gives the shortest exact form; very small numbers come as "1e-7", which Excel also reads.
  const text = String(v);
  return decimal === ',' ? text.replace('.', ',') : text;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted when it must be (or always for text under `quoteText`). */
export function csvField(v: CsvCell, d: CsvDialect = MACHINE_CSV): string {
  if (v === null) return '';
  if (typeof v === 'number') return numberText(v, d.decimal);
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  const needs = d.quoteText || safe.includes(d.separator) || /[",;\r\n]/.test(safe);
  return needs ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A cell read back from a file this writer made: the apostrophe it put before a formula-like text is
 * dropped, so an exported text imported again is the same text (the translation CSV round trip).
 */
export function csvText(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** One line with its CRLF. */
export function csvLine(row: readonly CsvCell[], d: CsvDialect = MACHINE_CSV): string {
  return `${row.map((v) => csvField(v, d)).join(d.separator)}\r\n`;
}

/** A whole document in memory (small tables): BOM, then one line per row. */
export function toCsv(rows: Iterable<readonly CsvCell[]>, d: CsvDialect = MACHINE_CSV): string {
  let text = BOM;
  for (const row of rows) text += csvLine(row, d);
  return text;
}

/**
 * A streamed document: BOM, then lines gathered into ~64 KB pieces (one stream chunk per row cost more
 * than the rows themselves in the survey export benchmark).
 */
export async function* csvPieces(
  rows: AsyncIterable<readonly CsvCell[]> | Iterable<readonly CsvCell[]>,
  d: CsvDialect = MACHINE_CSV,
): AsyncGenerator<string> {
  let piece = BOM;
  for await (const row of rows) {
    piece += csvLine(row, d);
    if (piece.length >= 65_536) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
