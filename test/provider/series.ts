/** Generates one series and its episodes from the seed and the series index. */
import { slotOf, type CategorySlot } from './categories';
import { ADDED_FROM, ADDED_SPAN } from './liveChannels';
import { castList, dateInYear, inventedTitle, personName, plotText, trailerId } from './people';
import { Random } from './random';
import {
  EPISODE_ID_BASE,
  EPISODES_PER_SERIES,
  type BackdropShape,
  type EpisodeRecord,
  type SeriesRecord,
} from './records';
import { specialSeriesTitles } from './words';

const SERIES = 3;
const EPISODE = 4;

const episodeNames = ['Pilot', 'The Return', 'Crossroads', 'Night Shift', 'Après la pluie', 'Old Friends', 'Finale'];

/** Which quirk a series shows, by index, so every seed has each of them (the rest are random). */
function forcedShape(index: number): 'specials' | 'no-seasons' | 'empty-info' | undefined {
  switch (index % 10) {
    case 1:
      return 'specials';
    case 2:
      return 'no-seasons';
    case 3:
      return 'empty-info';
    default:
      return undefined;
  }
}

/** Builds the series at a 0-based index (series id = index + 1). */
export function makeSeries(seed: number, slots: readonly CategorySlot<string>[], index: number): SeriesRecord {
  const random = Random.for(seed, SERIES, index);
  const slot = slotOf(slots, index);
  const forced = forcedShape(index);
  const special = index % 20 === 9 ? specialSeriesTitles[Math.floor(index / 20) % specialSeriesTitles.length] : '';
  const title = special || inventedTitle(random);
  const year = random.int(1995, 2025);
  const seasonCount = random.int(1, 5);
  // Q15: seasons 0..n-1 make PHP encode `episodes` as a list of lists instead of an object.
  const firstSeason = forced === 'specials' ? 0 : 1;
  const seasonNumbers = Array.from({ length: forced === 'specials' ? 2 : seasonCount }, (_, i) => firstSeason + i);
  const categoryIds = [slot.category.id];
  if (random.chance(0.05)) categoryIds.push(random.pick(slots).category.id);
  const backdropShape = random.weighted<BackdropShape>(
    ['array', 'empty-array', 'empty-string', 'null'],
    [60, 15, 15, 10],
  );
  return {
    seriesId: index + 1,
    index,
    title,
    year,
    categoryId: slot.category.id,
    categoryIds: [...new Set(categoryIds)],
    categoryMissing: random.chance(0.05),
    plot: random.chance(0.05) ? null : plotText(random),
    cast: castList(random),
    director: random.chance(0.3) ? '' : personName(random),
    genre: slot.kind,
    releaseDate: dateInYear(random, year),
    lastModified: ADDED_FROM + random.int(0, ADDED_SPAN),
    rating: random.int(0, 10),
    backdropShape,
    backdropCount: backdropShape === 'array' ? random.int(1, 3) : 0,
    youtubeTrailer: trailerId(random),
    episodeRunTime: random.int(20, 60),
    seasonsListed: forced === 'no-seasons' ? false : random.chance(0.85),
    seasonNumbers,
    episodeCounts: seasonNumbers.map((season) => (season === 0 ? random.int(1, 3) : random.int(3, 12))),
    containerExtension: random.weighted(['mp4', 'mkv'], [80, 20]),
    emptyInfoEvery: forced === 'empty-info' ? 3 : random.chance(0.1) ? 4 : 0,
    poster: random.chance(0.05) ? 'none' : 'svg',
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** All episodes of a series, season by season; ids are EPISODE_ID_BASE + index * 100 + running number. */
export function makeEpisodes(seed: number, series: SeriesRecord): EpisodeRecord[] {
  const episodes: EpisodeRecord[] = [];
  series.seasonNumbers.forEach((season, seasonIndex) => {
    for (let episodeNum = 1; episodeNum <= series.episodeCounts[seasonIndex]; episodeNum++) {
      const running = episodes.length;
      const random = Random.for(seed, EPISODE, series.index, running);
      const label = season === 0 ? `Special ${episodeNum}` : `S${pad(season)}E${pad(episodeNum)}`;
      episodes.push({
        id: EPISODE_ID_BASE + series.index * EPISODES_PER_SERIES + running + 1,
        seriesId: series.seriesId,
        season,
        episodeNum,
        title: `${series.title} - ${label} - ${random.pick(episodeNames)}`,
        containerExtension: series.containerExtension,
        plot: plotText(random),
        durationSecs: series.episodeRunTime * 60 + random.int(-120, 120),
        added: series.lastModified - (series.episodeCounts.length - seasonIndex) * 86_400 * 7 + episodeNum * 3600,
        releaseDate: dateInYear(random, Math.min(2025, series.year + Math.max(0, season - 1))),
        rating: random.int(50, 95) / 10,
        emptyInfo: series.emptyInfoEvery > 0 && (running + 1) % series.emptyInfoEvery === 0,
      });
    }
  });
  return episodes;
}

/** The series index and running episode number hidden in an episode id, if it is one. */
export function splitEpisodeId(id: number): { seriesIndex: number; running: number } | undefined {
  if (!Number.isInteger(id) || id <= EPISODE_ID_BASE) return undefined;
  const offset = id - EPISODE_ID_BASE - 1;
  return { seriesIndex: Math.floor(offset / EPISODES_PER_SERIES), running: offset % EPISODES_PER_SERIES };
}
