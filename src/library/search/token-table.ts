/**
 * The words of the index: every distinct folded word once, kept sorted so a prefix is a binary-searched range,
 * each with its postings (document numbers in ascending order).
 *
 * Postings live in one `Int32Array` pool (sealed, compact) plus a small growable list per word for documents added
 * since the last seal (the tail). Each posting is `document << 3 | position`: the word's position in the name
 * (0–6, 7 for any later one) lets ranking tell "the name starts with the query" without reading the name.
 */

/** Bits of a posting that hold the word's position. */
export const POSITION_BITS = 3;
/** The position postings give every word from the eighth on. */
export const LAST_POSITION = 7;

const NONE: readonly number[] = [];

/** Distinct words, sorted, with their postings. */
export class TokenTable {
  private readonly numbers = new Map<string, number>();
  private readonly texts: string[] = [];
  private sortedTexts: string[] = [];
  private sortedNumbers: number[] = [];
  private unsorted: number[] = [];
  /** Sealed postings of word n: pool[starts[n] .. starts[n] + counts[n]). */
  private pool: Int32Array = new Int32Array(0);
  private starts: Int32Array = new Int32Array(64);
  private counts: Int32Array = new Int32Array(64);
  private tails: Array<number[] | undefined> = [];
  private tailPostings = 0;
  private seal: SealInProgress | undefined;

  /** Distinct words. */
  get size(): number {
    return this.texts.length;
  }

  /** Postings not yet sealed into the pool. */
  get unsealed(): number {
    return this.tailPostings;
  }

  /** Postings in total. */
  get postingCount(): number {
    return this.pool.length + this.tailPostings;
  }

  /** Adds `word` at `position` of `document`'s name (documents must arrive in ascending order). */
  add(word: string, document: number, position: number): void {
    let n = this.numbers.get(word);
    if (n === undefined) n = this.newWord(word);
    let tail = this.tails[n];
    if (tail === undefined) tail = this.tails[n] = [];
    // A word repeated in one name ("News 24 News") is one posting, at its first position.
    if (tail.length > 0 && tail[tail.length - 1] >>> POSITION_BITS === document) return;
    tail.push((document << POSITION_BITS) | (position < LAST_POSITION ? position : LAST_POSITION));
    this.tailPostings++;
    this.seal = undefined;
  }

  /** Makes words added since the last call visible to {@link range} (a merge, linear in the number of words). */
  flush(): void {
    if (this.unsorted.length === 0) return;
    const texts = this.texts;
    const added = this.unsorted.sort((a, b) => (texts[a] < texts[b] ? -1 : 1));
    this.unsorted = [];
    const oldTexts = this.sortedTexts;
    const oldNumbers = this.sortedNumbers;
    const mergedTexts: string[] = new Array(oldTexts.length + added.length);
    const mergedNumbers: number[] = new Array(mergedTexts.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < mergedTexts.length; k++) {
      if (j >= added.length || (i < oldTexts.length && oldTexts[i] < texts[added[j]])) {
        mergedTexts[k] = oldTexts[i];
        mergedNumbers[k] = oldNumbers[i++];
      } else {
        mergedNumbers[k] = added[j];
        mergedTexts[k] = texts[added[j++]];
      }
    }
    this.sortedTexts = mergedTexts;
    this.sortedNumbers = mergedNumbers;
  }

  /** The sorted positions [from, to) of the words starting with `prefix` ('' gives none). */
  range(prefix: string): [number, number] {
    if (prefix === '') return [0, 0];
    const from = this.lowerBound(prefix);
    return [from, this.lowerBound(`${prefix}\uffff`, from)];
  }

  /** The word at a sorted position. */
  textAt(position: number): string {
    return this.sortedTexts[position];
  }

  /** The word number at a sorted position. */
  numberAt(position: number): number {
    return this.sortedNumbers[position];
  }

  /** The number of a word, or -1. */
  numberOf(word: string): number {
    const n = this.numbers.get(word);
    return n === undefined ? -1 : n;
  }

  /** Calls `visit` with every posting of word `n`, in document order. */
  forEachPosting(n: number, visit: (posting: number) => void): void {
    const pool = this.pool;
    for (let p = this.starts[n], end = p + this.counts[n]; p < end; p++) visit(pool[p]);
    const tail = this.tails[n] ?? NONE;
    for (let p = 0; p < tail.length; p++) visit(tail[p]);
  }

  /** Sealed postings of word `n` as [pool, start, end), for loops that cannot afford a callback. */
  sealedPostings(n: number): [Int32Array, number, number] {
    return [this.pool, this.starts[n], this.starts[n] + this.counts[n]];
  }

  /** How many postings word `n` has. */
  postingsCount(n: number): number {
    return this.counts[n] + (this.tails[n]?.length ?? 0);
  }

  /** Postings of word `n` added since the last seal. */
  tailPostingsOf(n: number): readonly number[] {
    return this.tails[n] ?? NONE;
  }

  /**
   * Moves tail postings into a new pool, for at most until `deadline` (a `now()` value); returns true when
   * everything is sealed. Adding a posting meanwhile restarts the seal.
   */
  sealUntil(deadline: number, now: () => number): boolean {
    if (this.tailPostings === 0) return true;
    const seal = (this.seal ??= {
      pool: new Int32Array(this.pool.length + this.tailPostings),
      starts: new Int32Array(this.texts.length),
      counts: new Int32Array(this.texts.length),
      next: 0,
      written: 0,
    });
    const words = this.texts.length;
    while (seal.next < words) {
      // Look at the clock every few thousand postings: one common word can hold a large share of them.
      const budget = seal.written + 4096;
      while (seal.next < words && seal.written < budget) this.copyInto(seal, seal.next++);
      if (seal.next < words && now() >= deadline) return false;
    }
    this.pool = seal.pool;
    this.starts = seal.starts;
    this.counts = seal.counts;
    this.tails = [];
    this.tailPostings = 0;
    this.seal = undefined;
    return true;
  }

  private copyInto(seal: SealInProgress, n: number): void {
    seal.starts[n] = seal.written;
    const from = n < this.starts.length ? this.starts[n] : 0;
    const sealed = n < this.counts.length ? this.counts[n] : 0;
    for (let p = from, end = from + sealed; p < end; p++) seal.pool[seal.written++] = this.pool[p];
    const tail = this.tails[n] ?? NONE;
    for (let p = 0; p < tail.length; p++) seal.pool[seal.written++] = tail[p];
    seal.counts[n] = sealed + tail.length;
  }

  private newWord(word: string): number {
    const n = this.texts.length;
    this.numbers.set(word, n);
    this.texts.push(word);
    this.unsorted.push(n);
    if (n >= this.starts.length) {
      this.starts = grow(this.starts);
      this.counts = grow(this.counts);
    }
    return n;
  }

  private lowerBound(text: string, from = 0): number {
    const sorted = this.sortedTexts;
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

interface SealInProgress {
  pool: Int32Array;
  starts: Int32Array;
  counts: Int32Array;
  next: number;
  written: number;
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
