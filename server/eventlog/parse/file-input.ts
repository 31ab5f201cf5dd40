import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants, gunzipSync } from 'node:zlib';
import { type CsvParseOptions, parseCsv } from './csv-parser.ts';
import { type CsvPreview, previewCsv } from './csv-preview.ts';
import { EventLogParseError } from './errors.ts';
import type { EventLogStream } from './stream.ts';
import { parseXes, type XesParseOptions } from './xes-parser.ts';

/**
 * The first bytes of a file, gunzipped when it is gzip (a partial inflate: enough to sniff the
 * format or preview a CSV without reading the whole file). The compressed bytes are read 4 KiB
 * first, then 4× more until they inflate to `size` bytes: a 64 KiB compressed head of an XES log
 * inflates to over a megabyte, which the CLI inflated (and threw away) before every analysis.
 */
export async function readHead(path: string, size = 64 * 1024): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  const read = async (want: number) => {
    const buffer = Buffer.alloc(want);
    const { bytesRead } = await handle.read(buffer, 0, want, 0);
    return buffer.subarray(0, bytesRead);
  };
  try {
    let want = Math.min(size, 4096);
    let raw = await read(want);
    if (raw[0] !== 0x1f || raw[1] !== 0x8b) return raw.length < want ? raw : await read(size);
    for (;;) {
      const text = inflateHead(raw);
      if (text.length >= size || raw.length < want || want === size) return text.subarray(0, size);
      want = Math.min(want * 4, size);
      raw = await read(want);
    }
  } finally {
    await handle.close();
  }
}

function inflateHead(raw: Uint8Array): Uint8Array {
  try {
    return gunzipSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    throw new EventLogParseError({ code: 'GZIP_CORRUPT', byte: 0 }, `Not readable as gzip: ${String(error)}`);
  }
}

/** XES when the text starts (after a BOM and white space) with `<`, otherwise CSV. */
export function detectFormat(head: Uint8Array): 'xes' | 'csv' {
  // NULs are dropped so UTF-16 text reads like ASCII here.
  const text = new TextDecoder('latin1').decode(head.subarray(0, 512)).replace(/\0/g, '');
  return text
    .replace(/^(\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)/, '')
    .trimStart()
    .startsWith('<')
    ? 'xes'
    : 'csv';
}

/** Options of {@link openEventLogFile}. The CSV mapping defaults to the suggested one. */
export interface OpenFileOptions extends XesParseOptions, Partial<CsvParseOptions> {}

/** An opened log: its format, the CSV preview when CSV, and the stream of batches. */
export interface OpenedLog {
  format: 'xes' | 'csv';
  preview: CsvPreview | null;
  stream: EventLogStream;
}

/**
 * Opens a log file of either format (.xes, .xes.gz, .csv, .csv.gz — decided by content, not by
 * name). For CSV without a mapping, the column names are guessed; a column that cannot be
 * guessed fails with CSV_MISSING_COLUMN.
 */
export async function openEventLogFile(path: string, options: OpenFileOptions = {}): Promise<OpenedLog> {
  const head = await readHead(path);
  if (detectFormat(head) === 'xes') {
    return { format: 'xes', preview: null, stream: parseXes(createReadStream(path), options) };
  }
  const preview = previewCsv(head, { encoding: options.encoding, delimiter: options.delimiter });
  const guess = preview.suggestedMapping;
  const mapping = options.mapping ?? {
    caseId: guess.caseId ?? '',
    activity: guess.activity ?? '',
    timestamp: guess.timestamp ?? '',
    resource: guess.resource,
    group: guess.group,
    lifecycle: guess.lifecycle,
  };
  for (const [field, column] of Object.entries({
    caseId: mapping.caseId,
    activity: mapping.activity,
    timestamp: mapping.timestamp,
  })) {
    if (column === '') {
      throw new EventLogParseError(
        { code: 'CSV_MISSING_COLUMN', line: 1, params: { column: field } },
        `Cannot tell which column holds the ${field}; give a mapping`,
      );
    }
  }
  return { format: 'csv', preview, stream: parseCsv(createReadStream(path), { ...options, mapping }) };
}
