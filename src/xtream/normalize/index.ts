import { XtreamError } from '../errors';
import { normalizeLogin } from './account';
import { normalizeCategories } from './categories';
import { normalizeEpg, type EpgClock } from './epg';
import { normalizeLiveStreams } from './live';
import { Collector, type NormalizeReport } from './collector';
import { normalizeMovieDetails } from './movie-details';
import { normalizeMovies } from './movies';
import { normalizeSeriesDetails } from './series-details';
import { normalizeSeriesList } from './series';

export { Collector, type NormalizeReport } from './collector';
export { Field } from './field';
export { FieldReader } from './field-reader';
export { normalizeLogin, utcOffsetFrom } from './account';
export { normalizeCategories } from './categories';
export { normalizeLiveStreams } from './live';
export { normalizeMovies } from './movies';
export { normalizeMovieDetails, notFoundError } from './movie-details';
export { normalizeSeriesList } from './series';
export { normalizeSeriesDetails } from './series-details';
export { normalizeEpg, type EpgClock } from './epg';
export { expectList, isLoginAnswer, rejectionInLoginAnswer } from './shape';

/** The actions {@link normalizeAction} knows: the ten player_api.php actions plus `login`. */
export const NORMALIZED_ACTIONS = [
  'login',
  'get_live_categories',
  'get_vod_categories',
  'get_series_categories',
  'get_live_streams',
  'get_vod_streams',
  'get_series',
  'get_vod_info',
  'get_series_info',
  'get_short_epg',
  'get_simple_data_table',
] as const;

type Normalizer = (raw: unknown, collector: Collector, clock: EpgClock) => unknown[] | object;

const NORMALIZERS: Record<string, Normalizer> = {
  login: (raw, collector) => normalizeLogin(raw, collector),
  get_live_categories: normalizeCategories,
  get_vod_categories: normalizeCategories,
  get_series_categories: normalizeCategories,
  get_live_streams: normalizeLiveStreams,
  get_vod_streams: normalizeMovies,
  get_series: normalizeSeriesList,
  get_vod_info: (raw, collector) => normalizeMovieDetails(raw, collector),
  get_series_info: (raw, collector) => normalizeSeriesDetails(raw, collector),
  get_short_epg: normalizeEpg,
  get_simple_data_table: normalizeEpg,
};

/**
 * Normalises a saved answer of `action` and reports what had to be coerced or dropped, for
 * tools that inspect provider responses. Throws XtreamError for answers that reject the
 * account or cannot be used, and INVALID_INPUT for an unknown action.
 *
 * @example
 * ```ts
 * const { value, report } = normalizeAction('get_live_streams', JSON.parse(body));
 * console.log((value as unknown[]).length, report.coerced, report.dropped);
 * ```
 */
export function normalizeAction(
  action: string,
  raw: unknown,
  clock: EpgClock = {},
): { value: unknown[] | object; report: NormalizeReport } {
  const normalizer = NORMALIZERS[action];
  if (!normalizer) {
    throw new XtreamError('INVALID_INPUT', `Unknown action "${action}".`, {
      hint: `Use one of: ${NORMALIZED_ACTIONS.join(', ')}.`,
      details: { action },
    });
  }
  const collector = new Collector();
  const value = normalizer(raw, collector, clock);
  return { value, report: collector.report() };
}
