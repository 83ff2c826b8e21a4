/**
 * Instant search over channels, movies, series and guide programme titles: folded (case, diacritics), word
 * prefixes, one typo in longer words, ranked and grouped by kind, built in slices off the critical path.
 */
export { SearchIndex, type SearchIndexOptions, type SearchIndexStats } from './search-index';
export { SearchIndexBuilder, DEFAULT_SLICE_MS, type SearchIndexBuilderOptions, type SliceOptions } from './builder';
export { createTextFolder, foldText, foldedKey, searchWords, type TextFolder, type TextFolderOptions } from './fold';
export { withinOneEdit, prefixWithinOneEdit } from './edit-distance';
export { TYPO_MIN_LETTERS } from './query';
export { MAX_QUERY_WORDS } from './marks';
export {
  DEFAULT_SEARCH_LIMIT,
  MAX_SEARCH_LIMIT,
  type ItemHit,
  type MatchQuality,
  type ProgrammeHit,
  type ProgrammeTitle,
  type SearchableItem,
  type SearchGroup,
  type SearchOptions,
  type SearchResults,
} from './types';
