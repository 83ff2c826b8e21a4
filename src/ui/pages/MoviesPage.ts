import { BrowsePage } from '../library/BrowsePage';

/** The movies: category rail and poster grid (see {@link BrowsePage}); OK opens a movie's details. */
export class MoviesPage extends BrowsePage {
  protected readonly kind = 'movie' as const;
}
