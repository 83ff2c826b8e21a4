import { PlayerPage } from '../pages/PlayerPage';
import { param, pageRoute, type RouteEntry } from './route';

/** The full-screen live player. */
export const playerRoutes: RouteEntry[] = [
  pageRoute('play/:categoryId/:streamId', PlayerPage, (page, params) =>
    page.open(param(params, 'categoryId'), param(params, 'streamId')),
  ),
];
