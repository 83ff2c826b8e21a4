import type { RouteEntry } from './route';

/** Routes of the settings area (none yet). */
export const settingsRoutes: RouteEntry[] = [];
