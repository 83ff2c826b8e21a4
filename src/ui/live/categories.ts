/**
 * The category column of Live TV: "All", "Favourites" and "Recently watched" first, then the provider's categories
 * in its order with their channel counts. Hidden categories are left out; locked ones stay, marked, and open only
 * with the PIN.
 */
import type { CategoryInfo } from '../../library';

/** The pseudo category ids of the column (the route's `live/<id>` uses them too). */
export const ALL_CHANNELS = 'all';
export const FAVOURITE_CHANNELS = 'favourites';
export const RECENT_CHANNELS = 'recent';

/** What a category entry is. */
export type LiveCategoryKind = 'all' | 'favourites' | 'recent' | 'provider';

/** One entry of the category column. */
export interface LiveCategory {
  id: string;
  kind: LiveCategoryKind;
  name: string;
  /** Channels it lists (for a locked category: how many it holds). */
  count: number;
  locked: boolean;
}

/** Channel counts of the three entries above the provider's categories. */
export interface OwnCounts {
  all: number;
  favourites: number;
  recent: number;
}

/** The column's names of the three own entries, in the viewer's language. */
export interface OwnNames {
  all: string;
  favourites: string;
  recent: string;
}

/** The entries of the column, in order; see the file comment. */
export function composeCategories(
  provider: readonly CategoryInfo[],
  counts: OwnCounts,
  names: OwnNames,
): LiveCategory[] {
  const own: LiveCategory[] = [
    { id: ALL_CHANNELS, kind: 'all', name: names.all, count: counts.all, locked: false },
    { id: FAVOURITE_CHANNELS, kind: 'favourites', name: names.favourites, count: counts.favourites, locked: false },
    { id: RECENT_CHANNELS, kind: 'recent', name: names.recent, count: counts.recent, locked: false },
  ];
  const reserved = [ALL_CHANNELS, FAVOURITE_CHANNELS, RECENT_CHANNELS];
  return own.concat(
    provider
      // A provider id equal to one of ours could never be opened by address, so it is not offered.
      .filter((category) => !category.hidden && reserved.indexOf(category.id) < 0)
      .map((category) => ({
        id: category.id,
        kind: 'provider' as const,
        name: category.name,
        count: category.count,
        locked: category.locked,
      })),
  );
}

/** The position of a category id in the column, or 0 ("All") when it is not there. */
export function categoryPosition(categories: readonly LiveCategory[], id: string | undefined): number {
  if (id === undefined) return 0;
  for (let i = 0; i < categories.length; i++) if (categories[i].id === id) return i;
  return 0;
}
