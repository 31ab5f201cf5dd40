/**
 * A sparse table keyed by an ordered pair of small integer ids (actors, activities).
 *
 * Why not one Map with a packed number key: packed keys above 2^30 are heap numbers in V8 and
 * hash slowly, and a fixed packing width would collide for very many ids. A row array of Maps
 * keeps every key a small integer and has no limit.
 */
export class PairTable<T> {
  private readonly rows: Array<Map<number, T> | undefined> = [];
  /** Number of distinct pairs. */
  size = 0;

  /** The value at (a, b), or undefined. */
  get(a: number, b: number): T | undefined {
    return this.rows[a]?.get(b);
  }

  /** Sets the value at (a, b). */
  set(a: number, b: number, value: T): void {
    let row = this.rows[a];
    if (!row) {
      row = new Map();
      this.rows[a] = row;
    }
    if (!row.has(b)) this.size++;
    row.set(b, value);
  }

  /** All entries as [a, b, value]. */
  *entries(): Generator<[number, number, T]> {
    for (let a = 0; a < this.rows.length; a++) {
      const row = this.rows[a];
      if (row) for (const [b, value] of row) yield [a, b, value];
    }
  }
}

/** Adds 1 to a counting {@link PairTable}. */
export function bumpPair(table: PairTable<number>, a: number, b: number): void {
  table.set(a, b, (table.get(a, b) ?? 0) + 1);
}
