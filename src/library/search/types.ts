/** What the search index takes in and answers with. */
import type { MediaKind } from '../catalog/kinds';

/** An item the index can find: a channel, a movie or a series. */
export interface SearchableItem {
  id: string;
  name: string;
}

/** A programme of the loaded guide window. Times are epoch milliseconds. */
export interface ProgrammeTitle {
  title: string;
  /** The guide's channel id. */
  channelId: string;
  start: number;
  stop: number;
}

/**
 * How well a hit matches, best first: the whole name is the query; the name starts with the query; every query
 * word starts a word of the name; a query word matched with one typo.
 */
export type MatchQuality = 'exact' | 'starts' | 'words' | 'typo';

/** A channel, movie or series found. */
export interface ItemHit {
  kind: MediaKind;
  id: string;
  name: string;
  match: MatchQuality;
}

/** A programme found. */
export interface ProgrammeHit extends ProgrammeTitle {
  kind: 'programme';
  match: MatchQuality;
}

/** One group of results: the best hits (at most the limit) and how many matched in all. */
export interface SearchGroup<H> {
  hits: H[];
  total: number;
}

/** Results grouped by kind; each group ranks exact, then prefix, then word, then typo matches, ties in added order. */
export interface SearchResults {
  query: string;
  channels: SearchGroup<ItemHit>;
  programmes: SearchGroup<ProgrammeHit>;
  movies: SearchGroup<ItemHit>;
  series: SearchGroup<ItemHit>;
}

/** Options of a search. */
export interface SearchOptions {
  /** Hits kept per group (default {@link DEFAULT_SEARCH_LIMIT}, at most {@link MAX_SEARCH_LIMIT}). */
  limit?: number;
  /**
   * Leaves items out of the results and the totals, e.g. those of hidden categories
   * (`(kind, id) => catalog.isListed(kind, id)`). Called once per matching item, so keep it cheap.
   */
  accept?: (kind: MediaKind, id: string) => boolean;
}

/** Hits kept per group unless the search says otherwise. */
export const DEFAULT_SEARCH_LIMIT = 50;
/** The most hits a group keeps, whatever the search asks (totals still count every match). */
export const MAX_SEARCH_LIMIT = 1000;
