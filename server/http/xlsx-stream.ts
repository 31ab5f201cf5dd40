import { PassThrough, type Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcel } from './excel.ts';

/** One spreadsheet cell: text, a number (kept numeric so figures can be recomputed), or empty. */
export type CellValue = string | number | null;

// Excel has no NaN or Infinity; such a cell would make the file unreadable, so it stays empty.
const cellValue = (v: CellValue): CellValue => (typeof v === 'number' && !Number.isFinite(v) ? null : v);

/** A writable as both Node's and readable-stream's streams expose it, enough to wait for room. */
interface Buffering {
  _writableState?: { length: number; highWaterMark: number };
  on(event: 'drain' | 'close', listener: () => void): unknown;
  off(event: 'drain' | 'close', listener: () => void): unknown;
}

const isBuffering = (s: unknown): s is Buffering =>
  typeof s === 'object' && s !== null && '_writableState' in s && 'on' in s && 'off' in s;

const full = (s: Buffering) =>
  s._writableState ? s._writableState.length >= s._writableState.highWaterMark : false;

/**
 * exceljs 4 writes each committed row straight into the zip entry's input stream and ignores that
 * stream's backpressure, so rows produced faster than they are compressed or downloaded would pile
 * up there. Waiting on that input keeps memory flat. It is internal to exceljs, hence the defensive
 * lookup; server/dashboard/xlsx-export.test.ts notices if an upgrade moves it.
 */
function sheetInput(sheet: ExcelJS.Worksheet): Buffering | undefined {
  const pipes: unknown = (sheet as unknown as { stream?: { pipes?: unknown } }).stream?.pipes;
  const first: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  return isBuffering(first) ? first : undefined;
}

/** Resolves once `input` has room again, or the client has gone away (then `out.destroyed`). */
function drained(input: Buffering, out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      input.off('drain', done);
      out.off('close', done);
      resolve();
    };
    input.on('drain', done);
    out.on('close', done);
  });
}

/** Excel's rows per worksheet (2^20); a sheet with more is not opened in full. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** The name of the `n`th sheet (1-based): `name`, then `name 2`, `name 3`…, within Excel's 31 characters. */
export function sheetName(name: string, n: number): string {
  const suffix = n === 1 ? '' : ` ${n}`;
  return name.slice(0, 31 - suffix.length) + suffix;
}

export interface SheetOptions {
  /** Rows per sheet before the next one starts (Excel's limit unless a test lowers it). */
  maxRows?: number;
  /** Repeat the first row (the header) at the top of every further sheet. */
  repeatHeader?: boolean;
}

/**
 * An XLSX workbook streamed with exceljs's WorkbookWriter: each row is committed as it arrives, so the
 * workbook is never held in memory. No shared-string table or styles, which would have to be kept
 * until the end. Rows beyond Excel's 1,048,576 per sheet go on to a further sheet (`name 2`, …, the
 * header repeated with `repeatHeader`), so every row can be opened, and no sheet's XML nears the 4 GB
 * at which a streamed zip entry would need ZIP64 sizes its header does not carry. Stops reading `rows`
 * if the client disconnects.
 */
export function xlsxSheetStream(
  name: string,
  rows: AsyncIterable<readonly CellValue[]>,
  options: SheetOptions = {},
): Readable {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  const out = new PassThrough();
  (async () => {
    const Excel = await loadExcel();
    const workbook = new Excel.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: false,
    });
    let sheets = 1;
    let sheet = workbook.addWorksheet(sheetName(name, sheets));
    let header: CellValue[] | undefined;
    let inSheet = 0;
    for await (const row of rows) {
      const cells = row.map(cellValue);
      header ??= cells;
      if (inSheet === maxRows) {
        sheet.commit();
        sheet = workbook.addWorksheet(sheetName(name, ++sheets));
        inSheet = 0;
        if (options.repeatHeader) {
          sheet.addRow(header).commit();
          inSheet++;
        }
      }
      sheet.addRow(cells).commit();
      inSheet++;
      // Backpressure: wait for compression and a slow client instead of buffering rows in memory.
      const input = sheetInput(sheet) ?? out;
      if (full(input)) await drained(input, out);
      // Leaving the loop ends `rows`, so no further pages are queried for nobody.
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}
