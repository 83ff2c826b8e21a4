import type { Episode, Season, Series, SeriesDetails } from '../models';
import { episodes as flattenEpisodes, isObject, obj, text, type RawObject } from './coerce';
import { notFoundError } from './movies';
import { Collector, FieldReader } from './report';
import { expectList, expectObjectOrList } from './shape';

const DEFAULT_CONTAINER = 'mp4';

function yearOf(r: FieldReader): number | undefined {
  const year = r.num('year');
  return year !== undefined && year >= 1800 && year <= 2200 ? Math.floor(year) : undefined;
}

/** The fields shared by a `get_series` item and `get_series_info.info`. */
function seriesFields(item: RawObject, id: string, collector: Collector): Series {
  const r = new FieldReader(item, collector);
  const categoryId = r.id('category_id');
  return {
    id,
    num: r.num('num'),
    // Q21: names such as "24" stay strings.
    name: r.name('name'),
    title: r.text('title'),
    year: yearOf(r),
    cover: r.text('cover'),
    categoryId,
    categoryIds: r.categoryIds(categoryId),
    plot: r.text('plot'),
    cast: r.text('cast'),
    director: r.text('director'),
    genre: r.text('genre'),
    // Q20: XC2 writes releaseDate (camelCase), XUI both spellings.
    releaseDate: r.text('releaseDate', 'release_date'),
    rating: r.rating('rating'),
    rating5: r.rating('rating_5based'),
    // Q13: backdrop_path is a list, [], "", null or a single string.
    backdrops: r.strings('backdrop_path'),
    lastModified: r.time('last_modified'),
    trailer: r.text('youtube_trailer'),
    episodeRunMinutes: r.num('episode_run_time'),
  };
}

/** Series of `get_series`. Items without a `series_id` are dropped and reported. */
export function normalizeSeriesList(raw: unknown, collector = new Collector()): Series[] {
  const out: Series[] = [];
  expectList(raw, 'list of series').forEach((item, index) => {
    if (!isObject(item)) return collector.drop(index, 'not an object');
    const id = new FieldReader(item, collector).id('series_id');
    if (id === undefined) return collector.drop(index, 'no series_id');
    out.push(seriesFields(item, id, collector));
  });
  return out;
}

function normalizeEpisode(raw: RawObject, season: number, collector: Collector): Episode | undefined {
  const r = new FieldReader(raw, collector);
  const id = r.id('id', 'stream_id');
  if (id === undefined) return undefined;
  // Q14: an episode's info is [] when empty.
  const info = new FieldReader(obj(raw.info), collector);
  const ext = r.text('container_extension');
  if (ext === undefined) collector.note('container_extension', 'missing', DEFAULT_CONTAINER);
  return {
    id,
    season,
    // Q26: XC2's episode_num is a running counter; kept as the panel's order.
    episodeNum: r.num('episode_num') ?? 0,
    title: r.name('title'),
    containerExtension: (ext ?? DEFAULT_CONTAINER).replace(/^\./, '').toLowerCase(),
    plot: info.text('plot', 'overview'),
    durationSecs: info.num('duration_secs'),
    image: info.text('movie_image', 'cover_big'),
    added: r.time('added'),
    rating: info.rating('rating'),
    releaseDate: info.text('release_date', 'releasedate', 'air_date'),
    directSource: r.text('direct_source'),
  };
}

function normalizeSeasons(raw: unknown, episodes: Episode[], collector: Collector): Season[] {
  const byNumber: Record<number, Season> = {};
  const listed = Array.isArray(raw) ? raw : [];
  for (const item of listed) {
    if (!isObject(item)) continue;
    const r = new FieldReader(item, collector);
    const number = r.num('season_number');
    if (number === undefined) continue;
    byNumber[number] = {
      number,
      name: r.text('name'),
      episodeCount: r.num('episode_count') ?? 0,
      // Q16: some panels send cover_tmdb instead of cover_big.
      cover: r.text('cover_big', 'cover', 'cover_tmdb'),
      overview: r.text('overview'),
      airDate: r.text('air_date'),
      rating: r.rating('vote_average'),
    };
  }
  // Q16: seasons is often [] even when episodes exist, so they are derived from the episodes.
  const counts: Record<number, number> = {};
  for (const episode of episodes) counts[episode.season] = (counts[episode.season] ?? 0) + 1;
  for (const key of Object.keys(counts)) {
    const number = Number(key);
    const season = byNumber[number] ?? { number, episodeCount: 0 };
    season.episodeCount = counts[number];
    byNumber[number] = season;
  }
  return Object.keys(byNumber)
    .map(Number)
    .sort((a, b) => a - b)
    .map((number) => byNumber[number]);
}

function isEmptySeriesInfo(info: RawObject): boolean {
  // XUI answers an unknown series with an info whose fields are all null (name included).
  return Object.keys(info).length === 0 || (info.name === null && text(info.title) === undefined);
}

/**
 * The details of `get_series_info`. XC2 answers `[]` for an unknown series and XUI an all-null
 * info: both throw BAD_RESPONSE with `details.notFound`. The info lacks `series_id` (Q23), so
 * `requestedId` fills it.
 */
export function normalizeSeriesDetails(raw: unknown, collector = new Collector(), requestedId?: string): SeriesDetails {
  const answer = expectObjectOrList(raw, 'series details');
  if (!isObject(answer)) throw notFoundError('series', requestedId);
  const info = obj(answer.info);
  const flat = flattenEpisodes(answer.episodes);
  if (isEmptySeriesInfo(info) && flat.length === 0) throw notFoundError('series', requestedId);
  const id = new FieldReader(info, collector).id('series_id') ?? requestedId ?? '';
  const episodes: Episode[] = [];
  flat.forEach(({ season, episode }, index) => {
    const normalized = normalizeEpisode(episode, season, collector);
    if (normalized) episodes.push(normalized);
    else collector.drop(index, 'episode without id');
  });
  // Stable sort: season, then the panel's episode number.
  const ordered = episodes
    .map((episode, index) => ({ episode, index }))
    .sort(
      (a, b) => a.episode.season - b.episode.season || a.episode.episodeNum - b.episode.episodeNum || a.index - b.index,
    )
    .map(({ episode }) => episode);
  return {
    info: seriesFields(info, id, collector),
    seasons: normalizeSeasons(answer.seasons, ordered, collector),
    episodes: ordered,
  };
}
