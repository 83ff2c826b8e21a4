/**
 * The marks of a query over the documents, in typed arrays reused from query to query: how many query words each
 * document matched, whether they matched the name's words in order from its start, whether a typo was needed.
 * Nothing is cleared or allocated per document: a generation number tells this query's marks from older ones.
 */
import * as postingLayout from './token-table';
import type { TokenTable } from './token-table';

/** The query words so far matched the name's first words, in order (the name starts with them). */
export const IN_ORDER = 1;
/** A query word matched the document only with a typo. */
export const TYPO = 2;
/** The first query word matched the name's first word (kept when later words break the order). */
export const FIRST = 4;
/** Scratch: in order up to the previous query word, while the current one is marked. */
const WAS_IN_ORDER = 8;

// Local copies: bundlers may turn imported bindings into getter calls, slow in per-posting loops.
const { LAST_POSITION, POSITION_BITS } = postingLayout;
/** Up to this many unsorted matches are sorted; beyond it every document's mark is scanned in order. */
const SORT_LIMIT = 4096;

/** Query words beyond this many are ignored (a document's count of matched words lives in 4 bits). */
export const MAX_QUERY_WORDS = 15;

/**
 * Reusable per-index marks. `states[d]` is `generation * 16 + words matched` for documents the current query
 * touched, so one comparison tells "matched every word in this query"; older generations are simply stale.
 */
export class QueryScratch {
  states = new Uint32Array(0);
  flags = new Uint8Array(0);
  candidates = new Int32Array(0);
  generation = 0;

  /** Starts a query over `documents` documents; returns its generation. */
  begin(documents: number): number {
    if (this.states.length < documents) {
      const size = Math.max(documents, this.states.length * 2, 1024);
      this.states = new Uint32Array(size);
      this.flags = new Uint8Array(size);
      this.candidates = new Int32Array(size);
      this.generation = 0;
    }
    if (this.generation >= 0x0fffffff) {
      this.states.fill(0);
      this.generation = 0;
    }
    return ++this.generation;
  }
}

/** Where {@link Marks.rank} hands the matching documents, in document order. */
export interface MatchSink {
  /** The documents of `list[0..count)` whose state is `all`, in list order. */
  addEach(list: Int32Array, count: number, states: Uint32Array, all: number): void;
  /** Every document below `documents` whose state is `all`. */
  addRange(documents: number, states: Uint32Array, all: number): void;
}

/** The marks of one query: which documents matched how many words, in which order they were first seen. */
export class Marks {
  private count = 0;
  private sorted = true;
  private readonly base: number;

  constructor(
    private readonly scratch: QueryScratch,
    generation: number,
  ) {
    this.base = generation * 16;
  }

  /** Marks the postings of `words` as matches of query word `index`; returns how many documents advanced. */
  apply(tokens: TokenTable, index: number, words: readonly number[], typo: boolean): number {
    let advanced = 0;
    for (const n of words) {
      const [pool, from, to] = tokens.sealedPostings(n);
      advanced += index === 0 ? this.markFirst(pool, from, to, typo) : this.markNext(index, pool, from, to, typo);
      const [tail, start, end] = tokens.tailPostings(n);
      if (end === start) continue;
      advanced += index === 0 ? this.markFirst(tail, start, end, typo) : this.markNext(index, tail, start, end, typo);
    }
    // One posting list is in document order; several interleave.
    if (index === 0 && words.length > 0 && (words.length > 1 || this.count > advanced)) this.sorted = false;
    return advanced;
  }

  /** Marks one ready-made posting list (in document order) as the matches of the first query word. */
  applyFirstList(postings: Int32Array): number {
    return this.markFirst(postings, 0, postings.length, false);
  }

  private markFirst(postings: Int32Array, from: number, to: number, typo: boolean): number {
    const { states, flags, candidates } = this.scratch;
    const matchedOne = this.base + 1;
    let count = this.count;
    for (let p = from; p < to; p++) {
      const posting = postings[p];
      const document = posting >>> POSITION_BITS;
      const atStart = (posting & LAST_POSITION) === 0;
      if (states[document] !== matchedOne) {
        states[document] = matchedOne;
        flags[document] = typo ? TYPO : atStart ? IN_ORDER | FIRST : 0;
        candidates[count++] = document;
      } else if (!typo && atStart) {
        flags[document] |= IN_ORDER | FIRST;
      }
    }
    const advanced = count - this.count;
    this.count = count;
    return advanced;
  }

  private markNext(index: number, postings: Int32Array, from: number, to: number, typo: boolean): number {
    const { states, flags } = this.scratch;
    const before = this.base + index;
    // Positions from the last one on are all alike: order can only be told for the first words.
    const position = index < LAST_POSITION ? index : -1;
    let advanced = 0;
    for (let p = from; p < to; p++) {
      const posting = postings[p];
      const document = posting >>> POSITION_BITS;
      const state = states[document];
      if (state === before) {
        states[document] = before + 1;
        const f = flags[document];
        if (typo) {
          flags[document] = (f & FIRST) | TYPO;
        } else {
          const wasInOrder = f & IN_ORDER ? WAS_IN_ORDER : 0;
          const inOrder = wasInOrder && (posting & LAST_POSITION) === position ? IN_ORDER : 0;
          flags[document] = (f & (FIRST | TYPO)) | wasInOrder | inOrder;
        }
        advanced++;
      } else if (state === before + 1 && !typo && (posting & LAST_POSITION) === position) {
        // Another word matching the same query word, at the right position.
        if (flags[document] & WAS_IN_ORDER) flags[document] |= IN_ORDER;
      }
    }
    return advanced;
  }

  /** Hands every document that matched all `wordCount` words to the ranking, in document order. */
  rank(wordCount: number, documents: number, ranking: MatchSink): void {
    const { states, candidates } = this.scratch;
    const all = this.base + wordCount;
    if (this.sorted) {
      ranking.addEach(candidates, this.count, states, all);
    } else if (this.count <= SORT_LIMIT && this.count * 32 <= documents) {
      const list: number[] = new Array(this.count);
      for (let i = 0; i < this.count; i++) list[i] = candidates[i];
      list.sort((a, b) => a - b);
      for (let i = 0; i < list.length; i++) candidates[i] = list[i];
      ranking.addEach(candidates, list.length, states, all);
    } else {
      ranking.addRange(documents, states, all);
    }
  }
}
