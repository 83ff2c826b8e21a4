import type { Series } from '../models';
import { categoryIds, isObject, type RawObject } from './coerce';
import { Collector } from './collector';
import type { Field } from './field';
import { releaseYear } from './media-fields';
import { expectList, isHole } from './shape';

/** The fields a series is read from (a `get_series` item or `get_series_info.info`), taken once per answer. */
export interface SeriesFields {
  categoryId: Field;
  num: Field;
  name: Field;
  title: Field;
  year: Field;
  cover: Field;
  plot: Field;
  cast: Field;
  director: Field;
  genre: Field;
  releaseDateCamel: Field;
  releaseDate: Field;
  rating: Field;
  rating5: Field;
  backdropPath: Field;
  lastModified: Field;
  youtubeTrailer: Field;
  episodeRunTime: Field;
}

export function seriesFields(collector: Collector): SeriesFields {
  return {
    categoryId: collector.field('category_id'),
    num: collector.field('num'),
    name: collector.field('name'),
    title: collector.field('title'),
    year: collector.field('year'),
    cover: collector.field('cover'),
    plot: collector.field('plot'),
    cast: collector.field('cast'),
    director: collector.field('director'),
    genre: collector.field('genre'),
    releaseDateCamel: collector.field('releaseDate'),
    releaseDate: collector.field('release_date'),
    rating: collector.field('rating'),
    rating5: collector.field('rating_5based'),
    backdropPath: collector.field('backdrop_path'),
    lastModified: collector.field('last_modified'),
    youtubeTrailer: collector.field('youtube_trailer'),
    episodeRunTime: collector.field('episode_run_time'),
  };
}

/** The series an item describes, under `id`. */
export function seriesOf(item: RawObject, id: string, f: SeriesFields): Series {
  const categoryId = f.categoryId.id(item.category_id);
  return {
    id,
    num: f.num.num(item.num),
    // Q21: names such as "24" stay strings.
    name: f.name.name(item.name),
    title: f.title.text(item.title),
    year: releaseYear(f.year, item.year),
    cover: f.cover.text(item.cover),
    categoryId,
    categoryIds: categoryIds(item.category_ids, categoryId),
    plot: f.plot.text(item.plot),
    cast: f.cast.text(item.cast),
    director: f.director.text(item.director),
    genre: f.genre.text(item.genre),
    // Q20: XC2 writes releaseDate (camelCase), XUI both spellings.
    releaseDate:
      item.releaseDate !== undefined
        ? f.releaseDateCamel.text(item.releaseDate)
        : f.releaseDate.text(item.release_date),
    rating: f.rating.rating(item.rating),
    rating5: f.rating5.rating(item.rating_5based),
    // Q13: backdrop_path is a list, [], "", null or a single string.
    backdrops: f.backdropPath.strings(item.backdrop_path),
    lastModified: f.lastModified.time(item.last_modified),
    trailer: f.youtubeTrailer.text(item.youtube_trailer),
    episodeRunMinutes: f.episodeRunTime.num(item.episode_run_time),
  };
}

/** Series of `get_series`. Items without a `series_id` are dropped and reported. */
export function normalizeSeriesList(raw: unknown, collector = new Collector()): Series[] {
  const items = expectList(raw, 'list of series');
  const seriesId = collector.field('series_id');
  const f = seriesFields(collector);
  const out: Series[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!isObject(item)) {
      if (!isHole(items, index)) collector.drop(index, 'not an object');
      continue;
    }
    const id = seriesId.id(item.series_id);
    if (id === undefined) collector.drop(index, 'no series_id');
    else out.push(seriesOf(item, id, f));
  }
  return out;
}
