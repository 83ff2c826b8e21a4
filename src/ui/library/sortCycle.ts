/** The sort orders the poster grids offer, in the order the sort key cycles through them. */
import type { SortOrder } from '../../library';
import { t } from '../i18n';

/** Sort orders of the grids: recently added first (the default), A–Z, best rated. */
export const GRID_SORTS: readonly SortOrder[] = ['added', 'name', 'rating'];

/** The order after `current` (the first one after the last, or for an order the grids do not offer). */
export function nextSort(current: SortOrder): SortOrder {
  const index = GRID_SORTS.indexOf(current);
  return GRID_SORTS[(index + 1) % GRID_SORTS.length];
}

/** The name of an order as the header shows it ("Recently added"). */
export function sortName(sort: SortOrder): string {
  if (sort === 'name') return t('library.sort.name');
  if (sort === 'rating') return t('library.sort.rating');
  return t('library.sort.added');
}
