import { appContext } from './context';
import { startUp } from './session';
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
 * Before the first page: start-up (the store, and signing in again with the last saved account). Then every page
 * but `login` needs an account (without one, e.g. a reload on `#home` after signing out, the viewer is sent to
 * `login`), and `login` with an account signed in (the start-up restored it) goes to the account page.
 */
async function beforeEachRoute(_from: string, request: { hash: string }): Promise<boolean | string> {
  const context = appContext();
  await startUp(context);
  if (request.hash === 'login') return context.signedIn ? 'home' : true;
  return context.signedIn !== undefined ? true : 'login';
}

/** The app's routes; `login` is the root. */
export const routes = {
  root: 'login',
  beforeEachRoute,
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
