import type { LivePage } from '../pages/LivePage';
import { lazyPageRoute, param, type RouteEntry } from './route';

const livePage = (): Promise<typeof LivePage> =>
  import(/* webpackChunkName: "page-live" */ '../pages/LivePage').then((m) => m.LivePage);

/**
 * Live TV: `live` opens the category column; `live/<id>` opens a category's channels, where the id is `all`,
 * `favourites`, `recent` or a provider category.
 */
export const liveRoutes: RouteEntry[] = [
  lazyPageRoute('live', livePage, (page) => page.open(undefined)),
  lazyPageRoute('live/:categoryId', livePage, (page, params) => page.open(param(params, 'categoryId'))),
];
