/**
 * One `Source` interface over Xtream accounts and M3U playlists: catalogue (cached, refreshed in the background,
 * swapped whole), guide, account facts and stream URLs, with progress for the long loads.
 */
export type {
  AccountRefresh,
  AccountState,
  CatalogLoadOptions,
  CatalogRefresh,
  CatalogUpdate,
  LoadedCatalog,
  ProgrammeTime,
  Source,
  SourceKind,
} from './types';
export { XtreamSource, ACCOUNT_KEY, type XtreamSourceOptions } from './xtream-source';
export { M3uSource, PLAYLIST_KEY, type M3uSourceOptions } from './m3u-source';
export {
  createSource,
  playlistAccountId,
  storedPlaylistAccount,
  storedXtreamAccount,
  xtreamAccountId,
  type SourceDependencies,
} from './create-source';
export { readPlaylist, type PlaylistLocation, type ReadPlaylistOptions } from './m3u-download';
export {
  PlaylistCatalogBuilder,
  type M3uEpisode,
  type M3uLiveStream,
  type M3uMovie,
  type PlaylistCatalogData,
  type PlaylistSection,
} from './m3u-mapping';
export { buildCatchupUrl, canCatchUp, fillCatchupTemplate, CATCHUP_MODES } from './m3u-catchup';
export {
  download,
  canStreamDownloads,
  DOWNLOAD_IDLE_TIMEOUT_MS,
  type ChunkSink,
  type DownloadOptions,
  type DownloadResult,
} from './download';
export {
  throttleProgress,
  fractionOf,
  PROGRESS_INTERVAL_MS,
  type LoadPhase,
  type LoadProgress,
  type LoadTask,
  type ProgressListener,
} from './progress';
export {
  catalogChanges,
  diffList,
  diffSection,
  type CatalogChanges,
  type ListChanges,
  type SectionChanges,
} from './changes';
export { SourceError, isSourceError, type SourceErrorCode } from './errors';
export { storageNotice } from './storage-notice';
export { stableId } from './stable-id';
