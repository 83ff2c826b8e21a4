/**
 * The words of the index: every distinct folded word once, kept sorted so a prefix is a binary-searched range
 * (see {@link SortedWords}), each with its postings (document numbers in ascending order).
 *
 * Postings live in one `Int32Array` pool (sealed, compact) plus, for documents added since the last seal (the
 * tail), a growable `Int32Array` per word with more than a couple of them. Typed arrays keep their contents
 * outside the garbage-collected heap: hundreds of thousands of postings in plain arrays would be copied by every
 * young-generation collection while the index builds, pauses longer than a slice. Each posting is `document << 3 | position`: the word's
 * position in the name (0–6, 7 for any later one) lets ranking tell "the name starts with the query" without
 * reading the name.
 */
import { SortedWords } from './sorted-words';

/** Bits of a posting that hold the word's position. */
export const POSITION_BITS = 3;
/** The position postings give every word from the eighth on. */
export const LAST_POSITION = 7;

/** Postings copied by a seal between two looks at the clock. */
const SEAL_CHUNK = 65_536;
/** Words a seal goes through between two looks at the clock (most have few postings). */
const SEAL_WORDS = 1024;
/** Tail postings a word keeps in the shared inline array before it gets an array of its own. */
const INLINE = 2;

/** A seal under way: the new pool, written word by word up to `next`. */
interface SealInProgress {
  pool: Int32Array;
  starts: Int32Array;
  counts: Int32Array;
  next: number;
  written: number;
}

/** Distinct words, sorted, with their postings. */
export class TokenTable {
  private readonly numbers = new WordNumbers();
  private readonly texts: string[] = [];
  private readonly sorted = new SortedWords(this.texts);
  /** Sealed postings of word n: pool[starts[n] .. starts[n] + counts[n]). */
  private pool: Int32Array = new Int32Array(0);
  private starts: Int32Array = new Int32Array(64);
  private counts: Int32Array = new Int32Array(64);
  /**
   * Tail postings of word n: inline[n * INLINE ..] while it has at most {@link INLINE} of them, else
   * tails[n][0 .. tailCounts[n]). Most words of a large vocabulary are in one or two names: an array each would
   * be hundreds of thousands of small objects for the collector to copy while the index builds.
   */
  private inline: Int32Array = new Int32Array(64 * INLINE);
  private tails: Array<Int32Array | undefined> = [];
  private tailCounts: Int32Array = new Int32Array(64);
  private tailTotal = 0;
  private seal: SealInProgress | undefined;

  /** Distinct words. */
  get size(): number {
    return this.texts.length;
  }

  /** Postings not yet sealed into the pool. */
  get unsealed(): number {
    return this.tailTotal;
  }

  /** Words not yet searchable by prefix (a search sorts them in first). */
  get unsorted(): number {
    return this.sorted.unmerged;
  }

  /** Postings in total. */
  get postingCount(): number {
    return this.pool.length + this.tailTotal;
  }

  /** Adds `word` at `position` of `document`'s name (documents must arrive in ascending order). */
  add(word: string, document: number, position: number): void {
    let n = this.numbers.get(word);
    if (n === undefined) n = this.newWord(word);
    const count = this.tailCounts[n];
    const at = n * INLINE;
    let tail = count > INLINE ? (this.tails[n] as Int32Array) : undefined;
    // A word repeated in one name ("News 24 News") is one posting, at its first position.
    const last = count === 0 ? -1 : tail ? tail[count - 1] : this.inline[at + count - 1];
    if (last >= 0 && last >>> POSITION_BITS === document) return;
    const posting = (document << POSITION_BITS) | (position < LAST_POSITION ? position : LAST_POSITION);
    if (count < INLINE) {
      this.inline[at + count] = posting;
    } else {
      if (tail === undefined || count === tail.length) {
        const bigger = new Int32Array(Math.max(8, count * 2));
        bigger.set(tail ?? this.inline.subarray(at, at + INLINE));
        tail = this.tails[n] = bigger;
      }
      tail[count] = posting;
    }
    this.tailCounts[n] = count + 1;
    this.tailTotal++;
    this.seal = undefined;
  }

  /** Makes every word added so far visible to {@link range}. */
  flush(): void {
    this.sorted.flush();
  }

  /** Sorts new words in until `deadline` (a `now()` value); true when every word is visible to {@link range}. */
  flushUntil(deadline: number, now: () => number): boolean {
    return this.sorted.flushUntil(deadline, now);
  }

