/** The shapes the catalogue works with. */
import type { LiveStream, Movie, Series } from '../../xtream/models';
import type { MediaKind } from './kinds';

/**
 * What the catalogue needs of an item. Xtream's `LiveStream`, `Movie` and `Series` fit as they are; any other
 * source only has to provide these fields.
 */
export interface CatalogEntry {
  id: string;
  name: string;
  /** Every category the item is listed under (empty: only in "All"). */
  categoryIds: readonly string[];
  /** When the provider added it, epoch milliseconds. */
  added?: number;
  /** When a series last changed, epoch milliseconds: series sort by it when they have no `added`. */
  lastModified?: number;
  /** Out of 10. */
  rating?: number;
  /** Out of 5, used when `rating` is missing. */
  rating5?: number;
  isAdult?: boolean;
}

/** A category as the catalogue takes it in (Xtream's `Category` fits). */
export interface CatalogCategory {
  id: string;
  name: string;
  parentId?: string;
}

/** The item type of each kind. */
export type CatalogItemTypes = { [K in MediaKind]: CatalogEntry };

/** The item types of an Xtream account. */
export interface XtreamItemTypes {
  live: LiveStream;
  movie: Movie;
  series: Series;
}

/**
 * Sort orders of a listing: the provider's order; A–Z by folded name; recently added first (items without a
 * date last); best rated first (unrated last). Ties keep the provider's order.
 */
export type SortOrder = 'provider' | 'name' | 'added' | 'rating';

/** Every sort order. */
export const SORT_ORDERS: readonly SortOrder[] = ['provider', 'name', 'added', 'rating'];

/** The pseudo category of every listed item. */
export const ALL_CATEGORIES = 'all';

/** A category with what the UI needs to show it. */
export interface CategoryInfo {
  id: string;
  name: string;
  parentId?: string;
  /** Items listed under it (hidden or not). */
  count: number;
  /** The viewer hid it: it is left out of listings and of "All". */
  hidden: boolean;
  /** The viewer locked it: it is listed, but opening it or its items needs the PIN. */
  locked: boolean;
  /** Its name says adult content, or it holds items the provider marks adult. */
  adult: boolean;
}

/** The viewer's choices for the categories of one kind. */
export interface CategoryRules {
  hidden?: readonly string[];
  locked?: readonly string[];
  /**
   * Adult categories count as locked (a parental PIN exists): every category whose name says adult content or
   * that holds items the provider marks adult, unless it is in {@link unlocked}.
   */
  lockAdult?: boolean;
  /** Adult categories left open although {@link lockAdult} is set. */
  unlocked?: readonly string[];
  /** Category ids in the viewer's order; categories not named follow in the provider's order. */
  order?: readonly string[];
}
