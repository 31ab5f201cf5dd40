import { constants, createGunzip } from 'node:zlib';
import type { AttrValue, EventBatch } from '../../../shared/eventlog/types.ts';
import { toImportError } from '../jobs.ts';
import type { ImportError } from '../model.ts';
import { type CsvPreview, detectFormat, parseXes, previewCsv } from '../parse/index.ts';
import { containsNationalId } from './privacy.ts';

/** An attribute seen in the preview, with a few example values. */
export interface AttributeInfo {
  key: string;
  examples: string[];
  /** Some example looks like a CPR number or fødselsnummer: it can only be imported dropped. */
  nationalId: boolean;
}

/** What the upload form needs before the import: format, CSV layout, attributes to choose from. */
export interface LogPreview {
  format: 'xes' | 'csv';
  csv: CsvPreview | null;
  caseAttributes: AttributeInfo[];
  eventAttributes: AttributeInfo[];
  error: ImportError | null;
}

/** Keys the parser maps to fields of its own (never offered as extra attributes). */
const STANDARD = new Set([
  'concept:name',
  'time:timestamp',
  'org:resource',
  'org:group',
  'lifecycle:transition',
]);

/**
 * Previews the first bytes of an upload (the browser sends the file's first MiB; gzip is
 * inflated as needed). XES: the first {@link PREVIEW_CASES} complete traces; CSV (first MiB of text): detected encoding,
 * delimiter, date formats, suggested mapping and the first rows.
 */
export async function previewHead(
  raw: Uint8Array,
  csvOptions: { encoding?: string; delimiter?: string },
): Promise<LogPreview> {
  const gzipped = raw[0] === 0x1f && raw[1] === 0x8b;
  if (!gzipped && detectFormat(raw) === 'csv') return csvPreview(raw, csvOptions);
  if (gzipped) {
    let head: Uint8Array;
    try {
      head = await firstInflated(raw, 64 * 1024);
    } catch (error) {
      return {
        format: 'xes',
        csv: null,
        caseAttributes: [],
        eventAttributes: [],
        error: toImportError(error),
      };
    }
    if (detectFormat(head) === 'csv') return csvPreview(await firstInflated(raw, 1 << 20), csvOptions);
  }
  // XES: parse while inflating, and stop once enough traces are in (see PREVIEW_CASES).
  const batches: EventBatch[] = [];
  let error: ImportError | null = null;
  const stream = parseXes(gzipped ? inflate(raw) : single(raw));
  try {
    let cases = 0;
    for await (const batch of stream) {
      batches.push(batch);
      cases += batch.cases.length;
      if (cases >= PREVIEW_CASES) break;
    }
  } catch (e) {
    // The sample ends inside the log: expected, unless nothing at all could be read.
    if (batches.length === 0) error = toImportError(e);
  }
  const dates = new Set(stream.summary.dateAttributes);
  const caseValues = collect(
    batches.flatMap((b) => b.cases.map((c) => c.attrs)),
    dates,
  );
  const eventValues = collect(
    batches.flatMap((b) => b.events.map((e) => e.attrs)),
    dates,
  );
  return { format: 'xes', csv: null, caseAttributes: caseValues, eventAttributes: eventValues, error };
}

/**
 * Traces the preview reads. The browser sends the file's first MiB; gzipped, that MiB can inflate
 * to 20+ MB of XES (bpic2012: 22 MB, of which the first 6.6 MB are log-level metadata before the
 * first trace), and parsing all of it took seconds for a page that shows a few example values.
 */
export const PREVIEW_CASES = 500;

function csvPreview(head: Uint8Array, csvOptions: { encoding?: string; delimiter?: string }): LogPreview {
  const csv = previewCsv(head, { ...csvOptions, rows: 20 });
  const columns = csv.headers.map((key, i) =>
    attribute(
      key,
      csv.rows.map((r) => r[i] ?? ''),
    ),
  );
  return { format: 'csv', csv, caseAttributes: columns, eventAttributes: columns, error: null };
}

/** A gunzip of the sample that treats its cut-off end as a normal end (sync flush, not finish). */
function sampleGunzip(raw: Uint8Array) {
  const gunzip = createGunzip({ finishFlush: constants.Z_SYNC_FLUSH });
  gunzip.end(raw);
  return gunzip;
}

/** The inflated sample, piece by piece; stopping early destroys the gunzip. */
async function* inflate(raw: Uint8Array): AsyncGenerator<Uint8Array> {
  const gunzip = sampleGunzip(raw);
  try {
    for await (const chunk of gunzip) yield chunk as Uint8Array;
  } finally {
    gunzip.destroy();
  }
}

/** The first `limit` inflated bytes (or all, if fewer). */
async function firstInflated(raw: Uint8Array, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of inflate(raw)) {
    parts.push(chunk);
    size += chunk.length;
    if (size >= limit) break;
  }
  return Buffer.concat(parts);
}

async function* single(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** Example values as the analyst reads them: XES dates (parsed to epoch ms) as ISO dates. */
function collect(records: Array<Record<string, AttrValue>>, dates: Set<string>): AttributeInfo[] {
  const values = new Map<string, string[]>();
  for (const attrs of records) {
    for (const [key, value] of Object.entries(attrs)) {
      if (STANDARD.has(key)) continue;
      const list = values.get(key) ?? [];
      if (list.length < 200) list.push(dates.has(key) ? shownDate(value) : String(value));
      values.set(key, list);
    }
  }
  return [...values].map(([key, list]) => attribute(key, list)).sort((a, b) => a.key.localeCompare(b.key));
}

function attribute(key: string, values: string[]): AttributeInfo {
  const distinct = [...new Set(values.filter((v) => v !== ''))];
  return { key, examples: distinct.slice(0, 3), nationalId: values.some(containsNationalId) };
}

function shownDate(value: AttrValue): string {
  // 8.64e15 ms is the end of the Date range: toISOString would throw beyond it.
  return typeof value === 'number' && Math.abs(value) <= 8.64e15
    ? new Date(value).toISOString()
    : String(value);
}
