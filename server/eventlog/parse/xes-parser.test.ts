import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EventBatch } from '../../../shared/eventlog/types.ts';
import { EventLogParseError } from './errors.ts';
import { parseXes } from './xes-parser.ts';

const XES = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1849-2016" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="event"><string key="concept:name" value="x"/></global>
  <classifier name="Activity" keys="concept:name"/>
  <float key="meta" value="1.5"><float key="nested" value="2"/></float>
  <trace>
    <string key="concept:name" value="c1"/>
    <string key="channel" value="Internet"/>
    <int key="n" value="7"/>
    <list key="tags"><values><string key="t" value="a"/></values></list>
    <event>
      <string key="concept:name" value="Modtag"/>
      <string key="org:resource" value="Åse"/>
      <string key="org:group" value="Borgerservice"/>
      <string key="lifecycle:transition" value="complete"/>
      <date key="time:timestamp" value="2024-03-01T10:00:00.000+01:00"/>
      <float key="cost" value="2.5"/>
      <boolean key="urgent" value="true"/>
      <id key="ref" value="abc"/>
      <string key="outer" value="o"><string key="inner" value="i"/></string>
    </event>
    <event>
      <string key="concept:name" value="Afgør"/>
      <date key="time:timestamp" value="2024-03-01T10:00:30Z"/>
    </event>
  </trace>
</log>`;

async function* chunks(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function all(input: AsyncIterable<Uint8Array>): Promise<EventBatch[]> {
  const out: EventBatch[] = [];
  for await (const b of parseXes(input)) out.push(b);
  return out;
}

async function failure(input: AsyncIterable<Uint8Array>): Promise<EventLogParseError> {
  const error = await all(input).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof EventLogParseError))
    throw new Error(`expected EventLogParseError, got ${String(error)}`);
  return error;
}

describe('parseXes', () => {
  it('reads typed trace and event attributes, even when fed byte by byte', async () => {
    for (const size of [1, 7, 1 << 16]) {
      const batches = await all(chunks(XES, size));
      const events = batches.flatMap((b) => b.events);
      expect(events).toHaveLength(2);
      expect(events[0]).toEqual({
        caseId: 'c1',
        activity: 'Modtag',
        resource: 'Åse',
        group: 'Borgerservice',
        lifecycle: 'complete',
        timestamp: Date.UTC(2024, 2, 1, 9, 0, 0),
        attrs: { cost: 2.5, urgent: true, ref: 'abc', outer: 'o' },
      });
      expect(events[1]?.timestamp).toBe(Date.UTC(2024, 2, 1, 10, 0, 30));
      expect(batches.flatMap((b) => b.cases)).toEqual([
        { caseId: 'c1', attrs: { 'concept:name': 'c1', channel: 'Internet', n: 7 }, closed: true },
      ]);
    }
  });

  it('counts ignored nested values and lists in notes, and reports progress', async () => {
    const progress: number[] = [];
    const stream = parseXes(chunks(XES, 100), { onProgress: (p) => progress.push(p.bytesRead) });
    for await (const _ of stream) {
      // drain
    }
    expect(stream.summary.notes.map((n) => [n.code, n.count])).toEqual([
      ['NESTED_ATTRIBUTE_IGNORED', 2],
      ['LIST_ATTRIBUTE_IGNORED', 1],
    ]);
    const size = new TextEncoder().encode(XES).length;
    expect(stream.summary).toMatchObject({ events: 2, cases: 1, bytesRead: size });
    expect(progress.at(-1)).toBe(size);
  });

  it('reads gzip by its magic bytes', async () => {
    const events = (await all(chunks(gzipSync(XES), 50))).flatMap((b) => b.events);
    expect(events.map((e) => e.activity)).toEqual(['Modtag', 'Afgør']);
  });

  it('fails on malformed XML with line and column', async () => {
    const error = await failure(chunks(XES.replace('</event>\n    <event>', '</evnt>\n    <event>'), 64));
    expect(error.code).toBe('XML_MALFORMED');
    expect(error.line).toBe(22);
    expect(error.column).toBeGreaterThan(0);
  });

  it('fails on a truncated gzip with the byte offset', async () => {
    const gz = gzipSync(XES);
    const cut = gz.subarray(0, Math.floor(gz.length / 2));
    const error = await failure(chunks(cut, 64));
    expect(error.code).toBe('GZIP_TRUNCATED');
    expect(error.byte).toBe(cut.length);
  });

  it('fails on an unreadable timestamp and on a trace without case id', async () => {
    const bad = await failure(chunks(XES.replace('2024-03-01T10:00:30Z', 'yesterday'), 64));
    expect(bad).toMatchObject({ code: 'TIMESTAMP_INVALID', line: 25, params: { value: 'yesterday' } });
    for (const value of ['2024-02-31T10:00:30Z', '2023-02-29T10:00:30Z', '2024-04-31T10:00:30.000+02:00']) {
      const impossible = await failure(chunks(XES.replace('2024-03-01T10:00:30Z', value), 64));
      expect(impossible).toMatchObject({ code: 'TIMESTAMP_INVALID', line: 25, params: { value } });
    }
    const noId = await failure(chunks(XES.replace('<string key="concept:name" value="c1"/>', ''), 64));
    expect(noId).toMatchObject({ code: 'CASE_ID_MISSING', line: 7 });
  });
});
