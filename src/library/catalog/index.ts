/**
 * The in-memory catalogue: categories, items per category, lookups by id, sorted listings, hidden / locked / adult
 * categories, and the viewer's favourites, recently watched and resume positions as plain-data values.
 */
export {
  Catalog,
  type CatalogInput,
  type CatalogOptions,
  type CatalogRules,
  type CatalogSectionInput,
} from './catalog';
export { ItemList, type ListingSource } from './item-list';
export { isAdultCategoryName } from './adult';
export { MEDIA_KINDS, isMediaKind, type MediaKind } from './kinds';
export {
  ALL_CATEGORIES,
  SORT_ORDERS,
  type CatalogCategory,
  type CatalogEntry,
  type CatalogItemTypes,
  type CategoryInfo,
  type CategoryRules,
  type SortOrder,
  type XtreamItemTypes,
} from './types';
export { Favourites, type FavouritesData } from './favourites';
export { RecentlyWatched, RECENT_LIMIT, type RecentlyWatchedData, type WatchedEntry } from './recently-watched';
export {
  ResumePositions,
  FINISHED_FRACTION,
  RESUME_LIMIT,
  isUnfinished,
  type ResumePosition,
} from './resume-positions';
