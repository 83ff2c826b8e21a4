import { appContext } from './context';
import { CategoriesPage } from './pages/CategoriesPage';
import { ChannelsPage } from './pages/ChannelsPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { PlayerPage } from './pages/PlayerPage';

/** Route parameters arrive percent-encoded from the address; missing ones become ''. */
function param(params: Record<string | symbol, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Pages open themselves (with their own loading and error states), so each hook resolves at once. */
const opened = (): Promise<void> => Promise.resolve();

/**
 * The app's routes. `login` is the root; every other page needs an account, and without one (e.g. a reload on
 * `#home`) the viewer is sent to `login`.
 */
export const routes = {
  root: 'login',
  beforeEachRoute: (_from: string, request: { hash: string }): Promise<boolean | string> =>
    Promise.resolve(request.hash === 'login' || appContext().signedIn !== undefined ? true : 'login'),
  routes: [
    {
      path: 'login',
      component: LoginPage,
      before: (page: LoginPage) => opened().then(() => page.open()),
    },
    {
      path: 'home',
      component: HomePage,
      before: (page: HomePage) => opened().then(() => page.open()),
    },
    {
      path: 'live',
      component: CategoriesPage,
      before: (page: CategoriesPage) => opened().then(() => page.open()),
    },
    {
      path: 'live/:categoryId',
      component: ChannelsPage,
      before: (page: ChannelsPage, params: Record<string, unknown>) =>
        opened().then(() => page.open(param(params, 'categoryId'))),
    },
    {
      path: 'play/:categoryId/:streamId',
      component: PlayerPage,
      before: (page: PlayerPage, params: Record<string, unknown>) =>
        opened().then(() => page.open(param(params, 'categoryId'), param(params, 'streamId'))),
    },
  ],
};
