/**
 * A {@link Source} over an Xtream Codes account: the client's lists cached per kind, the account's facts cached
 * so a warm start needs no request, the provider's XMLTV guide with the panel's short EPG as fallback, and the
 * client's URL builders (catch-up through `/timeshift/` within the channel's archive).
 */
import { MEDIA_KINDS, type Catalog, type MediaKind } from '../catalog';
import {
  ProgrammeGuide,
  type GuideLoadOptions,
  type GuideLoad,
  type ProgrammeGuideOptions,
} from '../guide/programme-guide';
import { SHORT_EPG_LIMIT } from '../guide/short-epg';
import type { HttpOptions } from '../../net';
import { staleWhileRevalidate, type AccountCache } from '../../store';
import type {
  Account,
  Episode,
  LiveFormat,
  LiveStream,
  Movie,
  Series,
  SeriesDetails,
  XtreamClient,
} from '../../xtream';
import { catalogChanges } from './changes';
import { ListTally } from './list-tally';
import { Listeners } from './listeners';
import { throttleProgress } from './progress';
import type {
  AccountRefresh,
  AccountState,
  CatalogLoadOptions,
  CatalogRefresh,
  CatalogUpdate,
  LoadedCatalog,
  ProgrammeTime,
  Source,
} from './types';
import { CACHED } from './validators';
import {
  catalogOfLists,
  loadCatalogLists,
  partsOf,
  putSection,
  xtreamCatalogParts,
  type ListsRefresh,
  type LoadedLists,
  type RefreshedSections,
} from './xtream-catalog';

/** The cache key of the account's facts (the login answer). */
export const ACCOUNT_KEY = 'account';

const DAY_MS = 86400000;

/** Why a kind that was still to load did not: the load was stopped (sign-out). */
function abortError(kind: MediaKind): Error {
  const error = new Error(`loading ${kind} was stopped`);
  error.name = 'AbortError';
  return error;
}

/** Options of {@link XtreamSource}. */
export interface XtreamSourceOptions {
  /** The stored account's id. */
  id: string;
  name: string;
  client: XtreamClient;
  /** The account's cache (`store.cacheFor(id)`). */
  cache: AccountCache;
  /** For guide downloads (URL rewriting through the emulator's proxy). */
  http?: HttpOptions;
  /** A guide address the viewer chose instead of the provider's `xmltv.php`. */
  guideUrl?: string;
  now?: () => number;
  /** Guide settings (refresh interval, window, short-EPG lifetime, language). */
  guide?: Pick<ProgrammeGuideOptions, 'refreshIntervalMs' | 'window' | 'shortEpgTtlMs' | 'language'>;
}

/** See the file comment. */
export class XtreamSource implements Source {
  readonly kind = 'xtream' as const;
  readonly id: string;
  readonly name: string;
  readonly client: XtreamClient;
  readonly guide: ProgrammeGuide;
  private readonly cache: AccountCache;
  private readonly now: () => number;
  private current: Catalog | undefined;
  private readonly catalogChanges = new Listeners<CatalogUpdate>();

  constructor(options: XtreamSourceOptions) {
    this.id = options.id;
    this.name = options.name;
    this.client = options.client;
    this.cache = options.cache;
    this.now = options.now ?? Date.now;
    const guideUrl = options.guideUrl;
    this.guide = new ProgrammeGuide({
      ...options.guide,
      cache: options.cache,
      urls: () => [guideUrl ?? this.client.urls.xmltv()],
      shortEpg: (channel, signal) => this.client.shortEpg(channel.id, SHORT_EPG_LIMIT, signal),
      http: options.http,
      now: this.now,
    });
  }

  get catalog(): Catalog | undefined {
    return this.current;
  }

  get account(): Account | undefined {
    return this.client.account;
  }

  /** Keeps the facts of a login made elsewhere (the sign-in page), so the next start can show them offline. */
  async rememberAccount(account: Account): Promise<void> {
    this.client.account = account;
    await this.cache.write(ACCOUNT_KEY, 'other', account);
  }

  async connect(options: { signal?: AbortSignal } = {}): Promise<AccountState> {
    const { cached, refresh } = await staleWhileRevalidate({
      cache: this.cache,
      key: ACCOUNT_KEY,
      kind: 'other',
      validate: CACHED.account,
      fetch: () => this.client.login(options.signal),
    });
    const checked = refresh.then((outcome): AccountRefresh => {
      if (outcome.status === 'updated') return { status: 'updated', account: outcome.value };
      return outcome.status === 'failed' ? { status: 'failed', error: outcome.error } : { status: 'skipped' };
    });
    if (cached) {
      // Stream URLs use the panel's echo of the credentials and the allowed formats: the cached login has both.
      if (!this.client.account) this.client.account = cached.value;
      return { account: cached.value, fromCache: true, fetchedAt: cached.storedAt, refresh: checked };
    }
    const outcome = await checked;
    if (outcome.status === 'failed') throw outcome.error;
    const account = outcome.status === 'updated' ? outcome.account : this.client.account;
    return { account, fromCache: false, fetchedAt: this.now(), refresh: Promise.resolve({ status: 'skipped' }) };
  }

