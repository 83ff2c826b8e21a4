import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import type { SearchPage } from '../pages/SearchPage';
import { lazyPageRoute, pageRoute, type RouteEntry } from './route';

/** Sign-in and the home page (in the first bundle: one of them is the first page), and the search page. */
export const homeRoutes: RouteEntry[] = [
  pageRoute('login', LoginPage, (page) => page.open()),
  pageRoute('home', HomePage, (page) => page.open()),
  lazyPageRoute(
    'search',
    (): Promise<typeof SearchPage> =>
      import(/* webpackChunkName: "page-search" */ '../pages/SearchPage').then((m) => m.SearchPage),
    (page) => page.open(),
  ),
];
