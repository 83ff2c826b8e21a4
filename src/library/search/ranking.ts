/**
 * Ranking of the documents that matched every query word: by kind, then by level (exact name, name starts with
 * the query, every word matched, a typo needed), keeping the first hits of each level in document order (the
 * provider's order) and counting all of them.
 */
import * as documentKinds from './documents';
import type { DocumentStore } from './documents';
import * as markFlags from './marks';
import { LAST_POSITION } from './token-table';
import type { MatchSink, QueryScratch } from './marks';
import {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type ItemHit,
  type MatchQuality,
  type ProgrammeHit,
  type SearchGroup,
  type SearchOptions,
  type SearchResults,
} from './types';

// Local copies: bundlers may turn imported bindings into getter calls, which the per-match loop cannot afford.
const { DOC_KIND_COUNT, DOC_LIVE, DOC_MOVIE, DOC_PROGRAMME, DOC_SERIES, mediaKindOf } = documentKinds;
const { FIRST, IN_ORDER, TYPO } = markFlags;

/** Match levels, worst to best, and their names. */
const LEVELS = 4;
const QUALITIES: readonly MatchQuality[] = ['typo', 'words', 'starts', 'exact'];

/** The hits kept per group: the option, whole and within [0, MAX_SEARCH_LIMIT], else the default. */
function hitLimit(limit: number | undefined): number {
  if (limit === undefined || !(limit >= 0)) return DEFAULT_SEARCH_LIMIT;
  return Math.min(Math.floor(limit), MAX_SEARCH_LIMIT);
}

/** Sorts matches into kinds and levels, keeping the first `limit` of each in document order. */
export class Ranking implements MatchSink {
  private readonly totals = new Int32Array(DOC_KIND_COUNT * LEVELS);
  /** The first `limit` documents of each kind and level, slot by slot. */
  private readonly kept: Int32Array;
  private readonly keptCounts = new Int32Array(DOC_KIND_COUNT * LEVELS);
  private readonly key: string;
  private readonly limit: number;
  /**
   * Queries whose word order postings cannot tell (a repeated word, or more words than positions) rank names by
   * reading them.
   */
  private readonly readsNames: boolean;
  private readonly kinds: Uint8Array;
  private readonly keyLengths: Int32Array;
  private readonly flags: Uint8Array;
  private readonly accept: SearchOptions['accept'];

  constructor(
    private readonly documents: DocumentStore,
    scratch: QueryScratch,
    words: readonly string[],
    private readonly lastIsPrefix: boolean,
    options: SearchOptions,
  ) {
    this.key = words.join(' ');
    this.readsNames = words.length >= LAST_POSITION || hasRepeatedWord(words);
    this.limit = hitLimit(options.limit);
    this.kinds = documents.kinds;
    this.keyLengths = documents.keyLengths;
    this.flags = scratch.flags;
    this.accept = options.accept;
    this.kept = new Int32Array(DOC_KIND_COUNT * LEVELS * this.limit);
  }

  /** Adds the documents of `list[0..count)` whose state is `all`, in list order. */
  addEach(list: Int32Array, count: number, states: Uint32Array, all: number): void {
    for (let i = 0; i < count; i++) {
      const document = list[i];
      if (states[document] === all) this.add(document);
    }
  }

  /** Adds every document below `documents` whose state is `all`, in document order. */
  addRange(documents: number, states: Uint32Array, all: number): void {
    for (let document = 0; document < documents; document++) if (states[document] === all) this.add(document);
  }

  private add(document: number): void {
    const code = this.kinds[document];
    const accept = this.accept;
    if (accept && code !== DOC_PROGRAMME && !accept(mediaKindOf(code), this.documents.id(document))) return;
    const flags = this.flags[document];
    let level: number;
    if (flags & TYPO) level = 0;
    else if (this.readsNames) level = flags & FIRST ? this.levelByName(document) : 1;
    // In order from the name's start: the name starts with the query, and is the query if as long.
    else if (flags & IN_ORDER) level = this.keyLengths[document] === this.key.length ? 3 : 2;
    else level = 1;
    const slot = code * LEVELS + level;
    this.totals[slot]++;
    const count = this.keptCounts[slot];
    if (count < this.limit) {
      this.kept[slot * this.limit + count] = document;
      this.keptCounts[slot] = count + 1;
    }
  }

  results(query: string): SearchResults {
    const documents = this.documents;
    const item = (document: number, level: number): ItemHit => ({
      kind: mediaKindOf(documents.kind(document)),
      id: documents.id(document),
      name: documents.name(document),
      match: QUALITIES[level],
    });
    const programme = (document: number, level: number): ProgrammeHit => {
      const p = documents.programme(document);
      return {
        kind: 'programme',
        title: p.title,
        channelId: p.channelId,
        start: p.start,
        stop: p.stop,
        match: QUALITIES[level],
      };
    };
    return {
      query,
      channels: this.group(DOC_LIVE, item),
      programmes: this.group(DOC_PROGRAMME, programme),
      movies: this.group(DOC_MOVIE, item),
      series: this.group(DOC_SERIES, item),
    };
  }

  private group<H>(code: number, hit: (document: number, level: number) => H): SearchGroup<H> {
    const hits: H[] = [];
    let total = 0;
    for (let level = LEVELS - 1; level >= 0; level--) {
      const slot = code * LEVELS + level;
      total += this.totals[slot];
      for (let i = 0; i < this.keptCounts[slot] && hits.length < this.limit; i++) {
        hits.push(hit(this.kept[slot * this.limit + i], level));
      }
    }
    return { hits, total };
  }

  /** The level of a document by comparing its name with the query: 3 exact, 2 starts with, else 1. */
  private levelByName(document: number): number {
    return 1 + this.documents.compareKey(document, this.key, this.lastIsPrefix);
  }
}

function hasRepeatedWord(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if (words.indexOf(words[i]) < i) return true;
  return false;
}
