/**
 * Sparse tables keyed by an ordered pair of small integer ids (actors, activities).
 *
 * Ids come from an Interner, so they are dense and small. While both ids are below
 * {@link DENSE_LIMIT}, a pair is found through a dense Int32Array index (cap × cap, grown by
 * doubling): one array read per lookup, no hashing. Larger ids fall back to a row array of Maps,
 * which keeps every key a small integer (packed number keys above 2^30 hash slowly in V8) and has
 * no limit. Memory follows the number of distinct ids, never the number of events.
 */
const DENSE_LIMIT = 1024;

/** Dense slot index for pairs of ids below a capacity; grows by doubling up to DENSE_LIMIT. */
class DenseIndex {
  cap = 16;
  slots = new Int32Array(16 * 16).fill(-1);

  /** Makes room for id `max`; false when it is beyond the dense range. */
  fit(max: number): boolean {
    if (max < this.cap) return true;
    if (max >= DENSE_LIMIT) return false;
    let cap = this.cap;
    while (cap <= max) cap *= 2;
    const next = new Int32Array(cap * cap).fill(-1);
    for (let a = 0; a < this.cap; a++)
      next.set(this.slots.subarray(a * this.cap, (a + 1) * this.cap), a * cap);
    this.cap = cap;
    this.slots = next;
    return true;
  }
}

/** A pair → value table. */
export class PairTable<T> {
  private readonly dense = new DenseIndex();
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly values: T[] = [];
  private readonly rows: Array<Map<number, number> | undefined> = [];

  /** Number of distinct pairs. */
  get size(): number {
    return this.values.length;
  }

  /** The value at (a, b), or undefined. */
  get(a: number, b: number): T | undefined {
    const slot = this.slot(a, b);
    return slot < 0 ? undefined : this.values[slot];
  }

  /** Sets the value at (a, b). */
  set(a: number, b: number, value: T): void {
    const slot = this.slot(a, b);
    if (slot >= 0) {
      this.values[slot] = value;
      return;
    }
    const next = this.values.length;
    this.from.push(a);
    this.to.push(b);
    this.values.push(value);
    if (this.dense.fit(Math.max(a, b))) this.dense.slots[a * this.dense.cap + b] = next;
    else {
      let row = this.rows[a];
      if (!row) {
        row = new Map();
        this.rows[a] = row;
      }
      row.set(b, next);
    }
  }

  /** All entries as [a, b, value], in insertion order. */
  *entries(): Generator<[number, number, T]> {
    for (let i = 0; i < this.values.length; i++)
      yield [this.from[i] ?? 0, this.to[i] ?? 0, this.values[i] as T];
  }

  /** Slot of (a, b), or -1. */
  protected slot(a: number, b: number): number {
    const cap = this.dense.cap;
    if (a < cap && b < cap) return this.dense.slots[a * cap + b] ?? -1;
    if (a < DENSE_LIMIT && b < DENSE_LIMIT) return -1;
    return this.rows[a]?.get(b) ?? -1;
  }
}

/** A counting {@link PairTable}. */
export class CountTable extends PairTable<number> {
  /** Adds 1 at (a, b). */
  bump(a: number, b: number): void {
    this.set(a, b, (this.get(a, b) ?? 0) + 1);
  }
}

/** Adds 1 to a counting {@link PairTable}. */
export function bumpPair(table: PairTable<number>, a: number, b: number): void {
  table.set(a, b, (table.get(a, b) ?? 0) + 1);
}

/**
 * Counts by small integer id in a plain array; reads like a `Map<number, number>` of the non-zero
 * counts (size, get, iteration), which is what the report consumes.
 */
export class IdCounter {
  private readonly counts: number[] = [];
  size = 0;

  /** Adds 1 for `id`. */
  bump(id: number): void {
    const c = this.counts[id];
    if (c === undefined || c === 0) {
      this.size++;
      this.counts[id] = 1;
    } else this.counts[id] = c + 1;
  }

  get(id: number): number | undefined {
    const c = this.counts[id];
    return c ? c : undefined;
  }

  *[Symbol.iterator](): Generator<[number, number]> {
    for (let id = 0; id < this.counts.length; id++) {
      const c = this.counts[id];
      if (c) yield [id, c];
    }
  }
}
