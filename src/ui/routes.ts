import { appContext } from './context';
import { accountsRoutes } from './routing/accounts';
import { guideRoutes } from './routing/guide';
import { homeRoutes } from './routing/home';
import { libraryRoutes } from './routing/library';
import { liveRoutes } from './routing/live';
import { parentalRoutes } from './routing/parental';
import { playerRoutes } from './routing/player';
import { settingsRoutes } from './routing/settings';
import { startUp } from './session';

/** Routes that show the video: the Live TV page keeps the stream playing in its preview window. */
const VIDEO_PAGES = /^(live|play|archive|watch)(\/|$)/;

/**
 * Before the first page: start-up (the store, and signing in again with the last saved account). Then every page
 * but `login` needs an account (without one, e.g. a reload on `#home` after signing out, the viewer is sent to
 * `login`), and `login` with an account signed in (the start-up restored it) goes to the account page. Pages without video stop
 * the player.
 */
async function beforeEachRoute(_from: string, request: { hash: string }): Promise<boolean | string> {
  const context = appContext();
  await startUp(context);
  // Only the Live TV page (its preview window) and the players show video; every other page silences it.
  if (!VIDEO_PAGES.test(request.hash)) context.player.stop();
  if (request.hash === 'login') return context.signedIn ? 'home' : true;
  // Adding an account is open without one: the sign-in page offers an M3U playlist through that form.
  if (/^accounts\/add(-playlist)?$/.test(request.hash)) return true;
  return context.signedIn !== undefined ? true : 'login';
}

/**
 * The app's routes, one table per area of the app (`routing/`); `login` is the root (signed in, it leads home). An
 * address without a route is given its first page before the router starts (App.startRouter).
 */
export const routes = {
  root: 'login',
  beforeEachRoute,
  routes: [
    ...homeRoutes,
    ...liveRoutes,
    ...playerRoutes,
    ...guideRoutes,
    ...libraryRoutes,
    ...settingsRoutes,
    ...accountsRoutes,
    ...parentalRoutes,
  ],
};
