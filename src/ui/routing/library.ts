import type { RouteEntry } from './route';

/** Routes of the library area (none yet). */
export const libraryRoutes: RouteEntry[] = [];
