import { describe, expect, it } from 'vitest';
import type { EventBatch } from '../../../shared/eventlog/types.ts';
import { type CsvParseOptions, parseCsv } from './csv-parser.ts';
import { EventLogParseError } from './errors.ts';

const mapping = { caseId: 'sag', activity: 'aktivitet', timestamp: 'tid', resource: 'bruger' };

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const utf8 = (text: string) => new TextEncoder().encode(text);

async function run(bytes: Uint8Array, options: Partial<CsvParseOptions> = {}, size = 5) {
  const stream = parseCsv(chunks(bytes, size), { mapping, ...options });
  const batches: EventBatch[] = [];
  for await (const b of stream) batches.push(b);
  return {
    events: batches.flatMap((b) => b.events),
    cases: batches.flatMap((b) => b.cases),
    summary: stream.summary,
  };
}

async function failure(
  bytes: Uint8Array,
  options: Partial<CsvParseOptions> = {},
): Promise<EventLogParseError> {
  const error = await run(bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof EventLogParseError))
    throw new Error(`expected EventLogParseError, got ${String(error)}`);
  return error;
}

describe('parseCsv', () => {
  it('reads RFC 4180 quotes (delimiters, quotes and line breaks inside) in tiny chunks', async () => {
    const text =
      'sag;aktivitet;tid;bruger\r\n1;"Modtag; scan";2024-03-01 10:00;"Åse ""A"""\r\n1;"Afgør\r\nendeligt";2024-03-01 11:00;Bo\r\n\r\n2;Luk;2024-03-02 09:00;Bo';
    for (const size of [1, 3, 1000]) {
      const { events } = await run(utf8(text), {}, size);
      expect(events.map((e) => [e.caseId, e.activity, e.resource])).toEqual([
        ['1', 'Modtag; scan', 'Åse "A"'],
        ['1', 'Afgør\r\nendeligt', 'Bo'],
        ['2', 'Luk', 'Bo'],
      ]);
      expect(events[0]?.timestamp).toBe(Date.UTC(2024, 2, 1, 10, 0));
    }
  });

  it('detects tab and pipe delimiters, Windows-1252 and a UTF-8 BOM', async () => {
    const tab = await run(utf8('sag\taktivitet\ttid\tbruger\n1\tA\t2024-03-01 10:00\tx\n'));
    expect(tab.events[0]?.activity).toBe('A');
    const pipe = await run(utf8('\uFEFFsag|aktivitet|tid|bruger\n1|A|2024-03-01 10:00|x\n'));
    expect(pipe.events[0]?.caseId).toBe('1');
    // "æøå" and "€" as Windows-1252 bytes: not valid UTF-8.
    const latin = Uint8Array.from([
      ...utf8('sag,aktivitet,tid,bruger\n1,'),
      0xe6,
      0xf8,
      0xe5,
      0x80,
      ...utf8(',2024-03-01,x\n'),
    ]);
    expect((await run(latin)).events[0]?.activity).toBe('æøå€');
  });

  it('detects day-first and slash date formats', async () => {
    const dmy = await run(utf8('sag,aktivitet,tid,bruger\n1,A,30-12-2010 14:32,x\n1,B,02-01-2011 08:05,x\n'));
    expect(dmy.events.map((e) => e.timestamp)).toEqual([
      Date.UTC(2010, 11, 30, 14, 32),
      Date.UTC(2011, 0, 2, 8, 5),
    ]);
    const ymd = await run(utf8('sag,aktivitet,tid,bruger\n1,A,2010/12/30 14:32:00.250,x\n'));
    expect(ymd.events[0]?.timestamp).toBe(Date.UTC(2010, 11, 30, 14, 32, 0, 250));
  });

  it('fails with the line on a wrong field count, missing case id and bad timestamp', async () => {
    const head = 'sag,aktivitet,tid,bruger\n1,A,2024-03-01 10:00,x\n';
    expect(await failure(utf8(`${head}1,B,2024-03-01 11:00\n`))).toMatchObject({
      code: 'CSV_FIELD_COUNT',
      line: 3,
      params: { expected: 4, actual: 3 },
    });
    expect(await failure(utf8(`${head},B,2024-03-01 11:00,x\n`))).toMatchObject({
      code: 'CASE_ID_MISSING',
      line: 3,
    });
    expect(await failure(utf8(`${head}1,B,i går,x\n`))).toMatchObject({
      code: 'TIMESTAMP_INVALID',
      line: 3,
      params: { value: 'i går' },
    });
    // Impossible calendar dates are refused, not rolled over into the next month (ISO and day-first).
    for (const value of ['2024-02-31 10:00', '2023-02-29', '2024-04-31T08:00:00Z']) {
      expect(await failure(utf8(`${head}1,B,${value},x\n`))).toMatchObject({
        code: 'TIMESTAMP_INVALID',
        line: 3,
        params: { value },
      });
    }
    expect(
      await failure(utf8('sag,aktivitet,tid,bruger\n1,A,01.03.2024 10:00,x\n1,B,31.04.2024 10:00,x\n'), {
        dateFormat: 'DMY',
      }),
    ).toMatchObject({ code: 'TIMESTAMP_INVALID', line: 3, params: { value: '31.04.2024 10:00' } });
    expect(await failure(utf8('sag,aktivitet,bruger\n1,A,x\n'))).toMatchObject({
      code: 'CSV_MISSING_COLUMN',
    });
  });

  it('collects bad rows under skipBadRows', async () => {
    const text = 'sag,aktivitet,tid,bruger\n1,A,2024-03-01 10:00,x\n1,B\n,C,2024-03-01,x\n1,D,2024-03-02,y\n';
    const { events, summary } = await run(utf8(text), { skipBadRows: true });
    expect(events.map((e) => e.activity)).toEqual(['A', 'D']);
    expect(summary.skipped.map((s) => [s.line, s.code])).toEqual([
      [3, 'CSV_FIELD_COUNT'],
      [4, 'CASE_ID_MISSING'],
    ]);
  });

  it('closes cases early when grouped by case, and rejects a case that comes back', async () => {
    const text = 'sag,aktivitet,tid,bruger\n1,A,2024-03-01,x\n2,B,2024-03-01,x\n';
    const { cases } = await run(utf8(text), { groupedByCase: true });
    expect(cases).toEqual([
      { caseId: '1', attrs: {}, closed: true },
      { caseId: '2', attrs: {}, closed: true },
    ]);
    const back = await failure(utf8(`${text}1,C,2024-03-02,x\n`), { groupedByCase: true });
    expect(back).toMatchObject({ code: 'CSV_CASE_NOT_CONTIGUOUS', line: 4 });
  });
});
