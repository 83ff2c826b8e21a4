import { XtreamError } from '../errors';
import type { MovieDetails } from '../models';
import { isObject, text, type RawObject } from './coerce';
import { Collector } from './collector';
import { FieldReader } from './field-reader';
import { containerExtension, releaseYear } from './media-fields';
import { expectObjectOrList } from './shape';

const HHMMSS = /^(\d+):(\d{2}):(\d{2})$/;

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
    year:
      releaseYear(collector.field('year'), data.year) ??
      (release ? Number(release.slice(0, 4)) || undefined : undefined),
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
    containerExtension: containerExtension(collector.field('container_extension'), data.container_extension),
    categoryId,
    categoryIds: d.categoryIds(categoryId),
    added: d.time('added'),
    directSource: d.text('direct_source'),
    subtitles: subtitlesOf(info.subtitles),
  };
}
