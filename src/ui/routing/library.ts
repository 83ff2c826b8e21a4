import type { MovieDetailsPage } from '../pages/MovieDetailsPage';
import type { MoviesPage } from '../pages/MoviesPage';
import type { SeriesDetailsPage } from '../pages/SeriesDetailsPage';
import type { SeriesPage } from '../pages/SeriesPage';
import type { VodPlayerPage } from '../pages/VodPlayerPage';
import { lazyPageRoute, param, type RouteEntry } from './route';

// One chunk for the whole library area: its pages share the poster grid and details components.
const moviesPage = (): Promise<typeof MoviesPage> =>
  import(/* webpackChunkName: "page-library" */ '../pages/MoviesPage').then((m) => m.MoviesPage);
const movieDetailsPage = (): Promise<typeof MovieDetailsPage> =>
  import(/* webpackChunkName: "page-library" */ '../pages/MovieDetailsPage').then((m) => m.MovieDetailsPage);
const seriesPage = (): Promise<typeof SeriesPage> =>
  import(/* webpackChunkName: "page-library" */ '../pages/SeriesPage').then((m) => m.SeriesPage);
const seriesDetailsPage = (): Promise<typeof SeriesDetailsPage> =>
  import(/* webpackChunkName: "page-library" */ '../pages/SeriesDetailsPage').then((m) => m.SeriesDetailsPage);
const vodPlayerPage = (): Promise<typeof VodPlayerPage> =>
  import(/* webpackChunkName: "page-library" */ '../pages/VodPlayerPage').then((m) => m.VodPlayerPage);

/** Movies and series: poster grids, details pages and the VOD player (`watch/movie/:id`, `watch/episode/:id`). */
export const libraryRoutes: RouteEntry[] = [
  lazyPageRoute('movies', moviesPage, (page) => page.open()),
  lazyPageRoute('movie/:id', movieDetailsPage, (page, params) => page.open(param(params, 'id'))),
  lazyPageRoute('series', seriesPage, (page) => page.open()),
  lazyPageRoute('series/:id', seriesDetailsPage, (page, params) => page.open(param(params, 'id'))),
  lazyPageRoute('watch/:kind/:id', vodPlayerPage, (page, params) =>
    page.open(param(params, 'kind'), param(params, 'id')),
  ),
];
