import type { StringKey } from '../i18n';

/** What an entry of the home page's menu does: open a route, or leave the account. */
export type MenuAction = { route: string } | { account: 'switch' | 'signOut' };

/** One entry of the home page's menu. */
export interface MenuItem {
  /** The entry's element name (browser tests read it as the focused element). */
  ref: string;
  label: StringKey;
  action: MenuAction;
}

/** The home page's menu, top to bottom: where to go, then the account's own actions below a gap. */
export const HOME_MENU: readonly MenuItem[] = [
  { ref: 'LiveTv', label: 'home.menu.live', action: { route: 'live' } },
  { ref: 'Guide', label: 'home.menu.guide', action: { route: 'guide' } },
  { ref: 'Movies', label: 'home.menu.movies', action: { route: 'movies' } },
  { ref: 'Series', label: 'home.menu.series', action: { route: 'series' } },
  { ref: 'Search', label: 'home.menu.search', action: { route: 'search' } },
  { ref: 'Favourites', label: 'home.menu.favourites', action: { route: 'live/favourites' } },
  { ref: 'Settings', label: 'home.menu.settings', action: { route: 'settings' } },
  { ref: 'SwitchAccount', label: 'home.menu.switchAccount', action: { account: 'switch' } },
  { ref: 'SignOut', label: 'home.menu.signOut', action: { account: 'signOut' } },
];

/** How many entries lead somewhere before the account's actions (a gap separates the two groups). */
export const NAVIGATION_ENTRIES = HOME_MENU.filter((item) => 'route' in item.action).length;
