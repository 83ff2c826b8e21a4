import { HomePage } from '../pages/HomePage';
import type { LoginPage } from '../pages/LoginPage';
import type { SearchPage } from '../pages/SearchPage';
import { lazyPageRoute, pageRoute, type RouteEntry } from './route';

/**
 * The home page (in the first bundle: a warm start opens it first), sign-in (a chunk of its own: only a first start
 * or a signed-out TV needs its form, keyboard and connection doctor) and the search page.
 */
export const homeRoutes: RouteEntry[] = [
  lazyPageRoute(
    'login',
    (): Promise<typeof LoginPage> =>
      import(/* webpackChunkName: "page-login" */ '../pages/LoginPage').then((m) => m.LoginPage),
    (page) => page.open(),
  ),
  pageRoute('home', HomePage, (page) => page.open()),
  lazyPageRoute(
    'search',
    (): Promise<typeof SearchPage> =>
      import(/* webpackChunkName: "page-search" */ '../pages/SearchPage').then((m) => m.SearchPage),
    (page) => page.open(),
  ),
];
