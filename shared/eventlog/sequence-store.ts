/**
 * Integer sequences (interned actor or activity ids of a variant) packed into shared Uint16Array
 * chunks: 2 bytes per id below 0xFFFF (3 words above), instead of a JS array (8 bytes per element)
 * plus a joined string key per variant. With every case its own variant — a generated log, or
 * long cases in a real one — the variant sequences are the largest part of the analysis' memory.
 *
 * Kept sequences are numbered 0, 1, 2, … in the order kept; where each lies, its hash and its tag
 * are typed-array columns, and the hash index is an open-addressing table of those numbers, so a
 * sequence costs no JS object at all (about 28 bytes besides its ids).
 *
 * Use: {@link stage} a sequence with a tag (encoded into a scratch buffer, hashed), {@link find} it,
 * and {@link keep} it when new. Equal sequences have equal encodings, so equality is exact; the
 * hash only picks the slot.
 */
import { grown } from './columns.ts';

const CHUNK_WORDS = 1 << 20;
const ESCAPE = 0xffff;

export class SequenceStore {
  private readonly chunks: Uint16Array[] = [];
  private used = 0;
  private scratch = new Uint16Array(256);
  private staged = 0;
  private stagedHash = 0;
  private stagedTag = 0;
  /** Number of kept sequences. */
  size = 0;
  private chunkOf = new Int32Array(1024);
  private offsetOf = new Int32Array(1024);
  private wordsOf = new Int32Array(1024);
  private hashOf = new Int32Array(1024);
  private tagOf = new Int32Array(1024);
  /** Open addressing, linear probing: sequence number + 1 per slot, 0 = empty; at most half full. */
  private slots = new Int32Array(2048);

  /**
   * Encodes `ids` into the scratch buffer with `tag` (a second part of the key: sequences are equal
   * only with equal tags) and returns the 32-bit FNV-1a hash of both.
   */
  stage(ids: readonly number[], tag = 0): number {
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
    this.stagedTag = tag;
    let h = (0x811c9dc5 ^ tag) >>> 0;
    for (let i = 0; i < w; i++) h = Math.imul(h ^ (s[i] ?? 0), 0x01000193);
    this.stagedHash = h | 0;
    return h >>> 0;
  }

  /** The number of the kept sequence equal to the staged one (same tag), or -1. */
  find(): number {
    const mask = this.slots.length - 1;
    for (let slot = this.stagedHash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return -1;
      const n = entry - 1;
      if (this.hashOf[n] === this.stagedHash && this.tagOf[n] === this.stagedTag && this.matches(n)) return n;
    }
  }

  /** True when the staged sequence has the ids of kept sequence `n`. */
  private matches(n: number): boolean {
    if (this.wordsOf[n] !== this.staged) return false;
    const chunk = this.chunks[this.chunkOf[n] ?? 0] as Uint16Array;
    const offset = this.offsetOf[n] ?? 0;
    const s = this.scratch;
    for (let i = 0; i < this.staged; i++) if (chunk[offset + i] !== s[i]) return false;
    return true;
  }

  /** Keeps the staged sequence (after {@link find} returned -1); returns its number. */
  keep(): number {
    const words = this.staged;
    let chunk = this.chunks[this.chunks.length - 1];
    if (!chunk || this.used + words > chunk.length) {
      chunk = new Uint16Array(Math.max(CHUNK_WORDS, words));
      this.chunks.push(chunk);
      this.used = 0;
    }
    chunk.set(this.scratch.subarray(0, words), this.used);
    const n = this.size++;
    if (n >= this.wordsOf.length) {
      this.chunkOf = grown(this.chunkOf, n);
      this.offsetOf = grown(this.offsetOf, n);
      this.wordsOf = grown(this.wordsOf, n);
      this.hashOf = grown(this.hashOf, n);
      this.tagOf = grown(this.tagOf, n);
    }
    this.chunkOf[n] = this.chunks.length - 1;
    this.offsetOf[n] = this.used;
    this.wordsOf[n] = words;
    this.hashOf[n] = this.stagedHash;
    this.tagOf[n] = this.stagedTag;
    this.used += words;
    if (2 * this.size > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(n);
    return n;
  }

  private place(n: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashOf[n] ?? 0) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = n + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let n = 0; n < this.size; n++) this.place(n);
  }

  /** The ids of kept sequence `n`. */
  decode(n: number): number[] {
    const ids: number[] = [];
    const chunk = this.chunks[this.chunkOf[n] ?? 0] as Uint16Array;
    const end = (this.offsetOf[n] ?? 0) + (this.wordsOf[n] ?? 0);
    for (let i = this.offsetOf[n] ?? 0; i < end; ) {
      const w = chunk[i++] ?? 0;
      ids.push(w === ESCAPE ? ((chunk[i++] ?? 0) << 16) | (chunk[i++] ?? 0) : w);
    }
    return ids;
  }

  /** Orders two kept sequences element by element by `rank` of each id; a prefix comes first. */
  compare(a: number, b: number, rank: readonly number[]): number {
    const ca = this.chunks[this.chunkOf[a] ?? 0] as Uint16Array;
    const cb = this.chunks[this.chunkOf[b] ?? 0] as Uint16Array;
    const endA = (this.offsetOf[a] ?? 0) + (this.wordsOf[a] ?? 0);
    const endB = (this.offsetOf[b] ?? 0) + (this.wordsOf[b] ?? 0);
    let i = this.offsetOf[a] ?? 0;
    let j = this.offsetOf[b] ?? 0;
    while (i < endA && j < endB) {
      const wa = ca[i++] ?? 0;
      const x = wa === ESCAPE ? ((ca[i++] ?? 0) << 16) | (ca[i++] ?? 0) : wa;
      const wb = cb[j++] ?? 0;
      const y = wb === ESCAPE ? ((cb[j++] ?? 0) << 16) | (cb[j++] ?? 0) : wb;
      if (x !== y) return (rank[x] ?? 0) - (rank[y] ?? 0);
    }
    return (i < endA ? 1 : 0) - (j < endB ? 1 : 0);
  }
}
