import type { RouteEntry } from './route';

/** Routes of the guide area (none yet). */
export const guideRoutes: RouteEntry[] = [];
