import { parseCsv } from '../../shared/complaints/csv.ts';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../../shared/languages/status.ts';
import type { CatalogEntry } from './catalog.ts';
import { type ImportedUnit, ImportProblem } from './xliff.ts';

const HEADER = ['key', 'source', 'target', 'status'];
const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * The catalogue of one language as CSV (RFC 4180, comma, UTF-8 with BOM so spreadsheets read the
 * letters right): key, source, target, status. Agencies that do not read XLIFF fill in `target`.
 */
export function toCsv(entries: readonly CatalogEntry[]): string {
  const rows = entries.map((e) => [e.key, e.source, e.text ?? '', e.text === null ? '' : (e.status ?? '')]);
  return `\ufeff${[HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Reads a CSV export back. Rows are numbered as a spreadsheet shows them (the header is row 1). */
export function parseTranslationCsv(text: string): ImportedUnit[] {
  const rows = parseCsv(text);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  for (const name of ['key', 'target', 'status'])
    if (col(name) < 0)
      throw new ImportProblem(1, `column "${name}"`, 'the header must name key, source, target and status.');
  return rows.slice(1).map((row, i) => {
    const line = i + 2;
    const key = row[col('key')]?.trim() ?? '';
    if (!key) throw new ImportProblem(line, 'column "key"', 'the key is empty.');
    const target = row[col('target')] ?? '';
    const status = (row[col('status')] ?? '').trim();
    if (status && !(TRANSLATION_STATUSES as readonly string[]).includes(status))
      throw new ImportProblem(
        line,
        'column "status"',
        'the status must be validated, reviewed or unreviewed.',
      );
    const empty = target === '';
    return {
      key,
      line,
      text: empty ? null : target,
      status: empty ? null : ((status || 'unreviewed') as TranslationStatus),
    };
  });
}
