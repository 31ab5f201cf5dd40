import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readHead } from './file-input.ts';

const fixtures = join(import.meta.dirname, '../../../../shared/fixtures/eventlogs');

describe('readHead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bb-head-'));

  it('gives the first 64 KiB of a gzipped log, however well it compresses', async () => {
    const path = join(fixtures, 'receipt.xes.gz');
    const whole = gunzipSync(readFileSync(path));
    expect(Buffer.from(await readHead(path))).toEqual(whole.subarray(0, 64 * 1024));
    const repetitive = join(dir, 'same.csv.gz');
    const text = Buffer.from('case,activity,time\n'.repeat(50_000));
    writeFileSync(repetitive, gzipSync(text));
    expect(Buffer.from(await readHead(repetitive))).toEqual(text.subarray(0, 64 * 1024));
    expect(Buffer.from(await readHead(repetitive, 100))).toEqual(text.subarray(0, 100));
  });

  it('gives all of a short file, plain or gzipped', async () => {
    const text = Buffer.from('<log>\n</log>\n');
    writeFileSync(join(dir, 'short.xes'), text);
    writeFileSync(join(dir, 'short.xes.gz'), gzipSync(text));
    expect(Buffer.from(await readHead(join(dir, 'short.xes')))).toEqual(text);
    expect(Buffer.from(await readHead(join(dir, 'short.xes.gz')))).toEqual(text);
    const random = Buffer.from(Array.from({ length: 90_000 }, (_, i) => (i * 7919) % 251));
    writeFileSync(join(dir, 'random.gz'), gzipSync(random));
    expect(Buffer.from(await readHead(join(dir, 'random.gz')))).toEqual(random.subarray(0, 64 * 1024));
  });
});

describe('readHead of a plain file', () => {
  it('gives its first 64 KiB', async () => {
    const path = join(fixtures, 'roadtraffic100traces.xes');
    expect(Buffer.from(await readHead(path))).toEqual(readFileSync(path).subarray(0, 64 * 1024));
  });
});
