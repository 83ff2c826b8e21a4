/**
 * Checks for what the sources read back from the cache. A record that fails is treated by the store as corrupt:
 * deleted, reported, and fetched again, never shown. They check the shape the UI relies on, item by item, not
 * every optional field.
 */
import type { Validator } from '../../store';
import type { Account, Category, LiveStream, Movie, Series, SeriesDetails } from '../../xtream';
import type { PlaylistCatalogData } from './m3u-mapping';

type Check<T> = (value: unknown) => value is T;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** A guard for arrays whose every element passes `check`. */
export function listOf<T>(check: Check<T>): Check<T[]> {
  return (value: unknown): value is T[] => Array.isArray(value) && value.every(check);
}

/** id and name strings, and a list of category ids: what every catalogue item has. */
function isNamedItem(value: unknown): value is { id: string; name: string; categoryIds: string[] } {
  return (
    isObject(value) && typeof value.id === 'string' && typeof value.name === 'string' && isStringList(value.categoryIds)
  );
}

export const isCategory: Check<Category> = (value): value is Category =>
  isObject(value) && typeof value.id === 'string' && typeof value.name === 'string';

export const isLiveStream: Check<LiveStream> = (value): value is LiveStream =>
  isNamedItem(value) &&
  (value as Record<string, unknown>).type !== undefined &&
  typeof (value as Record<string, unknown>).hasArchive === 'boolean' &&
  typeof (value as Record<string, unknown>).archiveDays === 'number';

export const isMovie: Check<Movie> = (value): value is Movie =>
  isNamedItem(value) && typeof (value as Record<string, unknown>).containerExtension === 'string';

export const isSeries: Check<Series> = (value): value is Series =>
  isNamedItem(value) && Array.isArray((value as Record<string, unknown>).backdrops);

export const isAccount: Check<Account> = (value): value is Account =>
  isObject(value) &&
  typeof value.username === 'string' &&
  typeof value.password === 'string' &&
  typeof value.status === 'string' &&
  typeof value.isTrial === 'boolean' &&
  isStringList(value.allowedOutputFormats) &&
  isObject(value.server) &&
  typeof value.server.isXui === 'boolean';

export const isSeriesDetails: Check<SeriesDetails> = (value): value is SeriesDetails =>
  isObject(value) &&
  isSeries(value.info) &&
  Array.isArray(value.seasons) &&
  Array.isArray(value.episodes) &&
  value.episodes.every(
    (e) => isObject(e) && typeof e.id === 'string' && typeof e.season === 'number' && typeof e.title === 'string',
  );

/** Validators in the store's form. */
export const CACHED = {
  categories: listOf(isCategory) as Validator<Category[]>,
  live: listOf(isLiveStream) as Validator<LiveStream[]>,
  movie: listOf(isMovie) as Validator<Movie[]>,
  series: listOf(isSeries) as Validator<Series[]>,
  account: isAccount as Validator<Account>,
  seriesDetails: isSeriesDetails as Validator<SeriesDetails>,
  playlist: isPlaylistCatalogData as Validator<PlaylistCatalogData>,
};

function isSection(value: unknown, item: Check<unknown>): boolean {
  return isObject(value) && listOf(isCategory)(value.categories) && listOf(item)(value.items);
}

const hasUrl = (value: unknown): boolean => isObject(value) && typeof value.url === 'string';

/** A playlist's catalogue data as {@link PlaylistCatalogBuilder} makes it (every playable item has its URL). */
export function isPlaylistCatalogData(value: unknown): value is PlaylistCatalogData {
  if (!isObject(value) || value.format !== 'm3u-catalog' || value.version !== 1) return false;
  const episodes = value.episodes;
  return (
    isSection(value.live, (v): v is unknown => isLiveStream(v) && hasUrl(v)) &&
    isSection(value.movie, (v): v is unknown => isMovie(v) && hasUrl(v)) &&
    isSection(value.series, isSeries) &&
    isStringList(value.guideUrls) &&
    typeof value.entries === 'number' &&
    isObject(episodes) &&
    Object.keys(episodes).every((id) => listOf((v): v is unknown => hasUrl(v))(episodes[id]))
  );
}
