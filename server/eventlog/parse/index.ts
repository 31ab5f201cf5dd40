/**
 * Streaming event-log parsers (XES and CSV). Feed the batches to
 * `HandoverAnalysis` from shared/eventlog, or store them.
 */

export {
  type DateFormat,
  type DateOrder,
  detectDateFormat,
  parseTimestamp,
} from '../../../shared/dates/index.ts';
export type { ByteInput } from './byte-source.ts';
export type { CsvMapping } from './csv-mapping.ts';
export { type CsvParseOptions, parseCsv } from './csv-parser.ts';
export { type CsvPreview, type PreviewOptions, previewCsv } from './csv-preview.ts';
export * from './errors.ts';
export {
  detectFormat,
  type OpenedLog,
  type OpenFileOptions,
  openEventLogFile,
  readHead,
} from './file-input.ts';
export type { CommonParseOptions, EventLogStream, ParseProgress, ParseSummary } from './stream.ts';
export { parseXes, type XesParseOptions } from './xes-parser.ts';
