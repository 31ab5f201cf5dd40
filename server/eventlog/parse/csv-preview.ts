import { type DateFormat, detectDateFormat } from '../../../shared/dates/index.ts';
import { type DetectedEncoding, detectDelimiter, detectEncoding, sampleRecords } from './csv-detect.ts';
import { type CsvMapping, suggestMapping } from './csv-mapping.ts';

/** What {@link previewCsv} found in the first bytes of a CSV file. */
export interface CsvPreview extends DetectedEncoding {
  delimiter: string;
  headers: string[];
  /** First data rows (not the header). */
  rows: string[][];
  /** Date format per column whose sampled values all read as timestamps. */
  dateFormats: Record<string, DateFormat>;
  /** The detected format of the suggested timestamp column, if any. */
  dateFormat: DateFormat | null;
  /** Columns guessed from their names, for the mapping form. */
  suggestedMapping: Partial<CsvMapping>;
}

/** Options of {@link previewCsv}; anything given is used instead of detected. */
export interface PreviewOptions {
  encoding?: string;
  delimiter?: string;
  /** Data rows to return (default 20). Up to 200 are sampled for date detection. */
  rows?: number;
}

/**
 * Reads the first bytes of an (uncompressed) CSV file — 64 KiB is plenty — and detects
 * encoding, delimiter and date formats, so the UI can show a mapping form with a preview.
 * A line cut at the end of the sample is ignored.
 */
export function previewCsv(firstBytes: Uint8Array, options: PreviewOptions = {}): CsvPreview {
  const detected = detectEncoding(firstBytes);
  const encoding = options.encoding ?? detected.encoding;
  const text = new TextDecoder(encoding).decode(firstBytes, { stream: true });
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const records = sampleRecords(text, delimiter, 201);
  const headers = records[0] ?? [];
  const data = records.slice(1);
  const dateFormats: Record<string, DateFormat> = {};
  headers.forEach((h, i) => {
    const values = data.map((r) => r[i] ?? '').filter((v) => v.trim() !== '');
    // Plain numbers would read as nothing here, but years like "2011" would: demand a separator.
    if (values.length === 0 || !values.every((v) => /\d[-/.]\d/.test(v))) return;
    const format = detectDateFormat(values);
    if (format) dateFormats[h] = format;
  });
  const suggestedMapping = suggestMapping(headers, dateFormats);
  const ts = suggestedMapping.timestamp;
  return {
    encoding: encoding as DetectedEncoding['encoding'],
    bom: detected.bom,
    delimiter,
    headers,
    rows: data.slice(0, options.rows ?? 20),
    dateFormats,
    dateFormat: ts === undefined ? null : (dateFormats[ts] ?? null),
    suggestedMapping,
  };
}
