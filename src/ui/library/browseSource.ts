/** What the browse page shows from the catalogue: the rail's categories and the grid's posters. */
import { ALL_CATEGORIES, type Catalog, type ItemList } from '../../library';
import type { Movie, Series } from '../../xtream';
import type { AppContext } from '../context';
import { t } from '../i18n';
import { formatCount } from '../progressText';
import type { CategoryRowItem } from './CategoryRow';
import { imageUrl, type LibraryKind } from './libraryData';
import type { PosterSource } from './PosterGrid';

/** A movie or a series as the grids list them. */
export type Title = Movie | Series;

/** All, then the provider's categories that are not hidden, with their counts (or Locked / 18+). */
export function categoryRows(catalog: Catalog, kind: LibraryKind): CategoryRowItem[] {
  const all: CategoryRowItem = {
    id: ALL_CATEGORIES,
    name: t('library.allCategories'),
    detail: formatCount(catalog.items(kind, ALL_CATEGORIES, 'provider').length),
  };
  return [all].concat(
    catalog.categories(kind).map((c) => ({
      id: c.id,
      name: c.name,
      detail: c.locked ? t('library.locked') : c.adult ? t('library.adult') : formatCount(c.count),
    })),
  );
}

/** The grid's view of a listing: a poster item is made only for a position that gets a card. */
export function posterSource(context: AppContext, kind: LibraryKind, listing: ItemList<Title>): PosterSource {
  return {
    length: listing.length,
    itemAt: (index) => {
      const item = listing.at(index) as Title;
      const poster = kind === 'movie' ? (item as Movie).poster : (item as Series).cover;
      return { title: item.name, posterUrl: imageUrl(context, poster), locked: listing.isLocked(index) };
    },
  };
}
