import type { RouteEntry } from './route';

/** The accounts pages. */
export const accountsRoutes: RouteEntry[] = [];
