/**
 * Integer sequences (interned actor or activity ids of a variant) packed into shared Uint16Array
 * chunks: 2 bytes per id below 0xFFFF (3 words above), instead of a JS array (8 bytes per element)
 * plus a joined string key per variant. With every case its own variant — a generated log, or
 * long cases in a real one — the variant sequences are the largest part of the analysis' memory.
 *
 * Use: {@link stage} a sequence (encoded into a scratch buffer, hashed), look it up by the hash and
 * {@link matches}, and {@link keep} it when new. Equal sequences have equal encodings, so equality
 * is exact; the hash only picks the bucket.
 */
const CHUNK_WORDS = 1 << 20;
const ESCAPE = 0xffff;

/** Where a kept sequence lies. */
export interface SequenceRef {
  chunk: number;
  offset: number;
  words: number;
}

export class SequenceStore {
  private readonly chunks: Uint16Array[] = [];
  private used = 0;
  private scratch = new Uint16Array(256);
  private staged = 0;

  /** Encodes `ids` into the scratch buffer and returns its 32-bit FNV-1a hash (mixed with `seed`). */
  stage(ids: readonly number[], seed = 0): number {
    if (this.scratch.length < ids.length * 3) this.scratch = new Uint16Array(ids.length * 3);
    const s = this.scratch;
    let w = 0;
    for (const id of ids) {
      if (id < ESCAPE) s[w++] = id;
      else {
        s[w++] = ESCAPE;
        s[w++] = id >>> 16;
        s[w++] = id & 0xffff;
      }
    }
    this.staged = w;
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < w; i++) h = Math.imul(h ^ (s[i] ?? 0), 0x01000193);
    return h >>> 0;
  }

  /** True when the staged sequence equals the kept one at `ref`. */
  matches(ref: SequenceRef): boolean {
    if (ref.words !== this.staged) return false;
    const chunk = this.chunks[ref.chunk] as Uint16Array;
    const s = this.scratch;
    for (let i = 0; i < this.staged; i++) if (chunk[ref.offset + i] !== s[i]) return false;
    return true;
  }

  /** Keeps the staged sequence; returns where it lies. */
  keep(): SequenceRef {
    const words = this.staged;
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + words > chunk.length) {
      chunk = new Uint16Array(Math.max(CHUNK_WORDS, words));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(this.scratch.subarray(0, words), this.used);
    const ref = { chunk: this.chunks.length - 1, offset: this.used, words };
    this.used += words;
    return ref;
  }

  /** The ids of a kept sequence. */
  decode(ref: SequenceRef): number[] {
    const ids: number[] = [];
    this.walk(ref, (id) => {
      ids.push(id);
      return false;
    });
    return ids;
  }

  /** Orders two kept sequences element by element by `rank` of each id; a prefix comes first. */
  compare(a: SequenceRef, b: SequenceRef, rank: readonly number[]): number {
    const ca = this.chunks[a.chunk] as Uint16Array;
    const cb = this.chunks[b.chunk] as Uint16Array;
    const endA = a.offset + a.words;
    const endB = b.offset + b.words;
    let i = a.offset;
    let j = b.offset;
    while (i < endA && j < endB) {
      const wa = ca[i++] ?? 0;
      const x = wa === ESCAPE ? ((ca[i++] ?? 0) << 16) | (ca[i++] ?? 0) : wa;
      const wb = cb[j++] ?? 0;
      const y = wb === ESCAPE ? ((cb[j++] ?? 0) << 16) | (cb[j++] ?? 0) : wb;
      if (x !== y) return (rank[x] ?? 0) - (rank[y] ?? 0);
    }
    return (i < endA ? 1 : 0) - (j < endB ? 1 : 0);
  }

  /** Calls `visit` with each id in order until it returns true. */
  private walk(ref: SequenceRef, visit: (id: number) => boolean): void {
    const chunk = this.chunks[ref.chunk] as Uint16Array;
    const end = ref.offset + ref.words;
    for (let i = ref.offset; i < end; ) {
      const w = chunk[i++] ?? 0;
      const id = w === ESCAPE ? ((chunk[i++] ?? 0) << 16) | (chunk[i++] ?? 0) : w;
      if (visit(id)) return;
    }
  }
}
