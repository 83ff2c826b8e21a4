/**
 * Ready-made postings for one-letter prefixes. The first keystroke of a search matches every word starting with
 * that letter: dozens of posting lists covering a good share of the catalogue. Merging them per keystroke costs a
 * pass over every document; merged once after the index settles, the keystroke reads one sorted list.
 *
 * The merge of a letter goes through a range of its postings, then a range of documents, at a time, and picks up
 * where it stopped at the next call: one common letter of a large catalogue is hundreds of thousands of postings,
 * longer than a slice.
 */
import * as postingLayout from './token-table';
import type { TokenTable } from './token-table';

// Local copies: bundlers may turn imported bindings into getter calls, slow in per-posting loops.
const { LAST_POSITION, POSITION_BITS } = postingLayout;

/** Letters whose words hold fewer postings than this are merged per keystroke, which is cheap enough. */
const MIN_POSTINGS = 4096;
/** Postings marked, or documents collected, between two looks at the clock. */
const CHUNK = 32_768;

/** The merge of one letter under way. */
interface LetterMerge {
  letter: string;
  /** Next sorted word to mark, and the end of the letter's words. */
  word: number;
  to: number;
  /** Whether the tail postings of `word` are next (else its sealed ones), and how many of them are marked. */
  inTail: boolean;
  offset: number;
  /** Documents marked, and the lowest and highest of them. */
  count: number;
  first: number;
  last: number;
  /** Set once every posting is marked: the union, filled up to `written` from document `document` on. */
  union: Int32Array | undefined;
  document: number;
  written: number;
}

/** Merged postings per first letter, rebuilt after the index changes. */
export class PrefixUnions {
  private readonly unions = new Map<string, Int32Array>();
  /** The posting count the unions were built at; any later posting makes them stale. */
  private builtAt = -1;
  /** While a rebuild is under way: the next sorted word whose letter is to be looked at. */
  private nextWord = -1;
  private merge: LetterMerge | undefined;
  /** Per document: its lowest position among the letter's words + 1 (0: not seen), for the merge under way. */
  private marks = new Uint8Array(0);

  constructor(private readonly tokens: TokenTable) {}

  /**
   * The merged postings of the words starting with `letter`, if ready: in document order, each with the lowest
   * position of those words in the name (what a first query word needs).
   */
  get(letter: string): Int32Array | undefined {
    return this.builtAt === this.tokens.postingCount ? this.unions.get(letter) : undefined;
  }

  /**
   * Builds the unions of the letters with many postings until `deadline`; true when all are ready. Every word
   * must be sorted in and every posting sealed (the index compacts first).
   */
  buildUntil(documents: number, deadline: number, now: () => number): boolean {
    const count = this.tokens.postingCount;
    if (this.builtAt === count) return true;
    if (this.nextWord < 0) {
      this.unions.clear();
      this.nextWord = 0;
    }
    if (this.marks.length < documents) this.marks = new Uint8Array(documents);
    while (this.merge || this.nextWord < this.tokens.size) {
      const merge = this.merge ?? this.nextLetter(documents);
      if (merge) this.mergeSome(merge);
      if (now() >= deadline && (this.merge || this.nextWord < this.tokens.size)) return false;
    }
    this.nextWord = -1;
    this.builtAt = count;
    return true;
  }

  /** Forgets unions in progress (the index changed). */
  reset(): void {
    if (this.nextWord < 0) return;
    // A letter stopped halfway leaves marks behind; the next merge expects none.
    if (this.merge) this.marks.fill(0);
    this.merge = undefined;
    this.nextWord = -1;
  }

  /** Starts the merge of the letter at {@link nextWord} if its words hold many postings, and moves past it. */
  private nextLetter(documents: number): LetterMerge | undefined {
    const tokens = this.tokens;
    const letter = tokens.textAt(this.nextWord).charAt(0);
    const [from, to] = tokens.range(letter);
    this.nextWord = to;
    let postings = 0;
    for (let p = from; p < to && postings < MIN_POSTINGS; p++) postings += tokens.postingsCount(tokens.numberAt(p));
    if (postings < MIN_POSTINGS) return undefined;
    this.merge = {
      letter,
      word: from,
      to,
      inTail: false,
      offset: 0,
      count: 0,
      first: documents,
      last: -1,
      union: undefined,
      document: 0,
      written: 0,
    };
    return this.merge;
  }

  /** About {@link CHUNK} postings or documents of `merge`; stores the union when it is complete. */
  private mergeSome(merge: LetterMerge): void {
    if (merge.union === undefined) {
      this.markSome(merge);
      if (merge.word < merge.to) return;
      merge.union = new Int32Array(merge.count);
      merge.document = merge.first;
    }
    const marks = this.marks;
    const union = merge.union;
    let n = merge.written;
    let document = merge.document;
    const end = Math.min(merge.last + 1, document + CHUNK);
    for (; document < end; document++) {
      const marked = marks[document];
      if (marked !== 0) {
        union[n++] = (document << POSITION_BITS) | (marked - 1);
        marks[document] = 0;
      }
    }
    merge.written = n;
    merge.document = document;
    if (document > merge.last) {
      this.unions.set(merge.letter, union);
      this.merge = undefined;
    }
  }

  /** Marks about {@link CHUNK} postings of the letter's words, sealed ones first, then the tail of each. */
  private markSome(merge: LetterMerge): void {
    const tokens = this.tokens;
    const marks = this.marks;
    let budget = CHUNK;
    let { count, first, last } = merge;
    while (budget > 0 && merge.word < merge.to) {
      const n = tokens.numberAt(merge.word);
      const [postings, start, end] = merge.inTail ? tokens.tailPostings(n) : tokens.sealedPostings(n);
      const from = start + merge.offset;
      const stop = Math.min(end, from + budget);
      for (let i = from; i < stop; i++) {
        const posting = postings[i];
        const document = posting >>> POSITION_BITS;
        const position = (posting & LAST_POSITION) + 1;
        const marked = marks[document];
        if (marked === 0) count++;
        if (marked === 0 || position < marked) marks[document] = position;
        if (document < first) first = document;
        if (document > last) last = document;
      }
      budget -= stop - from;
      merge.offset = stop - start;
      if (stop === end) {
        if (merge.inTail) merge.word++;
        merge.inTail = !merge.inTail;
        merge.offset = 0;
      }
    }
    merge.count = count;
    merge.first = first;
    merge.last = last;
  }
}
