import { createHttp, type Http, type HttpOptions } from '../net/http';
import { isNetworkError } from '../net/errors';
import { accountRejection, errorFromNetwork } from './error-mapping';
import { repairCredentials, type CredentialsInput, type RepairedCredentials } from './input';
import type { Account, Category, EpgEntry, LiveStream, Movie, MovieDetails, Series, SeriesDetails } from './models';
import {
  Collector,
  normalizeCategories,
  normalizeEpg,
  normalizeLiveStreams,
  normalizeLogin,
  normalizeMovies,
  normalizeSeriesList,
  type NormalizeReport,
} from './normalize';
import { apiUrl, createStreamUrls, type StreamUrls, type UrlCredentials } from './urls';

/** Options of {@link XtreamClient}. */
export interface XtreamClientOptions {
  /** Options of the HTTP client (timeouts, retries, User-Agent, URL rewriting, fetch). */
  http?: HttpOptions;
  /** The clock, for the server clock offset. Default Date.now. */
  now?: () => number;
}

type Params = Record<string, string | number>;

/**
 * A client for one Xtream Codes account: login, the player_api.php actions as typed models,
 * and stream URLs. Every failure is an XtreamError, except a caller's own abort (a
 * NetworkError of kind ABORTED).
 *
 * @example
 * ```ts
 * const client = new XtreamClient({ server: 'host.tv:8080', username: 'u', password: 'p' });
 * const account = await client.login();
 * const channels = await client.liveStreams();
 * const url = client.urls.live(channels[0].id, 'm3u8');
 * ```
 */
export class XtreamClient {
  /** The repaired credentials the client uses (throws INVALID_INPUT from the constructor). */
  readonly credentials: RepairedCredentials;
  /** The account, after a successful login. */
  account?: Account;
  /** What the last normalisation had to coerce or drop. */
  lastReport?: NormalizeReport;
  /** Stream, catch-up, playlist and guide URLs of this account. */
  readonly urls: StreamUrls;
  private readonly http: Http;
  private readonly now: () => number;

  constructor(credentials: CredentialsInput, options: XtreamClientOptions = {}) {
    this.credentials = repairCredentials(credentials);
    this.http = createHttp(options.http);
    this.now = options.now ?? (() => Date.now());
    this.urls = createStreamUrls(
      () => this.streamCredentials(),
      () => this.account,
    );
  }

  /**
   * Signs in (`player_api.php` without action) and keeps the account. Throws AUTH_FAILED,
   * ACCOUNT_EXPIRED (with the date), ACCOUNT_BANNED, ACCOUNT_DISABLED, or a connection error.
   */
  async login(signal?: AbortSignal): Promise<Account> {
    const raw = await this.request(undefined, {}, signal);
    const collector = new Collector();
    const account = normalizeLogin(raw, collector, this.now());
    this.lastReport = collector.report();
    const rejection = accountRejection(account);
    if (rejection) throw rejection;
    this.account = account;
    return account;
  }

  liveCategories(signal?: AbortSignal): Promise<Category[]> {
    return this.fetchAndNormalize('get_live_categories', {}, signal, normalizeCategories);
  }

  vodCategories(signal?: AbortSignal): Promise<Category[]> {
    return this.fetchAndNormalize('get_vod_categories', {}, signal, normalizeCategories);
  }

  seriesCategories(signal?: AbortSignal): Promise<Category[]> {
    return this.fetchAndNormalize('get_series_categories', {}, signal, normalizeCategories);
  }

  liveStreams(categoryId?: string, signal?: AbortSignal): Promise<LiveStream[]> {
    return this.fetchAndNormalize('get_live_streams', categoryParam(categoryId), signal, normalizeLiveStreams);
  }

  vodStreams(categoryId?: string, signal?: AbortSignal): Promise<Movie[]> {
    return this.fetchAndNormalize('get_vod_streams', categoryParam(categoryId), signal, normalizeMovies);
  }

  series(categoryId?: string, signal?: AbortSignal): Promise<Series[]> {
    return this.fetchAndNormalize('get_series', categoryParam(categoryId), signal, normalizeSeriesList);
  }

  /** Details of one movie; BAD_RESPONSE with `details.notFound` when the provider no longer has it. */
  async vodInfo(id: string, signal?: AbortSignal): Promise<MovieDetails> {
    // Details are read by the library pages only: their normalizers load with the first of them.
    const { normalizeMovieDetails } = await import(
      /* webpackChunkName: "xtream-details" */ './normalize/movie-details'
    );
    return this.fetchAndNormalize('get_vod_info', { vod_id: id }, signal, (raw, c) =>
      normalizeMovieDetails(raw, c, id),
    );
  }

  /** Seasons and episodes of one series; BAD_RESPONSE with `details.notFound` when it is gone. */
  async seriesInfo(id: string, signal?: AbortSignal): Promise<SeriesDetails> {
    const { normalizeSeriesDetails } = await import(
      /* webpackChunkName: "xtream-details" */ './normalize/series-details'
    );
    return this.fetchAndNormalize('get_series_info', { series_id: id }, signal, (raw, c) =>
      normalizeSeriesDetails(raw, c, id),
    );
  }

  /** What is on now and next (the panel's default limit is 4). */
  shortEpg(streamId: string, limit?: number, signal?: AbortSignal): Promise<EpgEntry[]> {
    const params: Params = { stream_id: streamId };
    if (limit !== undefined) params.limit = limit;
    return this.fetchAndNormalize('get_short_epg', params, signal, (raw, c) =>
      normalizeEpg(raw, c, this.account?.server ?? {}),
    );
  }

  /** Every programme the panel holds for a channel, past (catch-up) and future. */
  simpleDataTable(streamId: string, signal?: AbortSignal): Promise<EpgEntry[]> {
    return this.fetchAndNormalize('get_simple_data_table', { stream_id: streamId }, signal, (raw, c) =>
      normalizeEpg(raw, c, this.account?.server ?? {}),
    );
  }

  /** The credentials for stream URLs: the panel's own echo of them after login (xtream-api.md §1.2). */
  private streamCredentials(): UrlCredentials {
    const echoed = this.account;
    return {
      server: this.credentials.server,
      username: echoed?.username || this.credentials.username,
      password: echoed?.password || this.credentials.password,
    };
  }

  private async fetchAndNormalize<T>(
    action: string,
    params: Params,
    signal: AbortSignal | undefined,
    normalize: (raw: unknown, collector: Collector) => T,
  ): Promise<T> {
    const raw = await this.request(action, params, signal);
    const collector = new Collector();
    const value = normalize(raw, collector);
    this.lastReport = collector.report();
    return value;
  }

  private async request(action: string | undefined, params: Params, signal?: AbortSignal): Promise<unknown> {
    try {
      return await this.http.getJson(apiUrl(this.credentials, action, params), { signal });
    } catch (error) {
      if (isNetworkError(error)) throw errorFromNetwork(error, action ? 'action' : 'login', this.account);
      throw error;
    }
  }
}

function categoryParam(categoryId: string | undefined): Params {
  return categoryId === undefined || categoryId === '' ? {} : { category_id: categoryId };
}
