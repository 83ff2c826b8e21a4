/** The list answers of player_api.php (categories, live, VOD, series) in each flavour's shape (xtream-api.md §2). */
import type { CatalogueCategory } from './categories';
import type { Flavour } from './flavour';
import { imageUrl } from './images';
import type { LiveChannel, MovieRecord, SeriesRecord } from './records';

export function categoryRows(categories: readonly CatalogueCategory[]) {
  return categories.map((c) => ({ category_id: c.id, category_name: c.name, parent_id: c.parentId }));
}

/** Whether an item is listed under a category filter: XC2 compares `category_id`, XUI searches `category_ids`. */
export function inCategory(
  flavour: Flavour,
  item: { categoryId: string; categoryIds: string[]; categoryMissing: boolean },
  categoryId: string | undefined,
): boolean {
  if (categoryId === undefined) return true;
  if (flavour === 'xui') return item.categoryIds.includes(categoryId);
  return !item.categoryMissing && item.categoryId === categoryId;
}

/** One get_live_streams row; `num` counts rows in this answer (Q30). */
export function liveRow(flavour: Flavour, origin: string, c: LiveChannel, num: number) {
  const archive = c.archiveDays > 0;
  const common = {
    num,
    name: c.name,
    stream_type: c.streamType,
    stream_id: c.streamId,
    stream_icon: imageUrl(origin, 'logo', c.streamId, c.logo),
    epg_channel_id: c.epgChannelId,
    added: String(c.added),
  };
  if (flavour === 'xui') {
    return {
      ...common,
      is_adult: c.isAdult ? 1 : 0,
      category_id: c.categoryId,
      category_ids: c.categoryIds.map(Number),
      custom_sid: c.customSid ?? '',
      tv_archive: archive ? 1 : 0,
      direct_source: '',
      tv_archive_duration: c.archiveDays,
      thumbnail: '',
    };
  }
  return {
    ...common,
    category_id: c.categoryMissing ? null : c.categoryId,
    custom_sid: c.customSid,
    tv_archive: archive ? 1 : 0,
    direct_source: '',
    // Q9: a number 0 without archive, a string with one.
    tv_archive_duration: archive ? String(c.archiveDays) : 0,
  };
}

/** XC2's rating string (Q10): "6.3", "" or "n/A". */
export function xc2Rating(m: MovieRecord): string {
  if (m.ratingQuirk === 'empty') return '';
  if (m.ratingQuirk === 'n/A') return 'n/A';
  return String(m.rating);
}

export function rating5(rating: number): number {
  return Math.round(rating * 5) / 10;
}

/** XUI's `formatTitle(title, year)`. */
export function titleWithYear(item: { title: string; year: number }): string {
  return `${item.title} (${item.year})`;
}

/** One get_vod_streams row. */
export function movieRow(flavour: Flavour, origin: string, m: MovieRecord, num: number) {
  const icon = imageUrl(origin, 'poster', m.streamId, m.poster);
  if (flavour === 'xui') {
    return {
      num,
      name: titleWithYear(m),
      title: m.title,
      year: String(m.year),
      stream_type: 'movie',
      stream_id: m.streamId,
      stream_icon: icon,
      rating: m.rating,
      rating_5based: rating5(m.rating),
      added: String(m.added),
      plot: m.plot,
      cast: m.cast,
      director: m.director,
      genre: m.genre,
      release_date: m.releaseDate,
      youtube_trailer: m.youtubeTrailer,
      episode_run_time: Math.round(m.durationSecs / 60),
      category_id: m.categoryId,
      category_ids: m.categoryIds.map(Number),
      container_extension: m.containerExtension,
      custom_sid: m.customSid ?? '',
      direct_source: '',
    };
  }
  return {
    num,
    name: m.xc2Name,
    stream_type: 'movie',
    stream_id: m.streamId,
    stream_icon: icon,
    rating: xc2Rating(m),
    rating_5based: m.ratingQuirk === 'none' ? rating5(m.rating) : 0,
    added: String(m.added),
    category_id: m.categoryMissing ? null : m.categoryId,
    container_extension: m.containerExtension,
    custom_sid: m.customSid,
    direct_source: '',
  };
}

/** `backdrop_path` (Q13): XC2 mixes arrays, `[]`, `""` and `null`; XUI sends an array or `null`. */
export function backdropPaths(flavour: Flavour, origin: string, s: SeriesRecord): string[] | string | null {
  const urls = Array.from({ length: s.backdropCount }, (_, i) => imageUrl(origin, 'backdrop', s.seriesId, 'svg', i));
  switch (s.backdropShape) {
    case 'array':
      return urls;
    case 'empty-array':
      return [];
    case 'empty-string':
      return flavour === 'xc2' ? '' : null;
    default:
      return null;
  }
}

/** The series fields shared by get_series rows and get_series_info `info`. */
export function seriesFields(flavour: Flavour, origin: string, s: SeriesRecord) {
  const cover = imageUrl(origin, 'poster', s.seriesId, s.poster);
  if (flavour === 'xui') {
    return {
      name: titleWithYear(s),
      title: s.title,
      year: String(s.year),
      cover,
      plot: s.plot,
      cast: s.cast,
      director: s.director,
      genre: s.genre,
      release_date: s.releaseDate,
      releaseDate: s.releaseDate,
      last_modified: String(s.lastModified),
      rating: String(s.rating),
      rating_5based: rating5(s.rating),
      backdrop_path: backdropPaths(flavour, origin, s),
      youtube_trailer: s.youtubeTrailer,
      episode_run_time: String(s.episodeRunTime),
      category_id: s.categoryId,
      category_ids: s.categoryIds.map(Number),
    };
  }
  return {
    name: s.title,
    cover,
    plot: s.plot ?? '',
    cast: s.cast,
    director: s.director,
    genre: s.genre,
    releaseDate: s.releaseDate,
    last_modified: String(s.lastModified),
    rating: String(s.rating),
    rating_5based: rating5(s.rating),
    backdrop_path: backdropPaths(flavour, origin, s),
    youtube_trailer: s.youtubeTrailer,
    episode_run_time: String(s.episodeRunTime),
    category_id: s.categoryMissing ? null : s.categoryId,
  };
}

/** One get_series row: XC2 sends `stream_type: null` (Q11), XUI "series". */
export function seriesRow(flavour: Flavour, origin: string, s: SeriesRecord, num: number) {
  const fields = seriesFields(flavour, origin, s);
  const { name, ...rest } = fields;
  return {
    num,
    name,
    stream_type: flavour === 'xc2' ? null : 'series',
    series_id: s.seriesId,
    ...rest,
  };
}
