/**
 * What the home rows keep in the account's settings: which series each resumable episode belongs to (a position is
 * saved by episode id only, and finding the series takes the series' details, so the answer is remembered for the
 * next start). Lightning-free.
 */
import type { AccountUserData } from '../../store';
import type { Episode } from '../../xtream';
import type { EpisodeRef, EpisodeRefs } from './rowItems';

/** The settings entry with episode id → {@link EpisodeRef}. */
export const EPISODES_SETTING = 'homeEpisodes';
/** Series looked into at most when finding where episodes belong (the account's recently watched series). */
const SERIES_TO_SEARCH = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEpisodeRef(value: unknown): value is EpisodeRef {
  if (!isRecord(value)) return false;
  return (
    typeof value.seriesId === 'string' &&
    typeof value.season === 'number' &&
    typeof value.episode === 'number' &&
    typeof value.title === 'string'
  );
}

/** The remembered episodes of the account (malformed entries left out). */
export function episodeRefs(data: AccountUserData): Record<string, EpisodeRef> {
  const stored = data.readSettings<Record<string, unknown>>({ [EPISODES_SETTING]: {} })[EPISODES_SETTING];
  const refs: Record<string, EpisodeRef> = {};
  if (isRecord(stored)) {
    Object.keys(stored).forEach((id) => {
      const ref = stored[id];
      if (isEpisodeRef(ref)) refs[id] = ref;
    });
  }
  return refs;
}

/** Remembers where episodes belong, keeping only episodes that still have a saved position. */
export async function rememberEpisodes(data: AccountUserData, found: EpisodeRefs): Promise<void> {
  const refs = { ...episodeRefs(data), ...found };
  const kept: Record<string, EpisodeRef> = {};
  data.resumePositions().forEach((position) => {
    if (position.kind === 'series' && refs[position.id]) kept[position.id] = refs[position.id];
  });
  await data.writeSettings({ [EPISODES_SETTING]: kept });
}

/** The reference of an episode of a series. */
export function refOf(seriesId: string, episode: Episode): EpisodeRef {
  return { seriesId, season: episode.season, episode: episode.episodeNum, title: episode.title };
}

/**
 * Finds the series of `episodeIds` among `seriesIds` (the recently watched series, newest first: an episode
 * position is saved after its series was marked watched), reading each series' episodes with `episodesOf` (cached
 * details) until all are found. A series that cannot be read is skipped.
 */
export async function findEpisodes(
  episodeIds: readonly string[],
  seriesIds: readonly string[],
  episodesOf: (seriesId: string) => Promise<readonly Episode[] | undefined>,
): Promise<Record<string, EpisodeRef>> {
  const missing: Record<string, true> = {};
  let left = 0;
  episodeIds.forEach((id) => {
    if (!missing[id]) left++;
    missing[id] = true;
  });
  const found: Record<string, EpisodeRef> = {};
  for (let i = 0; i < seriesIds.length && i < SERIES_TO_SEARCH && left > 0; i++) {
    const episodes = await episodesOf(seriesIds[i]).catch(() => undefined);
    if (!episodes) continue;
    for (const episode of episodes) {
      if (missing[episode.id]) {
        delete missing[episode.id];
        left--;
        found[episode.id] = refOf(seriesIds[i], episode);
      }
    }
  }
  return found;
}
