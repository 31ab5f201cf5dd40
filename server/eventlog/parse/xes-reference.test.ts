import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, skipWithoutFixtures } from './fixtures.ts';
import { parseXes } from './xes-parser.ts';

/**
 * The XES reader end to end (scanner, attribute reads, interned values, timestamps, notes) against
 * saxes, the reference: the same file re-encoded as UTF-16 goes through saxes (the byte scanner
 * reads UTF-8 only), so both readers must yield the same events, cases and summary. The scanner's
 * own test compares elements; this one also covers what the XES handler reads by name.
 */

/** Edge cases in what the handler reads by name: entities, white space, non-ASCII, any order, nesting. */
const EDGES = `<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0">
  <string key="meta" value="a&#9;b"><string key="nested" value="x"/></string>
  <trace>
    <string value="c&amp;1" key="concept:name"/>
    <string key="note" value="two
lines"/>
    <![CDATA[ <event> ]]>
    <event>
      <string key="org:resource" value="Åse&#10;Ødegård"/>
      <string value="Tab	here" key="concept:name"/>
      <date key="time:timestamp" value="2024-03-01T10:00:00.5+01:00"/>
      <string key="org:group" value="a &lt; b"/>
      <list key="tags"><values><string key="t" value="x"/></values></list>
      <int key="n" value=" 7 "/>
    </event>
    <event>
      <date value="2024-03-01 10:00Z" key="time:timestamp"/>
      <string key="org:resource" value="Åse&#10;Ødegård"/>
      <string key="concept:name" value="Tab	here"/>
      <string key="lifecycle:transition" value="complete"/>
      <boolean key="urgent" value="true"/>
    </event>
    <event><string key="concept:name" value="no time, no resource"/></event>
  </trace>
  <trace><string key="concept:name" value="c2"/><event><string key="org:resource" value="Åse
Ødegård"/><string key="concept:name" value="Tab here"/></event></trace>
</log>
`;

/** UTF-8 pieces (a file, by default) as UTF-16LE with a byte-order mark. */
async function* utf16(path: string, pieces?: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder('utf-8');
  yield Uint8Array.of(0xff, 0xfe);
  const file = () =>
    path.endsWith('.gz') ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  for await (const chunk of pieces ?? file()) {
    yield Buffer.from(decoder.decode(chunk as Uint8Array, { stream: true }), 'utf16le');
  }
  yield Buffer.from(decoder.decode(), 'utf16le');
}

/** Digests of the events and the cases the reader yields, and its summary (bytes read aside). */
async function digest(input: AsyncIterable<Uint8Array>): Promise<{ hash: string; summary: unknown }> {
  // Events and cases each in their order: where the batches end depends on how the input is cut.
  const events = createHash('sha256');
  const cases = createHash('sha256');
  const stream = parseXes(input);
  for await (const batch of stream) {
    for (const event of batch.events) events.update(`${JSON.stringify(event)}\n`);
    for (const record of batch.cases) cases.update(`${JSON.stringify(record)}\n`);
  }
  const { bytesRead: _bytes, ...summary } = stream.summary;
  return { hash: `${events.digest('hex')} ${cases.digest('hex')}`, summary };
}

// The large logs are compared in the PGlite project's run only (the file needs no database).
const small = ['running-example.xes', 'roadtraffic100traces.xes', 'receipt.xes.gz'];
const large = ['helpdesk.xes.gz', 'bpic2012.xes.gz'];
const names = process.env.BORGERBLIK_TEST_DB === 'postgres' ? small : [...small, ...large];

/** The bytes of `text` in pieces of `size`. */
async function* pieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('the XES reader against saxes on edge cases', () => {
  it.each([1, 7, 4096])('yields the same events, cases and notes, fed %i bytes at a time', async (size) => {
    const ours = await digest(pieces(EDGES, size));
    const reference = await digest(utf16('edges.xes', pieces(EDGES, 4096)));
    expect(ours.summary).toEqual(reference.summary);
    expect(ours.hash).toBe(reference.hash);
    expect((ours.summary as { events: number }).events).toBe(4);
  });
});

describe.skipIf(skipWithoutFixtures(...names))('the XES reader against saxes', () => {
  it.each(names)(
    'yields the same events, cases and notes for %s',
    async (name) => {
      const path = fixture(name);
      const ours = await digest(createReadStream(path));
      const reference = await digest(utf16(path));
      expect(ours.summary).toEqual(reference.summary);
      expect(ours.hash).toBe(reference.hash);
    },
    120_000,
  );
});
