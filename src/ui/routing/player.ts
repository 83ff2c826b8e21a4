import type { PlayerPage } from '../pages/PlayerPage';
import { lazyPageRoute, param, type RouteEntry } from './route';

/** The full-screen live player. */
export const playerRoutes: RouteEntry[] = [
  lazyPageRoute(
    'play/:categoryId/:streamId',
    (): Promise<typeof PlayerPage> =>
      import(/* webpackChunkName: "page-player" */ '../pages/PlayerPage').then((m) => m.PlayerPage),
    (page, params) => page.open(param(params, 'categoryId'), param(params, 'streamId')),
  ),
];