  /** Does the share of sorting new words in that the words added since the last call bring (see SortedWords). */
  keepUp(): void {
    this.sorted.keepUp();
  }

  /** The sorted positions [from, to) of the words starting with `prefix` ('' gives none). */
  range(prefix: string): [number, number] {
    return this.sorted.range(prefix);
  }

  /** The word at a sorted position. */
  textAt(position: number): string {
    return this.sorted.textAt(position);
  }

  /** The word number at a sorted position. */
  numberAt(position: number): number {
    return this.sorted.numberAt(position);
  }

  /** The number of a word, or -1. */
  numberOf(word: string): number {
    const n = this.numbers.get(word);
    return n === undefined ? -1 : n;
  }

  /** Sealed postings of word `n` as [pool, start, end), for loops that cannot afford a callback. */
  sealedPostings(n: number): [Int32Array, number, number] {
    return [this.pool, this.starts[n], this.starts[n] + this.counts[n]];
  }

  /** Postings of word `n` added since the last seal, as [array, start, end). */
  tailPostings(n: number): [Int32Array, number, number] {
    const count = this.tailCounts[n];
    if (count > INLINE) return [this.tails[n] as Int32Array, 0, count];
    return [this.inline, n * INLINE, n * INLINE + count];
  }

  /** How many postings word `n` has. */
  postingsCount(n: number): number {
    return this.counts[n] + this.tailCounts[n];
  }

  /**
   * Moves tail postings into a new pool, for at most until `deadline` (a `now()` value); returns true when
   * everything is sealed. Adding a posting meanwhile restarts the seal.
   */
  sealUntil(deadline: number, now: () => number): boolean {
    if (this.tailTotal === 0) return true;
    const seal = (this.seal ??= {
      pool: new Int32Array(this.pool.length + this.tailTotal),
      starts: new Int32Array(this.starts.length),
      counts: new Int32Array(this.counts.length),
      next: 0,
      written: 0,
    });
    const words = this.texts.length;
    while (seal.next < words) {
      // Look at the clock every few thousand postings or words: one common word can hold a large share of them.
      const budget = seal.written + SEAL_CHUNK;
      const last = Math.min(words, seal.next + SEAL_WORDS);
      while (seal.next < last && seal.written < budget) this.copyInto(seal, seal.next++);
      if (seal.next < words && now() >= deadline) return false;
    }
    this.pool = seal.pool;
    this.starts = seal.starts;
    this.counts = seal.counts;
    this.tails = [];
    this.tailCounts = new Int32Array(this.starts.length);
    this.tailTotal = 0;
    this.seal = undefined;
    return true;
  }

  private copyInto(seal: SealInProgress, n: number): void {
    const from = this.starts[n];
    const sealed = this.counts[n];
    const tailCount = this.tailCounts[n];
    seal.starts[n] = seal.written;
    seal.counts[n] = sealed + tailCount;
    if (sealed > 0) seal.pool.set(this.pool.subarray(from, from + sealed), seal.written);
    seal.written += sealed;
    if (tailCount > 0) {
      const [tail, start, end] = this.tailPostings(n);
      seal.pool.set(tail.subarray(start, end), seal.written);
    }
    seal.written += tailCount;
  }

  private newWord(word: string): number {
    const n = this.texts.length;
    this.numbers.set(word, n);
    this.texts.push(word);
    this.sorted.add(n);
    if (n >= this.starts.length) {
      this.starts = grow(this.starts);
      this.counts = grow(this.counts);
      this.tailCounts = grow(this.tailCounts);
      this.inline = grow(this.inline);
    }
    return n;
  }
}

/** Maps of word → number, split by a hash of the word. */
const SHARDS = 64;

/**
 * Word numbers by text. One `Map` of a few hundred thousand words doubles its table in one go (tens of
 * milliseconds once it is large); split in {@link SHARDS} maps, each doubling is that much shorter.
 */
class WordNumbers {
  private readonly shards: Array<Map<string, number>> = [];

  constructor() {
    for (let i = 0; i < SHARDS; i++) this.shards.push(new Map());
  }

  get(word: string): number | undefined {
    return this.shards[shardOf(word)].get(word);
  }

  set(word: string, n: number): void {
    this.shards[shardOf(word)].set(word, n);
  }
}

/** A cheap hash of the first, a middle and the last letter and the length. */
function shardOf(word: string): number {
  const last = word.length - 1;
  return (word.charCodeAt(0) * 7 + word.charCodeAt(last >> 1) * 31 + word.charCodeAt(last) * 131 + last) & (SHARDS - 1);
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