  /**
   * Loads the kinds of `options.first` (default: all), then the others behind them, each once
   * `options.whenWanted(kind)` allows, filled into the catalogue shown as they arrive. The background refresh
   * swaps in one new catalogue once every kind has loaded and refreshed, rebuilding only the sections it changed.
   */
  async loadCatalog(options: CatalogLoadOptions = {}): Promise<LoadedCatalog> {
    const first = MEDIA_KINDS.filter((kind) => !options.first || options.first.indexOf(kind) >= 0);
    const later = MEDIA_KINDS.filter((kind) => first.indexOf(kind) < 0);
    const parts = xtreamCatalogParts(this.client);
    const tally = new ListTally(throttleProgress(options.onProgress), 1 + later.length);
    const listOptions = { signal: options.signal, tally, refresh: options.refresh, now: this.now };
    const loaded = await loadCatalogLists(this.cache, partsOf(parts, first), listOptions);
    const catalog = catalogOfLists(loaded.lists, this.current, later);
    this.current = catalog;
    const arrivals: Promise<LoadedLists>[] = later.map((kind) => {
      const wanted = options.whenWanted ? options.whenWanted(kind) : Promise.resolve();
      return wanted
        .then(
          () => {
            if (options.signal && options.signal.aborted) {
              tally.groupDone();
              throw abortError(kind);
            }
            return loadCatalogLists(this.cache, partsOf(parts, [kind]), listOptions);
          },
          (error: unknown) => {
            // The group never started: it is over for the progress all the same.
            tally.groupDone();
            throw error;
          },
        )
        .then((lists) => {
          // Whole, in one step: the kind was empty and marked as loading until now.
          const shown = this.current ?? catalog;
          putSection(shown, kind, lists.lists);
          this.catalogChanges.emit({ catalog: shown, changes: catalogChanges({}), loaded: kind });
          return lists;
        });
    });
    const laterCatalogs: Partial<Record<MediaKind, Promise<Catalog>>> = {};
    later.forEach((kind, i) => {
      const arrived = arrivals[i].then(() => this.current ?? catalog);
      // Nobody may be waiting for a kind that fails: the rejection is still there for whoever asks.
      arrived.catch(() => undefined);
      laterCatalogs[kind] = arrived;
    });
    const refreshes = [loaded.refresh].concat(
      arrivals.map((arrival) =>
        arrival.then(
          (lists) => lists.refresh,
          (): ListsRefresh => ({ status: 'skipped' }),
        ),
      ),
    );
    const refresh = Promise.all(refreshes).then((outcomes) => this.swapRefreshed(outcomes));
    return {
      catalog,
      fromCache: loaded.fromCache,
      stale: loaded.stale,
      fetchedAt: loaded.fetchedAt,
      refresh,
      later: later.length > 0 ? laterCatalogs : undefined,
    };
  }

  loadGuide(options: GuideLoadOptions = {}): Promise<GuideLoad> {
    return this.guide.load(options);
  }

  onCatalogChange(listener: (update: CatalogUpdate) => void): () => void {
    return this.catalogChanges.add(listener);
  }

  /**
   * Once every group's refresh settled: a copy of the catalogue shown with each refreshed section replaced
   * whole, swapped in and announced; or why there is none.
   */
  private swapRefreshed(outcomes: ListsRefresh[]): CatalogRefresh {
    const sections: RefreshedSections = {};
    const next = (this.current as Catalog).copy();
    let updated = false;
    let failure: unknown;
    for (const outcome of outcomes) {
      if (outcome.status === 'failed' && failure === undefined) failure = outcome.error;
      if (outcome.status !== 'updated') continue;
      updated = true;
      for (const kind of MEDIA_KINDS) {
        const changed = outcome.sections[kind];
        if (!changed) continue;
        sections[kind] = changed;
        putSection(next, kind, outcome.lists);
      }
    }
    if (!updated) return failure === undefined ? { status: 'skipped' } : { status: 'failed', error: failure };
    const changes = catalogChanges(sections);
    this.current = next;
    this.catalogChanges.emit({ catalog: next, changes });
    return { status: 'updated', catalog: next, changes };
  }

  liveUrl(channel: LiveStream, format: LiveFormat = 'm3u8'): string {
    return this.client.urls.live(channel.id, format);
  }

  movieUrl(movie: Movie): string {
    return this.client.urls.movie(movie.id, movie.containerExtension);
  }

  episodeUrl(episode: Episode): string {
    return this.client.urls.episode(episode.id, episode.containerExtension);
  }

  /** `/timeshift/` from the programme's start for its length, when it ended within the channel's archive days. */
  catchupUrl(channel: LiveStream, programme: ProgrammeTime, format: LiveFormat = 'ts'): string | undefined {
    const now = this.now();
    if (!channel.hasArchive || programme.start >= now) return undefined;
    if (channel.archiveDays > 0 && programme.start < now - channel.archiveDays * DAY_MS) return undefined;
    const minutes = Math.max(1, Math.ceil((programme.stop - programme.start) / 60000));
    return this.client.urls.timeshift(channel.id, programme.start, minutes, format);
  }

  /** The series' seasons and episodes, cached as details (a day), refreshed in the background when stale. */
  async seriesDetails(series: Series, signal?: AbortSignal): Promise<SeriesDetails> {
    const { cached, refresh } = await staleWhileRevalidate({
      cache: this.cache,
      key: `series:${series.id}:details`,
      kind: 'details',
      validate: CACHED.seriesDetails,
      fetch: () => this.client.seriesInfo(series.id, signal),
    });
    if (cached) return cached.value;
    const outcome = await refresh;
    if (outcome.status === 'updated') return outcome.value;
    throw outcome.status === 'failed' ? outcome.error : new Error(`series ${series.id} was not loaded`);
  }
}
