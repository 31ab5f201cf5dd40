import { CsvTokenizer } from './csv-tokenizer.ts';

/** Delimiters tried by {@link detectDelimiter}, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** A detected text encoding (a WHATWG TextDecoder label). */
export interface DetectedEncoding {
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
  /** True when the input starts with a byte-order mark (the decoder drops it). */
  bom: boolean;
}

/**
 * Detects the encoding from the first bytes: a BOM decides; otherwise bytes that are valid
 * UTF-8 are read as UTF-8, anything else as Windows-1252 (a superset of Latin-1, what Danish
 * and Norwegian Excel exports use). Only the sample is checked: a file that turns non-UTF-8 far
 * beyond it shows replacement characters there; pass `encoding` explicitly in that case.
 */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'windows-1252', bom: false };
  }
}

/** Tokenizes up to `limit` complete records of a text sample (the cut last line is dropped). */
export function sampleRecords(text: string, delimiter: string, limit = 50): string[][] {
  const records: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter, (fields) => {
    if (records.length < limit) records.push(fields);
  });
  try {
    tokenizer.push(text);
  } catch {
    // An unclosed quote in a sample just ends the sample.
  }
  return records;
}

/**
 * Picks the delimiter that splits the sample into the most consistent records: the share of
 * records with the header's field count first, then the field count, then list order.
 */
export function detectDelimiter(text: string): string {
  let best: string = DELIMITERS[0];
  let bestConsistency = -1;
  let bestWidth = -1;
  for (const d of DELIMITERS) {
    const records = sampleRecords(text, d, 30);
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    // Rounded to 5 % steps so a stray odd row does not beat a wider, otherwise regular split.
    const consistency = Math.round((records.filter((r) => r.length === width).length / records.length) * 20);
    if (consistency > bestConsistency || (consistency === bestConsistency && width > bestWidth)) {
      best = d;
      bestConsistency = consistency;
      bestWidth = width;
    }
  }
  return best;
}
