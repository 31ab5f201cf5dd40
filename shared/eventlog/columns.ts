/**
 * Growable typed-array columns: the compact tables of the analysis (variants, sequences) keep one
 * typed array per field instead of one JS object per row, so a row costs its bytes and nothing else
 * (a small JS object with a few fields costs 50–100 bytes, and every array inside it 150 or more).
 */
type Column = Int32Array | Float64Array | Uint8Array;

/** A copy of `column` with room for index `n` at least (capacity doubled), the old values kept. */
export function grown<T extends Column>(column: T, n: number): T {
  let capacity = Math.max(column.length, 16);
  while (capacity <= n) capacity *= 2;
  const next = new (column.constructor as new (length: number) => T)(capacity);
  next.set(column);
  return next;
}
