import { BrowsePage } from '../library/BrowsePage';

/** The series: category rail and poster grid (see {@link BrowsePage}); OK opens a series with its episodes. */
export class SeriesPage extends BrowsePage {
  protected readonly kind = 'series' as const;
}
