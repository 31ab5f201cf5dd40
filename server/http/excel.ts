import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on the first spreadsheet read or written, not at server start: it holds ~25 MB
 * resident, and most servers go a long time without one (issue 20: RSS ≤ 200 MB).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
