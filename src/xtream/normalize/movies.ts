import type { Movie } from '../models';
import { categoryIds, isObject, type RawObject } from './coerce';
import { Collector } from './collector';
import type { Field } from './field';
import { containerExtension, releaseYear } from './media-fields';
import { expectList, isHole } from './shape';

/** The fields a movie is read from, taken once per answer. */
interface MovieFields {
  streamId: Field;
  categoryId: Field;
  num: Field;
  name: Field;
  title: Field;
  year: Field;
  streamIcon: Field;
  rating: Field;
  rating5: Field;
  added: Field;
  containerExtension: Field;
  isAdult: Field;
  plot: Field;
  cast: Field;
  director: Field;
  genre: Field;
  releaseDate: Field;
  releasedate: Field;
  releaseDateCamel: Field;
  youtubeTrailer: Field;
  episodeRunTime: Field;
  directSource: Field;
}

function movieFields(collector: Collector): MovieFields {
  return {
    streamId: collector.field('stream_id'),
    categoryId: collector.field('category_id'),
    num: collector.field('num'),
    name: collector.field('name'),
    title: collector.field('title'),
    year: collector.field('year'),
    streamIcon: collector.field('stream_icon'),
    rating: collector.field('rating'),
    rating5: collector.field('rating_5based'),
    added: collector.field('added'),
    containerExtension: collector.field('container_extension'),
    isAdult: collector.field('is_adult'),
    plot: collector.field('plot'),
    cast: collector.field('cast'),
    director: collector.field('director'),
    genre: collector.field('genre'),
    releaseDate: collector.field('release_date'),
    releasedate: collector.field('releasedate'),
    releaseDateCamel: collector.field('releaseDate'),
    youtubeTrailer: collector.field('youtube_trailer'),
    episodeRunTime: collector.field('episode_run_time'),
    directSource: collector.field('direct_source'),
  };
}

/** Q20: the release date under the first of its spellings the panel used. */
function releaseDateOf(item: RawObject, f: MovieFields): string | undefined {
  if (item.release_date !== undefined) return f.releaseDate.text(item.release_date);
  if (item.releasedate !== undefined) return f.releasedate.text(item.releasedate);
  return f.releaseDateCamel.text(item.releaseDate);
}

function movieOf(item: RawObject, id: string, f: MovieFields): Movie {
  const categoryId = f.categoryId.id(item.category_id);
  return {
    id,
    num: f.num.num(item.num),
    name: f.name.name(item.name),
    title: f.title.text(item.title),
    year: releaseYear(f.year, item.year),
    poster: f.streamIcon.text(item.stream_icon),
    categoryId,
    categoryIds: categoryIds(item.category_ids, categoryId),
    // Q10: XC2 sends "6.3", "" or even "n/A".
    rating: f.rating.rating(item.rating),
    rating5: f.rating5.rating(item.rating_5based),
    added: f.added.time(item.added),
    containerExtension: containerExtension(f.containerExtension, item.container_extension),
    isAdult: f.isAdult.bool(item.is_adult),
    plot: f.plot.text(item.plot),
    cast: f.cast.text(item.cast),
    director: f.director.text(item.director),
    genre: f.genre.text(item.genre),
    releaseDate: releaseDateOf(item, f),
    trailer: f.youtubeTrailer.text(item.youtube_trailer),
    runtimeMinutes: f.episodeRunTime.num(item.episode_run_time),
    directSource: f.directSource.text(item.direct_source),
  };
}

/** Movies of `get_vod_streams`. Items without a `stream_id` are dropped and reported. */
export function normalizeMovies(raw: unknown, collector = new Collector()): Movie[] {
  const items = expectList(raw, 'list of movies');
  const f = movieFields(collector);
  const out: Movie[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isObject(item)) {
      if (!isHole(items, index)) collector.drop(index, 'not an object');
      continue;
    }
    const id = f.streamId.id(item.stream_id);
    if (id === undefined) collector.drop(index, 'no stream_id');
    else out.push(movieOf(item, id, f));
  }
  return out;
}
