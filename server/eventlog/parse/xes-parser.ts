import type { EventBatch } from '../../../shared/eventlog/types.ts';
import { type ByteInput, decodeText, maybeGunzip, peek } from './byte-source.ts';
import { EventLogParseError } from './errors.ts';
import {
  type CommonParseOptions,
  type EventLogStream,
  emptySummary,
  type ParseSummary,
  toStream,
} from './stream.ts';
import { XesHandler } from './xes-handler.ts';
import { RecordAttributes } from './xml-attributes.ts';
import { XmlByteScanner, XmlScanError } from './xml-scanner.ts';

/** Options of {@link parseXes}. */
export type XesParseOptions = CommonParseOptions;

/**
 * Streams an XES (IEEE 1849) log, plain or gzipped (detected by magic bytes), as batches of
 * events. Each trace becomes a closed {@link CaseRecord} with its attributes, emitted in the
 * batch that carries its events. Memory is bounded by the largest trace.
 *
 * Throws {@link EventLogParseError}: XML_MALFORMED (line/column), GZIP_TRUNCATED/GZIP_CORRUPT
 * (byte), TIMESTAMP_INVALID (line, value), CASE_ID_MISSING (line of the trace). XML errors are
 * always fatal.
 */
export function parseXes(input: ByteInput, options: XesParseOptions = {}): EventLogStream {
  const summary = emptySummary('xes');
  return toStream(summary, async function* (): AsyncGenerator<EventBatch> {
    const counter = { bytesRead: 0 };
    const { head, all } = await peek(maybeGunzip(input, counter));
    const encoding = declaredEncoding(head);
    const reader = encoding === 'utf-8' ? byteReader(summary) : await saxReader(summary);
    const { handler } = reader;
    handler.onDateKey = (key) => summary.dateAttributes.push(key);
    const batchSize = options.batchSize ?? 2000;
    const flush = (): EventBatch => {
      const batch = { events: handler.events.splice(0), cases: handler.cases.splice(0) };
      summary.events += batch.events.length;
      summary.cases += batch.cases.length;
      return batch;
    };
    const source = encoding === 'utf-8' ? all : decodeText(all, encoding);
    for await (const piece of source) {
      reader.write(piece);
      summary.bytesRead = counter.bytesRead;
      if (handler.events.length >= batchSize || handler.cases.length > 0) yield flush();
      options.onProgress?.({ bytesRead: counter.bytesRead, events: summary.events, cases: summary.cases });
    }
    reader.end();
    if (handler.events.length || handler.cases.length) yield flush();
    summary.bytesRead = counter.bytesRead;
    options.onProgress?.({ bytesRead: counter.bytesRead, events: summary.events, cases: summary.cases });
  });
}

/** Feeds one parser with bytes (UTF-8) or decoded text (other encodings). */
interface XesReader {
  handler: XesHandler;
  write(piece: Uint8Array | string): void;
  end(): void;
}

/**
 * UTF-8 (nearly every XES file): the byte scanner, which decodes only names and values. A
 * malformed document fails with XML_MALFORMED at the line and column the scanner names.
 */
function byteReader(summary: ParseSummary): XesReader {
  const holder: { scanner?: XmlByteScanner } = {};
  // One object with getters: the handler asks for the line at every tag, the column only on errors.
  const position = {
    get line() {
      return holder.scanner?.line ?? 1;
    },
    get column() {
      return holder.scanner?.column ?? 1;
    },
  };
  const handler = new XesHandler(summary.notes, () => position);
  const scanner = new XmlByteScanner(handler);
  holder.scanner = scanner;
  const guard = (run: () => void) => {
    try {
      run();
    } catch (error) {
      if (!(error instanceof XmlScanError)) throw error;
      throw new EventLogParseError(
        { code: 'XML_MALFORMED', line: error.line, column: error.column, params: { reason: error.reason } },
        `Malformed XML: ${error.reason}`,
      );
    }
  };
  return {
    handler,
    write: (piece) => guard(() => scanner.write(piece as Uint8Array)),
    end: () => guard(() => scanner.end()),
  };
}

/**
 * Other encodings: text decoded by TextDecoder, parsed by saxes (also the tests' reference). Loaded
 * only here: compiling saxes cost every UTF-8 run (nearly all) ~40 ms of CPU.
 */
async function saxReader(summary: ParseSummary): Promise<XesReader> {
  const { SaxesParser } = await import('saxes');
  const sax = new SaxesParser({ position: true });
  const handler = new XesHandler(summary.notes, () => ({ line: sax.line, column: sax.column }));
  sax.on('opentag', (tag) => handler.open(tag.name, new RecordAttributes(tag.attributes)));
  sax.on('closetag', (tag) => handler.close(tag.name));
  sax.on('error', (error) => {
    const reason = error.message.replace(/^[^:]*:\d+:\d+: /, '');
    throw new EventLogParseError(
      { code: 'XML_MALFORMED', line: sax.line, column: sax.column, params: { reason } },
      `Malformed XML: ${reason}`,
    );
  });
  return { handler, write: (piece) => sax.write(piece as string), end: () => sax.close() };
}

/** The encoding named in the XML declaration (UTF-16 by BOM), defaulting to UTF-8. */
function declaredEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const prolog = new TextDecoder('latin1').decode(head.subarray(0, 200));
  const label = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(
    prolog,
  )?.[1];
  if (!label) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}
