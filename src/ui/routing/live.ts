import { CategoriesPage } from '../pages/CategoriesPage';
import { ChannelsPage } from '../pages/ChannelsPage';
import { param, pageRoute, type RouteEntry } from './route';

/** Live TV: categories and channel lists. */
export const liveRoutes: RouteEntry[] = [
  pageRoute('live', CategoriesPage, (page) => page.open()),
  pageRoute('live/:categoryId', ChannelsPage, (page, params) => page.open(param(params, 'categoryId'))),
];
