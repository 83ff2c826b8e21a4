/**
 * Where the viewer was in each poster grid (category, sort order, focused title), kept for the app run so that
 * coming back from a details page, or opening the grid again, lands on the same poster.
 */
import { ALL_CATEGORIES, type SortOrder } from '../../library';
import type { LibraryKind } from './libraryData';
import { GRID_SORTS } from './sortCycle';

/** The browsing position of one grid. */
export interface BrowseState {
  categoryId: string;
  sort: SortOrder;
  /** Id of the focused title. */
  focusedId?: string;
  /** Its position in the listing, tried first (finding an id in 150,000 is a scan). */
  focusedIndex?: number;
}

const states: Record<LibraryKind, BrowseState> = {
  movie: { categoryId: ALL_CATEGORIES, sort: GRID_SORTS[0] },
  series: { categoryId: ALL_CATEGORIES, sort: GRID_SORTS[0] },
};

/** The browsing position of a grid (the same object for the run: pages update it in place). */
export function browseState(kind: LibraryKind): BrowseState {
  return states[kind];
}

/** Forgets every position (signing in to another account). */
export function resetBrowseState(): void {
  states.movie = { categoryId: ALL_CATEGORIES, sort: GRID_SORTS[0] };
  states.series = { categoryId: ALL_CATEGORIES, sort: GRID_SORTS[0] };
}
