/** Generates one movie from the seed and its index, without looking at any other movie. */
import { slotOf, type CategorySlot } from './categories';
import { ADDED_FROM, ADDED_SPAN } from './liveChannels';
import { castList, dateInYear, inventedTitle, personName, plotText, trailerId } from './people';
import { Random } from './random';
import { MOVIE_ID_BASE, type MovieRecord, type RatingQuirk } from './records';
import { specialMovieTitles, vodGenres } from './words';

const MOVIE_STREAM = 2;
/** Special titles sit at fixed indexes so every seed has them. */
const SPECIAL_TITLE_STRIDE = 37;
const SPECIAL_TITLE_OFFSET = 5;

const countries = ['United States', 'Germany', 'France', 'United Kingdom', 'Spain', 'Denmark', 'Japan'];
const ages = ['G', 'PG', 'PG-13', 'R', '12', '16'];

function movieTitle(random: Random, index: number): string {
  const special = (index - SPECIAL_TITLE_OFFSET) / SPECIAL_TITLE_STRIDE;
  if (Number.isInteger(special) && special >= 0 && special < specialMovieTitles.length) {
    return specialMovieTitles[special];
  }
  return inventedTitle(random);
}

// Fixed positions give every seed a few movies with each odd XC2 rating.
function ratingQuirk(index: number): RatingQuirk {
  if (index % 50 === 13) return 'n/A';
  if (index % 25 === 7) return 'empty';
  return 'none';
}

/** Builds the movie at a 0-based index (stream id = 100001 + index). */
export function makeMovie(seed: number, slots: readonly CategorySlot<string>[], index: number): MovieRecord {
  const random = Random.for(seed, MOVIE_STREAM, index);
  const slot = slotOf(slots, index);
  const title = movieTitle(random, index);
  const year = title === '1941' ? 1979 : random.int(1950, 2025);
  const rating = random.int(30, 92) / 10;
  const categoryIds = [slot.category.id];
  if (random.chance(0.05)) categoryIds.push(random.pick(slots).category.id);
  const otherGenre = random.pick(vodGenres);
  return {
    streamId: MOVIE_ID_BASE + index + 1,
    title,
    year,
    xc2Name: random.chance(0.3) ? `${title} (${year})` : title,
    categoryId: slot.category.id,
    categoryIds: [...new Set(categoryIds)],
    categoryMissing: random.chance(0.02),
    containerExtension: random.weighted(['mp4', 'mkv', 'avi'], [85, 12, 3]),
    rating,
    ratingQuirk: ratingQuirk(index),
    added: ADDED_FROM + random.int(0, ADDED_SPAN),
    plot: random.chance(0.05) ? null : plotText(random),
    cast: castList(random),
    director: personName(random),
    genre: otherGenre === slot.kind ? slot.kind : `${slot.kind}, ${otherGenre}`,
    country: random.pick(countries),
    age: random.pick(ages),
    releaseDate: dateInYear(random, year),
    durationSecs: random.int(80, 150) * 60 + random.int(0, 59),
    tmdbId: random.int(10_000, 999_999),
    youtubeTrailer: trailerId(random),
    poster: random.chance(0.05) ? 'none' : 'svg',
    backdropCount: random.int(0, 3),
    customSid: random.chance(0.03) ? null : '',
    bitrate: random.int(1500, 6000),
  };
}
