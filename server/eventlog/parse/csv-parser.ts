import type { DateFormat, DateOrder } from '../../../shared/dates/index.ts';
import type { EventBatch } from '../../../shared/eventlog/types.ts';
import { type ByteInput, decodeText, maybeGunzip, peek } from './byte-source.ts';
import type { CsvMapping } from './csv-mapping.ts';
import { previewCsv } from './csv-preview.ts';
import { CsvRowReader } from './csv-rows.ts';
import { CsvTokenizer } from './csv-tokenizer.ts';
import { EventLogParseError } from './errors.ts';
import { type CommonParseOptions, type EventLogStream, emptySummary, toStream } from './stream.ts';

/** Options of {@link parseCsv}. Encoding, delimiter and date format are detected when absent. */
export interface CsvParseOptions extends CommonParseOptions {
  mapping: CsvMapping;
  /** A TextDecoder label, e.g. `utf-8` or `windows-1252`. */
  encoding?: string;
  delimiter?: string;
  dateFormat?: DateOrder | DateFormat;
  /** Collect bad rows (wrong field count, bad timestamp, no case id) in `summary.skipped`. */
  skipBadRows?: boolean;
  /**
   * Declares that all rows of a case are contiguous (as most exports are). Cases are then closed
   * as soon as the next case starts, so analysis memory stays bounded by the largest case;
   * a case that reappears later fails with CSV_CASE_NOT_CONTIGUOUS. Default false: every case
   * stays open until the end of the file.
   */
  groupedByCase?: boolean;
}

/**
 * Streams a CSV event log (plain or gzipped) as batches of events. The first row is the header.
 * Timestamps without an offset are read as UTC. Every case gets a closed {@link CaseRecord}
 * (at the end of the file, or at the next case when `groupedByCase`).
 *
 * Throws {@link EventLogParseError}: CSV_FIELD_COUNT, TIMESTAMP_INVALID, CASE_ID_MISSING (all
 * with line; collected instead under `skipBadRows`), CSV_MISSING_COLUMN, CSV_UNCLOSED_QUOTE,
 * CSV_EMPTY, CSV_CASE_NOT_CONTIGUOUS, GZIP_TRUNCATED/GZIP_CORRUPT (byte).
 */
export function parseCsv(input: ByteInput, options: CsvParseOptions): EventLogStream {
  const summary = emptySummary('csv');
  return toStream(summary, async function* (): AsyncGenerator<EventBatch> {
    const counter = { bytesRead: 0 };
    const { head, all } = await peek(maybeGunzip(input, counter));
    if (head.length === 0) throw new EventLogParseError({ code: 'CSV_EMPTY' }, 'The file is empty');
    const preview = previewCsv(head, { encoding: options.encoding, delimiter: options.delimiter });
    const format = options.dateFormat ?? preview.dateFormats[options.mapping.timestamp];
    const reader = new CsvRowReader({
      mapping: options.mapping,
      dateOrder: typeof format === 'string' ? format : (format?.order ?? 'YMD'),
      skipBadRows: options.skipBadRows ?? false,
      groupedByCase: options.groupedByCase ?? false,
    });
    const tokenizer = new CsvTokenizer(preview.delimiter, (fields, line) => reader.row(fields, line));
    const batchSize = options.batchSize ?? 2000;
    const flush = (): EventBatch => {
      const batch = { events: reader.events.splice(0), cases: reader.cases.splice(0) };
      summary.events += batch.events.length;
      summary.cases = reader.caseCount;
      summary.skipped = reader.skipped;
      summary.skippedTotal = reader.skippedTotal;
      return batch;
    };
    for await (const text of decodeText(all, preview.encoding)) {
      tokenizer.push(text);
      summary.bytesRead = counter.bytesRead;
      if (reader.events.length >= batchSize || reader.cases.length >= batchSize) yield flush();
      options.onProgress?.({ bytesRead: counter.bytesRead, events: summary.events, cases: reader.caseCount });
    }
    tokenizer.end();
    reader.finish();
    yield flush();
    summary.bytesRead = counter.bytesRead;
    options.onProgress?.({ bytesRead: counter.bytesRead, events: summary.events, cases: summary.cases });
  });
}
