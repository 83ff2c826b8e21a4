import type { RouteEntry } from './route';

/** The parental pages. */
export const parentalRoutes: RouteEntry[] = [];
