import type { ArchivePlayerPage } from '../pages/ArchivePlayerPage';
import type { GuidePage } from '../pages/GuidePage';
import { ALL_CHANNELS } from '../pages/loadChannels';
import { lazyPageRoute, param, type RouteEntry } from './route';

const guidePage = (): Promise<typeof GuidePage> =>
  import(/* webpackChunkName: "page-guide" */ '../pages/GuidePage').then((m) => m.GuidePage);
const archivePage = (): Promise<typeof ArchivePlayerPage> =>
  import(/* webpackChunkName: "page-guide" */ '../pages/ArchivePlayerPage').then((m) => m.ArchivePlayerPage);

/** The programme guide (all channels, or one Live TV category) and the archive player for past programmes. */
export const guideRoutes: RouteEntry[] = [
  lazyPageRoute('guide', guidePage, (page) => page.open(ALL_CHANNELS)),
  lazyPageRoute('guide/:categoryId', guidePage, (page, params) => page.open(param(params, 'categoryId'))),
  lazyPageRoute('archive/:streamId/:start', archivePage, (page, params) =>
    page.open(param(params, 'streamId'), Number(param(params, 'start'))),
  ),
];
