/** Which episode a series' Play button starts, and the seasons an episode list is split into. */
import type { Episode } from '../../xtream';

/** A saved position as the user data holds it (episodes by episode id). */
export interface EpisodePosition {
  id: string;
  positionSec: number;
  updatedAt: number;
}

/** What Play starts: an episode, and where in it. */
export interface EpisodeChoice {
  episode: Episode;
  index: number;
  /** Seconds; undefined from the start. */
  startAt?: number;
}

/**
 * The episode to continue with: the one last stopped in (resumed where it stopped), else the first not watched
 * after the last watched one, else the first episode. `episodes` are in viewing order.
 */
export function nextToWatch(
  episodes: readonly Episode[],
  watched: ReadonlySet<string>,
  positions: readonly EpisodePosition[],
): EpisodeChoice | undefined {
  if (episodes.length === 0) return undefined;
  let latest: EpisodePosition | undefined;
  for (const position of positions) {
    if (position.positionSec > 0 && (!latest || position.updatedAt > latest.updatedAt)) {
      if (episodes.some((e) => e.id === position.id)) latest = position;
    }
  }
  if (latest) {
    const index = episodes.findIndex((e) => e.id === (latest as EpisodePosition).id);
    return { episode: episodes[index], index, startAt: latest.positionSec };
  }
  let lastWatched = -1;
  episodes.forEach((episode, index) => {
    if (watched.has(episode.id)) lastWatched = index;
  });
  const index = lastWatched >= 0 && lastWatched + 1 < episodes.length ? lastWatched + 1 : 0;
  return { episode: episodes[index], index };
}

/** The season numbers that have episodes, ascending. */
export function seasonNumbers(episodes: readonly Episode[]): number[] {
  const seen: number[] = [];
  for (const episode of episodes) if (seen.indexOf(episode.season) < 0) seen.push(episode.season);
  return seen.sort((a, b) => a - b);
}

/** The episodes of one season, in viewing order. */
export function episodesOfSeason(episodes: readonly Episode[], season: number): Episode[] {
  return episodes.filter((episode) => episode.season === season);
}
