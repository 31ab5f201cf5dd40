import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlByteScanner, XmlScanError } from './xml-scanner.ts';

/** Every element event as one line of text: what both parsers must agree on (name, attributes, line). */
type Trace = (line: string) => void;

function viaScanner(chunks: Iterable<Uint8Array>, out: Trace): void {
  const scanner: XmlByteScanner = new XmlByteScanner({
    open: (name, attrs) => out(`<${name} ${JSON.stringify(attrs.toRecord())} @${scanner.line}`),
    close: (name) => out(`</${name} @${scanner.line}`),
  });
  for (const c of chunks) scanner.write(c);
  scanner.end();
}

function viaSaxes(chunks: Iterable<Uint8Array>, out: Trace): void {
  const sax = new SaxesParser({ position: true });
  sax.on('opentag', (t) => out(`<${t.name} ${JSON.stringify(t.attributes)} @${sax.line}`));
  sax.on('closetag', (t) => out(`</${t.name} @${sax.line}`));
  sax.on('error', (e) => {
    throw e;
  });
  const decoder = new TextDecoder('utf-8');
  for (const c of chunks) sax.write(decoder.decode(c, { stream: true }));
  sax.write(decoder.decode());
  sax.close();
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  return out;
}

function events(run: (chunks: Iterable<Uint8Array>, out: Trace) => void, chunks: Uint8Array[]): string[] {
  const out: string[] = [];
  run(chunks, (l) => out.push(l));
  return out;
}

const attrValue = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'a &amp; b',
    '&lt;x&gt;',
    '&#229;se',
    '&#x1F600;',
    'tab\there',
    'line\nbreak',
    'cr\r\nlf',
    "it's",
    'Åse Ødegård',
  ),
);
const scalar = fc
  .record({
    type: fc.constantFrom('string', 'date', 'int', 'float', 'boolean', 'id'),
    key: fc.constantFrom('concept:name', 'org:resource', 'time:timestamp', 'x', 'Åben'),
    value: attrValue,
    order: fc.boolean(),
    quote: fc.constantFrom('"', "'"),
    space: fc.constantFrom(' ', '\n  ', '\t'),
  })
  .map(({ type, key, value, order, quote, space }) => {
    const escaped = value
      .replace(/&(?!(amp|lt|gt|#229|#x1F600);)/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(new RegExp(quote, 'g'), quote === '"' ? '&quot;' : '&apos;');
    const k = `key=${quote}${key}${quote}`;
    const v = `value=${quote}${escaped}${quote}`;
    return `<${type}${space}${order ? `${k} ${v}` : `${v}${space}${k}`}/>`;
  });
const extra = fc.constantFrom(
  '<!-- a comment with <tags> & stuff -->',
  '<![CDATA[ <not a="tag"> ]]>',
  '<?pi some data?>',
  '<list key="l"><values><string key="a" value="1"/></values></list>',
  '<string key="outer" value="o"><string key="inner" value="i"/></string>',
  'stray text &amp; more',
  '',
);
const doc = fc
  .array(fc.array(fc.oneof(scalar, extra), { maxLength: 6 }), { maxLength: 5 })
  .map(
    (traces) =>
      `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE log>\n<log xes.version="1.0">\n${traces
        .map((t) => `<trace>\n<event>${t.join('\n')}</event>\n</trace>`)
        .join('\n')}\n</log>\n`,
  );

describe('XmlByteScanner', () => {
  it('reports the same elements, attributes and lines as saxes, however the bytes are cut', () => {
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const bytes = new TextEncoder().encode(text);
        expect(events(viaScanner, split(bytes, cuts))).toEqual(events(viaSaxes, [bytes]));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['<log><trace></log>', 1],
    ['<log><a b="1" b="2"/></log>', 1],
    ['<log><a b=1/></log>', 1],
    ['<log><a b="x<y"/></log>', 1],
    ['<log><a b="&nope;"/></log>', 1],
    ['<log>\n<trace>\n<event>\n', 4],
    ['<log/><log/>', 1],
    ['text<log/>', 1],
    ['', 1],
  ])('refuses %j with a line number, like saxes does', (text, line) => {
    const bytes = new TextEncoder().encode(text);
    expect(() => events(viaSaxes, [bytes])).toThrow();
    let error: unknown;
    try {
      events(viaScanner, [bytes]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlScanError);
    expect((error as XmlScanError).line).toBe(line);
  });

  const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/eventlogs');
  // The parser needs no database, and the suite runs once per database: the large logs are compared
  // in the PGlite project's run only, the small ones in both (nothing is skipped).
  const small = ['running-example.xes', 'roadtraffic100traces.xes', 'receipt.xes.gz'];
  const large = ['helpdesk.xes.gz', 'bpic2012.xes.gz'];
  it.each(process.env.BORGERBLIK_TEST_DB === 'postgres' ? small : [...small, ...large])(
    'agrees with saxes on every element of %s',
    async (name) => {
      const path = join(fixtures, name);
      if (!existsSync(path) && process.env.CI !== 'true') return;
      const chunks: Uint8Array[] = [];
      const stream = createReadStream(path);
      const source = name.endsWith('.gz') ? stream.pipe(createGunzip()) : stream;
      for await (const c of source) chunks.push(c as Uint8Array);
      const digest = (run: typeof viaScanner) => {
        const hash = createHash('sha256');
        let count = 0;
        run(chunks, (l) => {
          hash.update(l);
          hash.update('\n');
          count++;
        });
        return `${count}:${hash.digest('hex')}`;
      };
      expect(digest(viaScanner)).toBe(digest(viaSaxes));
    },
    60_000,
  );
});

describe('XmlByteScanner over large chunks', () => {
  const long = (n: number) => 'x'.repeat(n);
  const text = `<log>\n${Array.from(
    { length: 400 },
    (_, i) =>
      `<trace><string key="concept:name" value="${i}"/><!-- ${i % 50 === 0 ? long(9000) : ''} -->` +
      `<event><string key="v" value="${i % 40 === 0 ? long(7000) : `å${i}`}"/></event></trace>`,
  ).join('\n')}\n</log>\n`;
  const bytes = new TextEncoder().encode(text);

  it('joins a construct cut between chunks, also one longer than the head joined to it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 4097, max: 20_000 }), { minLength: 1, maxLength: 30 }),
        (sizes) => {
          const cuts: number[] = [];
          let at = 0;
          for (const size of sizes) {
            at += size;
            cuts.push(at);
          }
          expect(events(viaScanner, split(bytes, cuts))).toEqual(events(viaSaxes, [bytes]));
        },
      ),
      { numRuns: 30 },
    );
  });
});
