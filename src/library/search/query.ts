/**
 * One search over the index: every query word must match a word of the name (the last one as a prefix while it
 * is being typed), words of five letters or more also match with one typo, and hits are ranked exact > name
 * starts with the query > word prefixes > typo, ties in the order documents were added.
 *
 * Per keystroke the cost is the postings of the matching words, a scan of the words sharing a typed word's first
 * or second letter, and one pass over the matches.
 */
import type { DocumentStore } from './documents';
import { prefixWithinOneEdit, withinOneEdit } from './edit-distance';
import type { TextFolder } from './fold';
import { Marks, MAX_QUERY_WORDS, type QueryScratch } from './marks';
import type { PrefixUnions } from './prefix-unions';
import { Ranking } from './ranking';
import type { TokenTable } from './token-table';
import type { SearchOptions, SearchResults } from './types';

/** Query words shorter than this never match by typo ("nwes" is not "news"). */
export const TYPO_MIN_LETTERS = 5;

/** Empty results for a query. */
export function emptyResults(query: string): SearchResults {
  return {
    query,
    channels: { hits: [], total: 0 },
    programmes: { hits: [], total: 0 },
    movies: { hits: [], total: 0 },
    series: { hits: [], total: 0 },
  };
}

/** The parts of an index a query reads. */
export interface QueryParts {
  documents: DocumentStore;
  tokens: TokenTable;
  folder: TextFolder;
  scratch: QueryScratch;
  unions: PrefixUnions;
}

/** Runs one query. */
export function runQuery(parts: QueryParts, query: string, options: SearchOptions = {}): SearchResults {
  const words = parts.folder.words(query).slice(0, MAX_QUERY_WORDS);
  if (words.length === 0) return emptyResults(query);
  const lastIsPrefix = parts.folder.endsInWord(query);
  const marks = new Marks(parts.scratch, parts.scratch.begin(parts.documents.count));
  for (let i = 0; i < words.length; i++) {
    const prefix = lastIsPrefix && i === words.length - 1;
    // A one-letter first keystroke reads the merged postings (they keep only the lowest position, all it needs).
    const union = prefix && i === 0 && words[i].length === 1 ? parts.unions.get(words[i]) : undefined;
    let advanced = union
      ? marks.applyFirstList(union)
      : marks.apply(parts.tokens, i, exactWords(parts.tokens, words[i], prefix), false);
    if (words[i].length >= TYPO_MIN_LETTERS) {
      advanced += marks.apply(parts.tokens, i, typoWords(parts.tokens, words[i], prefix), true);
    }
    if (advanced === 0) return emptyResults(query);
  }
  const ranking = new Ranking(parts.documents, parts.scratch, words, lastIsPrefix, options);
  marks.rank(words.length, parts.documents.count, ranking);
  return ranking.results(query);
}

/** The words matching a query word without typo: itself, or every word it starts when `prefix`. */
function exactWords(tokens: TokenTable, word: string, prefix: boolean): number[] {
  const out: number[] = [];
  if (prefix) {
    const [from, to] = tokens.range(word);
    for (let p = from; p < to; p++) out.push(tokens.numberAt(p));
  } else {
    const n = tokens.numberOf(word);
    if (n >= 0) out.push(n);
  }
  return out;
}

/** Words within one typo of `word` (of one of their prefixes when `prefix`), exact matches excluded. */
function typoWords(tokens: TokenTable, word: string, prefix: boolean): number[] {
  const out: number[] = [];
  // A typo in the first letter is not looked for, except a swap of the first two or an extra first letter.
  const leads = word.charAt(1) === word.charAt(0) ? [word.charAt(0)] : [word.charAt(0), word.charAt(1)];
  for (const lead of leads) {
    const [from, to] = tokens.range(lead);
    for (let p = from; p < to; p++) {
      const candidate = tokens.textAt(p);
      if (prefix ? startsWith(candidate, word) : candidate === word) continue;
      if (prefix ? prefixWithinOneEdit(word, candidate) : withinOneEdit(word, candidate)) out.push(tokens.numberAt(p));
    }
  }
  return out;
}

function startsWith(text: string, prefix: string): boolean {
  return text.length >= prefix.length && text.lastIndexOf(prefix, 0) === 0;
}
