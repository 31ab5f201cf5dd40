import type ExcelJS from 'exceljs';
import { parseCsv } from '../../shared/complaints/csv.ts';
import { AppError } from '../http/app-error.ts';
import { loadExcel } from '../http/excel.ts';

/** The rows of an uploaded file: the header first, then the data rows, all as trimmed text. */
export type SheetRows = string[][];

/** At most this many data rows per import: a year of complaints in a large municipality. */
export const MAX_IMPORT_ROWS = 20_000;

const unreadable = () => new AppError('complaint_import_unreadable');

/**
 * Reads a CSV or XLSX upload into text rows. XLSX dates become ISO dates and numbers their plain text,
 * so both formats go through the same row validation.
 */
export async function readUpload(fileName: string, base64: string): Promise<SheetRows> {
  const bytes = Buffer.from(base64, 'base64');
  const rows = /\.xlsx$/i.test(fileName) ? await readXlsx(bytes) : readCsv(bytes);
  if (rows.length < 2 || rows.length - 1 > MAX_IMPORT_ROWS) throw unreadable();
  return rows;
}

function readCsv(bytes: Buffer): SheetRows {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) throw unreadable();
  return parseCsv(text).map((r) => r.map((c) => c.trim()));
}

async function readXlsx(bytes: Buffer): Promise<SheetRows> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  const rows: SheetRows = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((c) => c !== '')) rows.push(cells);
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}
