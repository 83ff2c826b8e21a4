import type { SettingsPage } from '../pages/SettingsPage';
import { lazyPageRoute, type RouteEntry } from './route';

/** The settings page (language, clock, about). */
export const settingsRoutes: RouteEntry[] = [
  lazyPageRoute(
    'settings',
    (): Promise<typeof SettingsPage> =>
      import(/* webpackChunkName: "page-settings" */ '../pages/SettingsPage').then((m) => m.SettingsPage),
    (page) => page.open(),
  ),
];
