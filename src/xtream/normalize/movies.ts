import { XtreamError } from '../errors';
import type { Movie, MovieDetails } from '../models';
import { isObject, text, type RawObject } from './coerce';
import { Collector, FieldReader } from './report';
import { expectList, expectObjectOrList } from './shape';

const DEFAULT_CONTAINER = 'mp4';
const HHMMSS = /^(\d+):(\d{2}):(\d{2})$/;

function containerOf(r: FieldReader, collector: Collector): string {
  const ext = r.text('container_extension');
  if (ext !== undefined) return ext.replace(/^\./, '').toLowerCase();
  collector.note('container_extension', 'missing', DEFAULT_CONTAINER);
  return DEFAULT_CONTAINER;
}

function yearOf(r: FieldReader): number | undefined {
  const year = r.num('year');
  return year !== undefined && year >= 1800 && year <= 2200 ? Math.floor(year) : undefined;
}

/** Movies of `get_vod_streams`. Items without a `stream_id` are dropped and reported. */
export function normalizeMovies(raw: unknown, collector = new Collector()): Movie[] {
  const out: Movie[] = [];
  expectList(raw, 'list of movies').forEach((item, index) => {
    if (!isObject(item)) return collector.drop(index, 'not an object');
    const r = new FieldReader(item, collector);
    const id = r.id('stream_id');
    if (id === undefined) return collector.drop(index, 'no stream_id');
    const categoryId = r.id('category_id');
    out.push({
      id,
      num: r.num('num'),
      name: r.name('name'),
      title: r.text('title'),
      year: yearOf(r),
      poster: r.text('stream_icon'),
      categoryId,
      categoryIds: r.categoryIds(categoryId),
      // Q10: XC2 sends "6.3", "" or even "n/A".
      rating: r.rating('rating'),
      rating5: r.rating('rating_5based'),
      added: r.time('added'),
      containerExtension: containerOf(r, collector),
      isAdult: r.bool('is_adult'),
      plot: r.text('plot'),
      cast: r.text('cast'),
      director: r.text('director'),
      genre: r.text('genre'),
      releaseDate: r.text('release_date', 'releasedate', 'releaseDate'),
      trailer: r.text('youtube_trailer'),
      runtimeMinutes: r.num('episode_run_time'),
      directSource: r.text('direct_source'),
    });
  });
  return out;
}

function durationOf(r: FieldReader, info: RawObject): number | undefined {
  const secs = r.num('duration_secs');
  if (secs !== undefined) return secs;
  const m = HHMMSS.exec(text(info.duration) ?? '');
  return m ? +m[1] * 3600 + +m[2] * 60 + +m[3] : undefined;
}

function subtitlesOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const out: string[] = [];
  for (const item of raw) {
    // XUI lists {index, language, title}; simpler panels list plain language names.
    const name = isObject(item) ? (text(item.language) ?? text(item.title)) : text(item);
    if (name !== undefined) out.push(name);
  }
  return out;
}

/** The "no longer available" error for a movie or series the panel does not know (any more). */
export function notFoundError(what: 'movie' | 'series', id?: string): XtreamError {
  return new XtreamError(
    'BAD_RESPONSE',
    what === 'movie'
      ? 'This movie is no longer available from your provider.'
      : 'This series is no longer available from your provider.',
    { hint: 'Go back and pick another title; the provider may have removed it.', details: { notFound: true, id } },
  );
}

/**
 * The details of `get_vod_info`. `{"info":[]}` (Q14), the answer for an unknown movie or one
 * outside the subscription, throws BAD_RESPONSE with `details.notFound`.
 */
export function normalizeMovieDetails(raw: unknown, collector = new Collector(), requestedId?: string): MovieDetails {
  const answer = expectObjectOrList(raw, 'movie details');
  if (!isObject(answer) || !isObject(answer.info) || Object.keys(answer.info).length === 0) {
    throw notFoundError('movie', requestedId);
  }
  const info = answer.info;
  const data = isObject(answer.movie_data) ? answer.movie_data : {};
  const r = new FieldReader(info, collector);
  const d = new FieldReader(data, collector);
  const categoryId = d.id('category_id');
  const id = d.id('stream_id') ?? requestedId;
  if (id === undefined) throw notFoundError('movie', requestedId);
  const release = r.text('release_date', 'releasedate', 'releaseDate');
  return {
    id,
    name: data.name !== undefined ? d.name('name') : r.name('name'),
    title: d.text('title'),
    originalName: r.text('o_name'),
    year: yearOf(d) ?? (release ? Number(release.slice(0, 4)) || undefined : undefined),
    poster: r.text('movie_image', 'cover_big', 'cover'),
    backdrops: r.strings('backdrop_path'),
    plot: r.text('plot', 'description'),
    cast: r.text('cast', 'actors'),
    director: r.text('director'),
    genre: r.text('genre'),
    country: r.text('country'),
    releaseDate: release,
    rating: r.rating('rating'),
    ageRating: r.text('mpaa_rating', 'age'),
    durationSecs: durationOf(r, info),
    trailer: r.text('youtube_trailer'),
    tmdbId: r.id('tmdb_id'),
    containerExtension: containerOf(d, collector),
    categoryId,
    categoryIds: d.categoryIds(categoryId),
    added: d.time('added'),
    directSource: d.text('direct_source'),
    subtitles: subtitlesOf(info.subtitles),
  };
}
