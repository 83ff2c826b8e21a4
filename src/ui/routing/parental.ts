import type { CategoryManagerPage } from '../parental/CategoryManagerPage';
import type { ParentalPage } from '../parental/ParentalPage';
import { lazyPageRoute, param, type RouteEntry } from './route';

// One chunk for the area: both pages share the PIN prompt.
const parentalPage = (): Promise<typeof ParentalPage> =>
  import(/* webpackChunkName: "page-parental" */ '../parental/ParentalPage').then((m) => m.ParentalPage);
const managerPage = (): Promise<typeof CategoryManagerPage> =>
  import(/* webpackChunkName: "page-parental" */ '../parental/CategoryManagerPage').then((m) => m.CategoryManagerPage);

/**
 * Parental control: `parental` sets, changes or removes the PIN and leads to the category managers; `categories`
 * and `categories/<kind>` (`live`, `movie`, `series`) manage the categories of a kind: hide, lock, reorder.
 */
export const parentalRoutes: RouteEntry[] = [
  lazyPageRoute('parental', parentalPage, (page) => page.open()),
  lazyPageRoute('categories', managerPage, (page) => page.open('live')),
  lazyPageRoute('categories/:kind', managerPage, (page, params) => page.open(param(params, 'kind'))),
];
