/**
 * Ready-made postings for one-letter prefixes. The first keystroke of a search matches every word starting with
 * that letter: dozens of posting lists covering a good share of the catalogue. Merging them per keystroke costs a
 * pass over every document; merged once after the index settles, the keystroke reads one sorted list.
 */
import * as postingLayout from './token-table';
import type { TokenTable } from './token-table';

// Local copies: bundlers may turn imported bindings into getter calls, slow in per-posting loops.
const { LAST_POSITION, POSITION_BITS } = postingLayout;

/** Letters whose words hold fewer postings than this are merged per keystroke, which is cheap enough. */
const MIN_POSTINGS = 4096;

/** Merged postings per first letter, rebuilt after the index changes. */
export class PrefixUnions {
  private readonly unions = new Map<string, Int32Array>();
  /** The posting count the unions were built at; any later posting makes them stale. */
  private builtAt = -1;
  private pending: string[] | undefined;
  private marks = new Uint8Array(0);

  constructor(private readonly tokens: TokenTable) {}

  /**
   * The merged postings of the words starting with `letter`, if ready: in document order, each with the lowest
   * position of those words in the name (what a first query word needs).
   */
  get(letter: string): Int32Array | undefined {
    return this.builtAt === this.tokens.postingCount ? this.unions.get(letter) : undefined;
  }

  /** Builds the unions of the letters with many postings until `deadline`; true when all are ready. */
  buildUntil(documents: number, deadline: number, now: () => number): boolean {
    const count = this.tokens.postingCount;
    if (this.builtAt === count) return true;
    if (!this.pending) {
      this.unions.clear();
      this.pending = this.heavyLetters();
    }
    while (this.pending.length > 0) {
      const letter = this.pending.pop() as string;
      this.unions.set(letter, this.merge(letter, documents));
      if (this.pending.length > 0 && now() >= deadline) return false;
    }
    this.pending = undefined;
    this.builtAt = count;
    return true;
  }

  /** Forgets unions in progress (the index changed). */
  reset(): void {
    this.pending = undefined;
  }

  private heavyLetters(): string[] {
    const letters: string[] = [];
    const tokens = this.tokens;
    for (let p = 0; p < tokens.size;) {
      const letter = tokens.textAt(p).charAt(0);
      const [, to] = tokens.range(letter);
      let postings = 0;
      for (let q = p; q < to; q++) postings += tokens.postingsCount(tokens.numberAt(q));
      if (postings >= MIN_POSTINGS) letters.push(letter);
      p = to;
    }
    return letters;
  }

  /** The words of `letter` merged: one pass over their postings, one over the documents. */
  private merge(letter: string, documents: number): Int32Array {
    if (this.marks.length < documents) this.marks = new Uint8Array(documents);
    const marks = this.marks;
    const tokens = this.tokens;
    const [from, to] = tokens.range(letter);
    let count = 0;
    let first = documents;
    let last = -1;
    const mark = (postings: ArrayLike<number>, start: number, end: number): void => {
      for (let i = start; i < end; i++) {
        const posting = postings[i];
        const document = posting >>> POSITION_BITS;
        // A mark is the lowest position + 1 (0: not seen).
        const position = (posting & LAST_POSITION) + 1;
        const marked = marks[document];
        if (marked === 0) count++;
        if (marked === 0 || position < marked) marks[document] = position;
        if (document < first) first = document;
        if (document > last) last = document;
      }
    };
    for (let p = from; p < to; p++) {
      const n = tokens.numberAt(p);
      const [pool, start, end] = tokens.sealedPostings(n);
      mark(pool, start, end);
      const tail = tokens.tailPostingsOf(n);
      mark(tail, 0, tail.length);
    }
    const union = new Int32Array(count);
    let n = 0;
    for (let document = first; document <= last; document++) {
      const marked = marks[document];
      if (marked !== 0) {
        union[n++] = (document << POSITION_BITS) | (marked - 1);
        marks[document] = 0;
      }
    }
    return union;
  }
}
