/**
 * How the guide is kept in the account's cache: the serialised index under a key naming its addresses, valid
 * until the end of its window, refreshed once it is older than the refresh interval.
 */
// The index itself, not the package: the package's entry also exports the XMLTV parser, which loads on demand.
import { GuideIndex } from '../../epg/guide/guide-index';
import type { CacheHit, Validator } from '../../store';
import { stableId } from '../source/stable-id';

/** How often a cached guide is downloaded again (providers publish once or twice a day). */
export const GUIDE_REFRESH_INTERVAL_MS = 12 * 60 * 60 * 1000;

/** The cache key of the guide built from `urls` (another set of addresses is another guide). */
export function guideCacheKey(urls: readonly string[]): string {
  return `guide:${stableId(urls.join('\n'))}`;
}

/** Reads a cached guide back as an index; anything that is not one is refused (and so refetched). */
export const cachedGuide: Validator<GuideIndex> = { parse: (data: unknown) => GuideIndex.deserialize(data) };

/** Whether a cached guide should be downloaded again: past its window, from the future, or older than `intervalMs`. */
export function guideNeedsRefresh(hit: CacheHit<GuideIndex>, now: number, intervalMs: number): boolean {
  return hit.stale || now - hit.storedAt >= intervalMs;
}
