import type { Episode, Season, SeriesDetails } from '../models';
import { episodes as flattenEpisodes, isObject, obj, text, type RawObject } from './coerce';
import { Collector } from './collector';
import { FieldReader } from './field-reader';
import { containerExtension } from './media-fields';
import { notFoundError } from './movie-details';
import { seriesFields, seriesOf } from './series';
import { expectObjectOrList } from './shape';

function normalizeEpisode(raw: RawObject, season: number, collector: Collector): Episode | undefined {
  const r = new FieldReader(raw, collector);
  const id = r.id('id', 'stream_id');
  if (id === undefined) return undefined;
  // Q14: an episode's info is [] when empty.
  const info = new FieldReader(obj(raw.info), collector);
  const ext = containerExtension(collector.field('container_extension'), raw.container_extension);
  return {
    id,
    season,
    // Q26: XC2's episode_num is a running counter; kept as the panel's order.
    episodeNum: r.num('episode_num') ?? 0,
    title: r.name('title'),
    containerExtension: ext,
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
    info: seriesOf(info, id, seriesFields(collector)),
    seasons: normalizeSeasons(answer.seasons, ordered, collector),
    episodes: ordered,
  };
}
