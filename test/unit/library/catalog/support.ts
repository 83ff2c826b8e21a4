/** Small models for the catalogue tests: only the fields a test cares about, the rest filled in plainly. */
import type { Category, LiveStream, Movie, Series } from '../../../../src/xtream/models';

export function category(id: string, name = `Category ${id}`): Category {
  return { id, name };
}

export function channel(
  id: string,
  name: string,
  categoryIds: string[] = [],
  extra: Partial<LiveStream> = {},
): LiveStream {
  return {
    id,
    name,
    categoryId: categoryIds[0],
    categoryIds,
    type: 'live',
    hasArchive: false,
    archiveDays: 0,
    isAdult: false,
    ...extra,
  };
}

export function movie(id: string, name: string, categoryIds: string[] = [], extra: Partial<Movie> = {}): Movie {
  return {
    id,
    name,
    categoryId: categoryIds[0],
    categoryIds,
    containerExtension: 'mp4',
    isAdult: false,
    ...extra,
  };
}

export function series(id: string, name: string, categoryIds: string[] = [], extra: Partial<Series> = {}): Series {
  return { id, name, categoryId: categoryIds[0], categoryIds, backdrops: [], ...extra };
}

/** The ids of a listing, in order. */
export function idsOf(list: { toArray(): Array<{ id: string }> }): string[] {
  return list.toArray().map((item) => item.id);
}
