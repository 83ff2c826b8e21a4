/**
 * Guide loading for a source: XMLTV downloads (plain or gzip) into a guide index with progress, cached serialised
 * until the end of its window and refreshed every 12 hours, with the short EPG as fallback per channel.
 */
export {
  ProgrammeGuide,
  type ChannelNowAndNext,
  type ChannelProgrammes,
  type GuideLoad,
  type GuideLoadOptions,
  type GuideOffsets,
  type GuideState,
  type GuideStatus,
  type ProgrammeGuideOptions,
} from './programme-guide';
export { downloadGuide, type DownloadedGuide, type GuideDownloadOptions, type GuideFailure } from './guide-download';
export { GUIDE_REFRESH_INTERVAL_MS, guideCacheKey, guideNeedsRefresh, cachedGuide } from './guide-cache';
export {
  ShortEpgFallback,
  programmeFromEpgEntry,
  SHORT_EPG_LIMIT,
  SHORT_EPG_TTL_MS,
  type ShortEpgFetch,
} from './short-epg';
